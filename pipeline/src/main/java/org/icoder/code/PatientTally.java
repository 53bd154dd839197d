package org.icoder.code;

import java.time.LocalDate;

/**
 * What the run keeps per patient while notes stream past: the union of note flags, the note count
 * and the date range. Small on purpose, so a million-note export fits in bounded memory.
 */
final class PatientTally {
  int flags;
  int notes;
  LocalDate first;
  LocalDate last;

  void add(CodedNote coded) {
    flags |= coded.flags();
    notes++;
    LocalDate d = coded.note().date();
    if (first == null || d.isBefore(first)) first = d;
    if (last == null || d.isAfter(last)) last = d;
  }
}
