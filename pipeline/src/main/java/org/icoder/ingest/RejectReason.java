package org.icoder.ingest;

/** Why an input note was not coded. The lower-case names are the values of rejects.csv's {@code reason}. */
public enum RejectReason {
  /** The patient id cell (or Patient: line) is empty. */
  MISSING_PATIENT_ID,
  /** The date cell is empty. */
  MISSING_DATE,
  /** The date cell holds something that is not a date in a supported form. */
  UNPARSEABLE_DATE,
  /** The note text is empty or only whitespace. */
  EMPTY_TEXT,
  /** The row could not be read as a record (e.g. fewer cells than the header, broken quoting). */
  MALFORMED_ROW,
  /** The same patient id and note id were already read earlier in the run (e.g. overlapping exports). */
  DUPLICATE_NOTE_ID,
  /** The whole file could not be read (corrupt, unsupported, or no recognisable notes). */
  UNREADABLE_FILE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
