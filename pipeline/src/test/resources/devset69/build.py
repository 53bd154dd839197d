#!/usr/bin/env python3
"""Build dev set 69 from the hand-written sources in ./src (standard library only).

Checks ids, numbering, dates, code keys, empty fields and the prevalence rule,
then writes dev69-sv.csv, dev69-en.csv and dev69_note_codes.csv next to this
file and reads them back to verify a lossless round trip.

Usage: python3 build.py            (build + checks, prints a summary)
       python3 build.py --check    (checks only, nothing written)
"""
import csv
import datetime
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

import en_notes  # noqa: E402
import sv_notes_a  # noqa: E402
import sv_notes_b  # noqa: E402

KEYS = ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08", "c09", "c10", "home"]
COLUMNS = {
    "c01": "c01_education",
    "c02": "c02_sensorimotor",
    "c03": "c03_pa_advice",
    "c04": "c04_structures_functions",
    "c05": "c05_sensory_stimulation",
    "c06": "c06_pa_with_physio",
    "c07": "c07_weight_training",
    "c08": "c08_relaxation_mindfulness",
    "c09": "c09_act",
    "c10": "c10_body_awareness_activities",
    "home": "home_exercise",
}
NOTE_FIELDS = ["patient_id", "note_id", "date", "note_type", "author", "text"]
CODE_HEADER = ["patient_id", "note_id", "date"] + [COLUMNS[k] for k in KEYS]

SV_FILE = "dev69-sv.csv"
EN_FILE = "dev69-en.csv"
CODES_FILE = "dev69_note_codes.csv"

MIN_PRESENT = 6   # every category present for at least 6 patients
MIN_ABSENT = 5    # ... and absent for at least 5 patients

errors = []


def err(msg):
    errors.append(msg)


def parse_codes(note):
    raw = note["codes"].split()
    bad = [k for k in raw if k not in KEYS]
    if bad:
        err("%s: unknown code keys %s" % (note["note_id"], bad))
    if len(set(raw)) != len(raw):
        err("%s: duplicate code keys %s" % (note["note_id"], raw))
    return {k: (1 if k in raw else 0) for k in KEYS}


def check_language(notes, expected_pids, lang):
    seen_pids = []
    by_pid = {}
    for n in notes:
        for f in NOTE_FIELDS:
            v = n.get(f)
            if v is None or not str(v).strip():
                err("%s: empty field %s" % (n.get("note_id"), f))
        if n["patient_id"] not in by_pid:
            seen_pids.append(n["patient_id"])
            by_pid[n["patient_id"]] = []
        by_pid[n["patient_id"]].append(n)
    if seen_pids != expected_pids:
        err("%s: patient ids/order %s != expected %s" % (lang, seen_pids, expected_pids))
    # patients must be contiguous in the file
    order = [n["patient_id"] for n in notes]
    for i in range(1, len(order)):
        if order[i] != order[i - 1] and order[i - 1] in order[i:]:
            err("%s: patient %s not contiguous" % (lang, order[i - 1]))
            break
    for pid, pnotes in by_pid.items():
        if not 4 <= len(pnotes) <= 8:
            err("%s: %d notes (need 4-8)" % (pid, len(pnotes)))
        prev = None
        for i, n in enumerate(pnotes, start=1):
            expect = "%s-%02d" % (pid, i)
            if n["note_id"] != expect:
                err("%s: note id %s, expected %s" % (pid, n["note_id"], expect))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", n["date"]):
                err("%s: bad date format %r" % (n["note_id"], n["date"]))
                continue
            try:
                d = datetime.date.fromisoformat(n["date"])
            except ValueError:
                err("%s: invalid date %r" % (n["note_id"], n["date"]))
                continue
            if prev is not None and d <= prev:
                err("%s: date %s not after previous %s" % (n["note_id"], d, prev))
            prev = d
    authors = sorted({n["author"] for n in notes})
    if not 3 <= len(authors) <= 4:
        err("%s: %d writers (need 3-4): %s" % (lang, len(authors), authors))
    ids = [n["note_id"] for n in notes]
    if len(ids) != len(set(ids)):
        err("%s: duplicate note ids" % lang)
    return by_pid


def patient_flags(by_pid):
    flags = {}
    for pid, pnotes in by_pid.items():
        f = {k: 0 for k in KEYS}
        for n in pnotes:
            for k, v in n["coded"].items():
                f[k] |= v
        flags[pid] = f
    return flags


