#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build devset71 from the hand-written sources (standard library only).

Checks ids, note numbering, dates, code keys, empty fields and the prevalence
rule, then writes dev71-sv.csv, dev71-en.csv and dev71_note_codes.csv and reads
them back to verify the round trip.

Usage:  python3 build.py          (from this folder or anywhere)
"""
import csv
import datetime
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import CODE_KEYS, CODE_COLUMNS, KL, JB, AH, PN, FM, CR, AR, EK  # noqa: E402
from sv_notes_a import PATIENTS_A  # noqa: E402
from sv_notes_b import PATIENTS_B  # noqa: E402
from en_notes import PATIENTS_EN  # noqa: E402

SV_FILE = os.path.join(HERE, "dev71-sv.csv")
EN_FILE = os.path.join(HERE, "dev71-en.csv")
CODES_FILE = os.path.join(HERE, "dev71_note_codes.csv")

SV_HEADER = ["patient_id", "note_id", "date", "note_type", "author", "text"]
EN_HEADER = SV_HEADER
CODES_HEADER = ["patient_id", "note_id", "date"] + CODE_COLUMNS

SV_TYPES = {"Nybesök", "Återbesök", "Telefonkontakt", "Epikris", "Gruppbesök", "Uteblivet besök"}
EN_TYPES = {"Initial assessment", "Follow-up", "Telephone consultation", "Group class",
            "Discharge summary", "DNA"}
SV_AUTHORS = {KL, JB, AH, PN}
EN_AUTHORS = {FM, CR, AR, EK}

MIN_NOTES, MAX_NOTES = 4, 8
MIN_PRESENT, MIN_ABSENT = 6, 5
MAX_WORDS = 360

errors = []


def err(msg):
    errors.append(msg)


def check_language(patients, expected_ids, types, authors, label):
    seen_pids = [pid for pid, _ in patients]
    if seen_pids != expected_ids:
        err(f"{label}: patient ids {seen_pids} != expected {expected_ids}")
    for pid, notes in patients:
        if not (MIN_NOTES <= len(notes) <= MAX_NOTES):
            err(f"{pid}: {len(notes)} notes, expected {MIN_NOTES}-{MAX_NOTES}")
        prev = None
        for k, n in enumerate(notes, start=1):
            want = f"{pid}-{k:02d}"
            if n.note_id != want:
                err(f"{pid}: note {k} has id {n.note_id}, expected {want}")
            for field in ("note_id", "date", "note_type", "author", "text"):
                v = getattr(n, field)
                if not isinstance(v, str) or not v.strip():
                    err(f"{n.note_id}: empty field {field}")
            try:
                d = datetime.date.fromisoformat(n.date)
                if d.isoformat() != n.date:
                    err(f"{n.note_id}: date {n.date} not in YYYY-MM-DD form")
            except ValueError:
                err(f"{n.note_id}: invalid date {n.date}")
                continue
            if prev is not None and d <= prev:
                err(f"{n.note_id}: date {n.date} not after previous {prev}")
            prev = d
            if n.note_type not in types:
                err(f"{n.note_id}: unknown note type {n.note_type!r}")
            if n.author not in authors:
                err(f"{n.note_id}: unknown author {n.author!r}")
            keys = n.codes.split()
            for key in keys:
                if key not in CODE_KEYS:
                    err(f"{n.note_id}: unknown code key {key!r}")
            if len(set(keys)) != len(keys):
                err(f"{n.note_id}: duplicate code key in {n.codes!r}")
            words = len(n.text.split())
            if words > MAX_WORDS:
                err(f"{n.note_id}: {words} words (> {MAX_WORDS})")
            if "\t" in n.text:
                err(f"{n.note_id}: tab character in text")


def code_row(pid, n):
    keys = set(n.codes.split())
    return [pid, n.note_id, n.date] + ["1" if k in keys else "0" for k in CODE_KEYS]


def write_notes(path, patients, delimiter):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(SV_HEADER)
        for pid, notes in patients:
            for n in notes:
                w.writerow([pid, n.note_id, n.date, n.note_type, n.author, n.text])


def write_codes(path, patients):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(CODES_HEADER)
        for pid, notes in patients:
            for n in notes:
                w.writerow(code_row(pid, n))


def read_back(path, delimiter):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def patient_flags(patients):
    flags = {}
    for pid, notes in patients:
        have = set()
        for n in notes:
            have.update(n.codes.split())
        flags[pid] = have
    return flags


def main():
    sv = PATIENTS_A + PATIENTS_B
    en = PATIENTS_EN
    check_language(sv, [f"D71-{i:02d}" for i in range(1, 21)], SV_TYPES, SV_AUTHORS, "sv")
    check_language(en, [f"D71-E{i:02d}" for i in range(1, 11)], EN_TYPES, EN_AUTHORS, "en")

    all_ids = [n.note_id for _, notes in sv + en for n in notes]
    if len(all_ids) != len(set(all_ids)):
        err("duplicate note ids across files")

    flags = patient_flags(sv + en)
    n_pat = len(flags)
    counts = {k: sum(1 for f in flags.values() if k in f) for k in CODE_KEYS}
    for k, col in zip(CODE_KEYS, CODE_COLUMNS):
        if counts[k] < MIN_PRESENT:
            err(f"prevalence: {col} present for {counts[k]} patients (< {MIN_PRESENT})")
        if n_pat - counts[k] < MIN_ABSENT:
            err(f"prevalence: {col} absent for {n_pat - counts[k]} patients (< {MIN_ABSENT})")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    write_notes(SV_FILE, sv, ";")
    write_notes(EN_FILE, en, ",")
    write_codes(CODES_FILE, sv + en)

    # ---- read back and compare -------------------------------------------
    for path, pats, delim in ((SV_FILE, sv, ";"), (EN_FILE, en, ",")):
        rows = read_back(path, delim)
        if rows[0] != SV_HEADER:
            err(f"{os.path.basename(path)}: header {rows[0]}")
        expect = [[pid, n.note_id, n.date, n.note_type, n.author, n.text] for pid, notes in pats for n in notes]
        if rows[1:] != expect:
            err(f"{os.path.basename(path)}: read-back mismatch")
        with open(path, "rb") as fh:
            raw = fh.read()
        if raw.startswith(b"\xef\xbb\xbf"):
            err(f"{os.path.basename(path)}: has a BOM")
        raw.decode("utf-8")
    rows = read_back(CODES_FILE, ",")
    if rows[0] != CODES_HEADER:
        err("codes header mismatch")
    expect = [code_row(pid, n) for pid, notes in sv + en for n in notes]
    if rows[1:] != expect:
        err("codes read-back mismatch")
    if any(v not in ("0", "1") for r in rows[1:] for v in r[3:]):
        err("codes file has values other than 0/1")
    if [r[1] for r in rows[1:]] != all_ids:
        err("codes file note order differs from note files")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    # ---- report ------------------------------------------------------------
    n_sv = sum(len(notes) for _, notes in sv)
    n_en = sum(len(notes) for _, notes in en)
    print(f"OK  sv: {len(sv)} patients, {n_sv} notes | en: {len(en)} patients, {n_en} notes")
    fl_sv = patient_flags(sv)
    fl_en = patient_flags(en)
    note_counts = {k: sum(1 for _, notes in sv + en for n in notes if k in n.codes.split()) for k in CODE_KEYS}
    print(f"{'column':32s} {'pat sv/20':>9s} {'pat en/10':>9s} {'pat all/30':>10s} {'notes':>6s}")
    for k, col in zip(CODE_KEYS, CODE_COLUMNS):
        a = sum(1 for f in fl_sv.values() if k in f)
        b = sum(1 for f in fl_en.values() if k in f)
        print(f"{col:32s} {a:9d} {b:9d} {a + b:10d} {note_counts[k]:6d}")
    wc = [len(n.text.split()) for _, notes in sv + en for n in notes]
    print(f"words per note: min {min(wc)}, median {sorted(wc)[len(wc) // 2]}, max {max(wc)}")
    empty = sum(1 for _, notes in sv + en for n in notes if not n.codes.split())
    print(f"notes with no code at all: {empty}")
    for pid, f in flags.items():
        print(f"  {pid}: {' '.join(k for k in CODE_KEYS if k in f)}")


if __name__ == "__main__":
    main()
