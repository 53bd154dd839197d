#!/usr/bin/env python3
"""Build and check the devset70 CSVs from the hand-written sources (standard library only).

    python3 build.py            # check, write dev70-sv.csv, dev70-en.csv, dev70_note_codes.csv, read back
    python3 build.py --check    # check only, write nothing

Checks: patient ids, note ids and gap-free numbering, 4-8 notes per patient, valid ISO dates
strictly increasing per patient, known code keys (no duplicates), no empty fields, and the
prevalence rule (every column present for >= 6 patients and absent for >= 5, over all 30).
"""
import csv
import datetime
import io
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "source"))

from common import KEYS, COLUMNS  # noqa: E402
import notes_sv_a  # noqa: E402
import notes_sv_b  # noqa: E402
import notes_en  # noqa: E402

SV_FILE = "dev70-sv.csv"
EN_FILE = "dev70-en.csv"
CODES_FILE = "dev70_note_codes.csv"
NOTE_HEADER = ["patient_id", "note_id", "date", "note_type", "author", "text"]
CODES_HEADER = ["patient_id", "note_id", "date"] + COLUMNS

SV_PATIENTS = ["D70-%02d" % i for i in range(1, 21)]
EN_PATIENTS = ["D70-E%02d" % i for i in range(1, 11)]
MIN_PRESENT, MIN_ABSENT = 6, 5

errors = []


def err(msg):
    errors.append(msg)


def check_set(notes, expected_patients, lang):
    id_re = re.compile(r"^(D70-(?:E\d\d|\d\d))-(\d\d)$")
    seen_patients = []
    by_patient = {}
    for n in notes:
        m = id_re.match(n["note_id"])
        if not m:
            err("%s: bad note id" % n["note_id"])
            continue
        pid = m.group(1)
        if pid != n["patient_id"]:
            err("%s: patient id mismatch" % n["note_id"])
        if pid not in by_patient:
            seen_patients.append(pid)
            by_patient[pid] = []
        elif seen_patients[-1] != pid:
            err("%s: notes of %s are not contiguous" % (n["note_id"], pid))
        by_patient[pid].append(n)
        for field in ("date", "note_type", "author", "text"):
            if not str(n[field]).strip():
                err("%s: empty %s" % (n["note_id"], field))
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", n["date"]):
            err("%s: date not ISO yyyy-mm-dd: %r" % (n["note_id"], n["date"]))
        else:
            try:
                datetime.date.fromisoformat(n["date"])
            except ValueError:
                err("%s: invalid date %s" % (n["note_id"], n["date"]))
        keys = n["codes"].split()
        if len(keys) != len(set(keys)):
            err("%s: duplicate code key in %r" % (n["note_id"], n["codes"]))
        for k in keys:
            if k not in KEYS:
                err("%s: unknown code key %r" % (n["note_id"], k))
        if "\t" in n["text"] or "\r" in n["text"]:
            err("%s: tab or CR in text" % n["note_id"])
        if n["text"] != n["text"].strip():
            err("%s: leading/trailing whitespace in text" % n["note_id"])
    if seen_patients != expected_patients:
        err("%s: patients %s, expected %s" % (lang, seen_patients, expected_patients))
    for pid, pn in by_patient.items():
        if not 4 <= len(pn) <= 8:
            err("%s: %d notes (need 4-8)" % (pid, len(pn)))
        for i, n in enumerate(pn, start=1):
            if n["note_id"] != "%s-%02d" % (pid, i):
                err("%s: expected note id %s-%02d (gap or order)" % (n["note_id"], pid, i))
        dates = [n["date"] for n in pn]
        for a, b in zip(dates, dates[1:]):
            if not a < b:
                err("%s: dates not strictly increasing (%s, %s)" % (pid, a, b))
    return by_patient


def flags(n):
    keys = set(n["codes"].split())
    return [1 if k in keys else 0 for k in KEYS]


def patient_flags(by_patient):
    out = {}
    for pid, pn in by_patient.items():
        f = [0] * len(KEYS)
        for n in pn:
            f = [a | b for a, b in zip(f, flags(n))]
        out[pid] = f
    return out


