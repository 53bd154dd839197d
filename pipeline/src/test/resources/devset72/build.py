#!/usr/bin/env python3
"""Build devset72 from the hand-written sources notes_sv.py and notes_en.py (standard library only).

Checks, before anything is written:
  - patient ids are exactly D72-01..D72-20 (Swedish) and D72-E01..D72-E10 (English);
  - note ids are <patient>-NN, numbered 01.. without gaps, 4-8 notes per patient, unique;
  - dates are valid ISO (YYYY-MM-DD) and strictly increasing within each patient;
  - no empty field, text without leading/trailing blanks, 3-4 writers per language;
  - code keys are known and not repeated ("-" means a note with no category);
  - prevalence over all 30 patients: every column present for >= 6 patients, absent for >= 5.
Then writes dev72-sv.csv (;), dev72-en.csv (,) and dev72_note_codes.csv (,), RFC 4180 quoting,
UTF-8 without BOM, CRLF records, reads them back and compares field by field.

Usage: python3 build.py            (writes the CSVs next to this file)
       python3 build.py --check    (checks only, writes nothing)
"""
import csv
import datetime
import importlib.util
import io
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# key used in the sources -> output column, in the manual's order
CODE_KEYS = {
    "edu": "c01_education",
    "sens": "c02_sensorimotor",
    "paadv": "c03_pa_advice",
    "struct": "c04_structures_functions",
    "stim": "c05_sensory_stimulation",
    "papt": "c06_pa_with_physio",
    "weight": "c07_weight_training",
    "relax": "c08_relaxation_mindfulness",
    "act": "c09_act",
    "bbat": "c10_body_awareness_activities",
    "home": "home_exercise",
}
COLUMNS = list(CODE_KEYS.values())

NOTE_HEADER = ["patient_id", "note_id", "date", "note_type", "author", "text"]
CODES_HEADER = ["patient_id", "note_id", "date"] + COLUMNS

LANGS = [
    # (source module, output file, delimiter, expected patient ids)
    ("notes_sv", "dev72-sv.csv", ";", ["D72-%02d" % i for i in range(1, 21)]),
    ("notes_en", "dev72-en.csv", ",", ["D72-E%02d" % i for i in range(1, 11)]),
]
CODES_FILE = "dev72_note_codes.csv"

MIN_NOTES, MAX_NOTES = 4, 8
MIN_PRESENT, MIN_ABSENT = 6, 5
NOTE_ID = re.compile(r"^(D72-(?:E)?\d{2})-(\d{2})$")


def load(module_name):
    path = os.path.join(HERE, module_name + ".py")
    spec = importlib.util.spec_from_file_location(module_name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return path, mod.NOTES


def parse_codes(raw, where, errors):
    raw = raw.strip()
    if raw == "-":
        return set()
    keys = raw.split()
    if not keys:
        errors.append("%s: empty codes, write '-' for a note with no category" % where)
    seen = set()
    for k in keys:
        if k not in CODE_KEYS:
            errors.append("%s: unknown code key %r, expected one of %s" % (where, k, ", ".join(CODE_KEYS)))
        elif k in seen:
            errors.append("%s: code key %r repeated" % (where, k))
        seen.add(k)
    return seen & set(CODE_KEYS)


def check_language(module_name, expected_patients, errors):
    path, raw_notes = load(module_name)
    rows = []          # (patient_id, note_id, date, note_type, author, text, codeset)
    by_patient = {}
    authors = set()
    for i, entry in enumerate(raw_notes, 1):
        where = "%s: note #%d" % (os.path.basename(path), i)
        if len(entry) != 7:
            errors.append("%s: expected 7 fields, found %d" % (where, len(entry)))
            continue
        note_id, date, note_type, author, codes, text, _why = entry
        text = text.strip()
        where = "%s: %s" % (os.path.basename(path), note_id)
        m = NOTE_ID.match(note_id)
        if not m:
            errors.append("%s: note id does not match D72-NN-NN / D72-ENN-NN" % where)
            continue
        patient_id = m.group(1)
        for name, value in (("date", date), ("note_type", note_type), ("author", author), ("text", text)):
            if not isinstance(value, str) or not value.strip():
                errors.append("%s: empty %s" % (where, name))
            elif value != value.strip():
                errors.append("%s: %s has leading/trailing blanks" % (where, name))
        try:
            d = datetime.date.fromisoformat(date)
            if d.isoformat() != date:
                raise ValueError
        except ValueError:
            errors.append("%s: date %r is not a valid ISO date YYYY-MM-DD" % (where, date))
            d = None
        codeset = parse_codes(codes, where, errors)
        authors.add(author)
        by_patient.setdefault(patient_id, []).append((int(m.group(2)), d, note_id))
        rows.append((patient_id, note_id, date, note_type, author, text, codeset))

    base = os.path.basename(path)
    if sorted(by_patient) != sorted(expected_patients):
        missing = sorted(set(expected_patients) - set(by_patient))
        extra = sorted(set(by_patient) - set(expected_patients))
        errors.append("%s: patients missing %s, unexpected %s" % (base, missing, extra))
    # the file must list each patient's notes together, patients in id order
    order = []
    for r in rows:
        if not order or order[-1] != r[0]:
            order.append(r[0])
    if order != sorted(set(order)) or len(order) != len(set(order)):
        errors.append("%s: patients not listed contiguously in id order: %s" % (base, order))
    for pid, notes in sorted(by_patient.items()):
        seqs = [n for n, _, _ in notes]
        if seqs != list(range(1, len(notes) + 1)):
            errors.append("%s: %s note numbers %s, expected 1..%d without gaps" % (base, pid, seqs, len(notes)))
        if not MIN_NOTES <= len(notes) <= MAX_NOTES:
            errors.append("%s: %s has %d notes, expected %d-%d" % (base, pid, len(notes), MIN_NOTES, MAX_NOTES))
        dates = [d for _, d, _ in notes]
        for (a, b), (_, _, nid) in zip(zip(dates, dates[1:]), notes[1:]):
            if a and b and not a < b:
                errors.append("%s: %s date %s not after the previous note's %s" % (base, nid, b, a))
    ids = [r[1] for r in rows]
    dup = sorted({x for x in ids if ids.count(x) > 1})
    if dup:
        errors.append("%s: duplicate note ids %s" % (base, dup))
    if not 3 <= len(authors) <= 4:
        errors.append("%s: %d writers, expected 3-4: %s" % (base, len(authors), sorted(authors)))
    return rows


def patient_flags(rows):
    flags = {}
    for pid, *_rest, codeset in rows:
        flags.setdefault(pid, set()).update(codeset)
    return flags


def check_prevalence(flags, errors):
    n = len(flags)
    counts = {}
    for key, col in CODE_KEYS.items():
        present = sum(1 for s in flags.values() if key in s)
        counts[col] = present
        if present < MIN_PRESENT:
            errors.append("prevalence: %s present for %d patients, need >= %d" % (col, present, MIN_PRESENT))
        if n - present < MIN_ABSENT:
            errors.append("prevalence: %s absent for %d patients, need >= %d" % (col, n - present, MIN_ABSENT))
    return counts


def to_bytes(header, records, delimiter):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, quotechar='"', quoting=csv.QUOTE_MINIMAL,
                   doublequote=True, lineterminator="\r\n", strict=True)
    w.writerow(header)
    w.writerows(records)
    return buf.getvalue().encode("utf-8")