def write_csv(path, header, rows, delimiter):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL,
                       lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def read_csv(path, delimiter):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def main():
    check_only = "--check" in sys.argv
    sv = sv_notes_a.NOTES + sv_notes_b.NOTES
    en = en_notes.NOTES
    for n in sv + en:
        n["coded"] = parse_codes(n)

    sv_pids = ["D69-%02d" % i for i in range(1, 21)]
    en_pids = ["D69-E%02d" % i for i in range(1, 11)]
    sv_by = check_language(sv, sv_pids, "sv")
    en_by = check_language(en, en_pids, "en")

    flags = patient_flags(sv_by)
    flags.update(patient_flags(en_by))
    n_pat = len(flags)
    counts = {k: sum(f[k] for f in flags.values()) for k in KEYS}
    for k in KEYS:
        if counts[k] < MIN_PRESENT:
            err("prevalence: %s present for %d patients (< %d)" % (COLUMNS[k], counts[k], MIN_PRESENT))
        if n_pat - counts[k] < MIN_ABSENT:
            err("prevalence: %s absent for %d patients (< %d)" % (COLUMNS[k], n_pat - counts[k], MIN_ABSENT))

    # discharge summary for most patients
    dis_types = {"Epikris", "Discharge summary"}
    with_dis = [pid for pid, ps in list(sv_by.items()) + list(en_by.items())
                if any(n["note_type"] in dis_types for n in ps)]
    if len(with_dis) * 2 <= n_pat:
        err("only %d of %d patients have a discharge summary" % (len(with_dis), n_pat))

    # word lengths
    lengths = [len(n["text"].split()) for n in sv + en]
    if max(lengths) > 380:
        err("a note is longer than ~350 words (%d)" % max(lengths))

    if errors:
        print("ERRORS:")
        for e in errors:
            print("  -", e)
        sys.exit(1)

    sv_rows = [[n[f] for f in NOTE_FIELDS] for n in sv]
    en_rows = [[n[f] for f in NOTE_FIELDS] for n in en]
    code_rows = [[n["patient_id"], n["note_id"], n["date"]] + [str(n["coded"][k]) for k in KEYS]
                 for n in sv + en]

    if not check_only:
        write_csv(os.path.join(HERE, SV_FILE), NOTE_FIELDS, sv_rows, ";")
        write_csv(os.path.join(HERE, EN_FILE), NOTE_FIELDS, en_rows, ",")
        write_csv(os.path.join(HERE, CODES_FILE), CODE_HEADER, code_rows, ",")

        # read back and compare
        back_sv = read_csv(os.path.join(HERE, SV_FILE), ";")
        back_en = read_csv(os.path.join(HERE, EN_FILE), ",")
        back_codes = read_csv(os.path.join(HERE, CODES_FILE), ",")
        assert back_sv[0] == NOTE_FIELDS and back_sv[1:] == sv_rows, "sv round trip failed"
        assert back_en[0] == NOTE_FIELDS and back_en[1:] == en_rows, "en round trip failed"
        assert back_codes[0] == CODE_HEADER and back_codes[1:] == code_rows, "codes round trip failed"
        with open(os.path.join(HERE, SV_FILE), encoding="utf-8") as fh:
            assert fh.readline().rstrip("\r\n") == "patient_id;note_id;date;note_type;author;text"
        with open(os.path.join(HERE, EN_FILE), encoding="utf-8") as fh:
            assert fh.readline().rstrip("\r\n") == "patient_id,note_id,date,note_type,author,text"
        note_ids = [r[1] for r in back_sv[1:]] + [r[1] for r in back_en[1:]]
        assert note_ids == [r[1] for r in back_codes[1:]], "codes file not in note-file order"
        for r in back_codes[1:]:
            assert all(v in ("0", "1") for v in r[3:]), r

    # summary
    print("OK%s" % (" (check only)" if check_only else ": files written and read back"))
    print("Swedish: %d patients, %d notes; English: %d patients, %d notes; total %d notes"
          % (len(sv_by), len(sv), len(en_by), len(en), len(sv) + len(en)))
    print("Patients with a discharge summary/epikris: %d of %d" % (len(with_dis), n_pat))
    print("Words per note: min %d, median %d, max %d"
          % (min(lengths), sorted(lengths)[len(lengths) // 2], max(lengths)))
    sv_flags = patient_flags(sv_by)
    en_flags = patient_flags(en_by)
    note_counts = {k: sum(n["coded"][k] for n in sv + en) for k in KEYS}
    print("%-32s %6s %6s %6s %8s" % ("category", "sv/20", "en/10", "all/30", "notes"))
    for k in KEYS:
        print("%-32s %6d %6d %6d %8d" % (COLUMNS[k], sum(f[k] for f in sv_flags.values()),
                                        sum(f[k] for f in en_flags.values()), counts[k],
                                        note_counts[k]))
    print("Notes with no code at all: %d" % sum(1 for n in sv + en if not any(n["coded"].values())))


if __name__ == "__main__":
    main()