def render(rows, delimiter):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, quotechar='"', quoting=csv.QUOTE_MINIMAL,
                   lineterminator="\r\n", doublequote=True)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def read_back(path, delimiter):
    with open(path, encoding="utf-8", newline="") as f:
        return [r for r in csv.reader(f, delimiter=delimiter, quotechar='"', doublequote=True)]


def main():
    check_only = "--check" in sys.argv[1:]
    sv = notes_sv_a.NOTES + notes_sv_b.NOTES
    en = notes_en.NOTES
    sv_by = check_set(sv, SV_PATIENTS, "sv")
    en_by = check_set(en, EN_PATIENTS, "en")
    all_ids = [n["note_id"] for n in sv + en]
    if len(all_ids) != len(set(all_ids)):
        err("duplicate note ids")

    pf = patient_flags(sv_by)
    pf.update(patient_flags(en_by))
    n_pat = len(pf)
    print("%-32s %5s %5s %5s %6s" % ("column (patients)", "sv", "en", "all", "absent"))
    for j, col in enumerate(COLUMNS):
        s = sum(pf[p][j] for p in SV_PATIENTS if p in pf)
        e = sum(pf[p][j] for p in EN_PATIENTS if p in pf)
        present = s + e
        absent = n_pat - present
        mark = ""
        if present < MIN_PRESENT or absent < MIN_ABSENT:
            err("prevalence rule broken for %s: present %d, absent %d" % (col, present, absent))
            mark = "  <-- FAIL"
        print("%-32s %5d %5d %5d %6d%s" % (col, s, e, present, absent, mark))
    print("notes: sv %d, en %d; patients: sv %d, en %d" % (len(sv), len(en), len(sv_by), len(en_by)))
    note_counts = [sum(flags(n)[j] for n in sv + en) for j in range(len(COLUMNS))]
    print("note-level counts: " + ", ".join("%s=%d" % (k, c) for k, c in zip(KEYS, note_counts)))
    print("notes with no code: %d" % sum(1 for n in sv + en if not n["codes"].split()))

    if errors:
        print("\nERRORS:")
        for e_ in errors:
            print("  " + e_)
        sys.exit(1)
    if check_only:
        print("check ok (nothing written)")
        return

    def note_rows(notes):
        return [NOTE_HEADER] + [[n["patient_id"], n["note_id"], n["date"], n["note_type"],
                                 n["author"], n["text"]] for n in notes]

    code_rows = [CODES_HEADER] + [[n["patient_id"], n["note_id"], n["date"]] + [str(v) for v in flags(n)]
                                  for n in sv + en]
    outputs = [(SV_FILE, note_rows(sv), ";"), (EN_FILE, note_rows(en), ","), (CODES_FILE, code_rows, ",")]
    for name, rows, delim in outputs:
        path = os.path.join(HERE, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(render(rows, delim))
    # read back and compare field by field
    for name, rows, delim in outputs:
        back = read_back(os.path.join(HERE, name), delim)
        if back != rows:
            for i, (a, b) in enumerate(zip(back, rows)):
                if a != b:
                    print("read-back mismatch in %s row %d" % (name, i))
                    break
            print("read-back mismatch in %s (rows %d vs %d)" % (name, len(back), len(rows)))
            sys.exit(1)
        with open(os.path.join(HERE, name), "rb") as f:
            raw = f.read()
        if raw.startswith(b"\xef\xbb\xbf"):
            print("unexpected BOM in %s" % name)
            sys.exit(1)
        raw.decode("utf-8")
        print("wrote and re-read %s: %d data rows" % (name, len(back) - 1))
    hdr_sv = read_back(os.path.join(HERE, SV_FILE), ";")[0]
    hdr_en = read_back(os.path.join(HERE, EN_FILE), ",")[0]
    assert ";".join(hdr_sv) == "patient_id;note_id;date;note_type;author;text"
    assert ",".join(hdr_en) == "patient_id,note_id,date,note_type,author,text"
    print("ok")


if __name__ == "__main__":
    main()