def write_and_verify(name, header, records, delimiter):
    path = os.path.join(HERE, name)
    data = to_bytes(header, records, delimiter)
    with open(path, "wb") as f:
        f.write(data)
    with open(path, "r", encoding="utf-8", newline="") as f:
        back = list(csv.reader(f, delimiter=delimiter, quotechar='"', doublequote=True, strict=True))
    if back[0] != header:
        raise SystemExit("%s: header read back as %r" % (name, back[0]))
    expected = [[str(v) for v in r] for r in records]
    if back[1:] != expected:
        for i, (a, b) in enumerate(zip(back[1:], expected), 2):
            if a != b:
                raise SystemExit("%s: record %d differs after read-back" % (name, i))
        raise SystemExit("%s: %d records read back, %d written" % (name, len(back) - 1, len(expected)))
    if data.startswith(b"\xef\xbb\xbf"):
        raise SystemExit("%s: unexpected BOM" % name)
    return path, len(back) - 1


def main(argv):
    check_only = "--check" in argv
    errors = []
    per_lang = []
    for module_name, out_name, delim, expected in LANGS:
        rows = check_language(module_name, expected, errors)
        per_lang.append((module_name, out_name, delim, rows))
    all_rows = [r for _, _, _, rows in per_lang for r in rows]
    flags = patient_flags(all_rows)
    counts = check_prevalence(flags, errors)
    if errors:
        for e in errors:
            print("ERROR " + e, file=sys.stderr)
        print("%d problem(s); nothing written" % len(errors), file=sys.stderr)
        return 2

    print("notes: %d  patients: %d" % (len(all_rows), len(flags)))
    for module_name, out_name, _, rows in per_lang:
        lang_flags = patient_flags(rows)
        print("  %-9s %3d notes, %2d patients" % (module_name, len(rows), len(lang_flags)))
    print("patient-level counts (all / sv / en), present of %d:" % len(flags))
    sv_flags = patient_flags(per_lang[0][3])
    en_flags = patient_flags(per_lang[1][3])
    for key, col in CODE_KEYS.items():
        sv = sum(1 for s in sv_flags.values() if key in s)
        en = sum(1 for s in en_flags.values() if key in s)
        print("  %-31s %2d  (%2d / %2d)" % (col, counts[col], sv, en))
    note_counts = {col: sum(1 for r in all_rows if k in r[6]) for k, col in CODE_KEYS.items()}
    print("note-level counts: " + ", ".join("%s=%d" % (c[:3], v) for c, v in note_counts.items()))
    print("notes with no category: %d" % sum(1 for r in all_rows if not r[6]))
    if check_only:
        return 0

    code_records = []
    for module_name, out_name, delim, rows in per_lang:
        records = [list(r[:6]) for r in rows]
        path, n = write_and_verify(out_name, NOTE_HEADER, records, delim)
        print("wrote %s (%d notes)" % (os.path.basename(path), n))
        for r in rows:
            code_records.append([r[0], r[1], r[2]] + [1 if k in r[6] else 0 for k in CODE_KEYS])
    path, n = write_and_verify(CODES_FILE, CODES_HEADER, code_records, ",")
    print("wrote %s (%d rows)" % (os.path.basename(path), n))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
