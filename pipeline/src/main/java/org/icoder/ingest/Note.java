package org.icoder.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One journal entry of one patient, as read from an export: the unit the manual codes.
 * {@code type} and {@code author} may be empty strings; everything else is required.
 */
public record Note(
    SourceRef source,
    String patientId,
    String noteId,
    LocalDate date,
    String type,
    String author,
    String text) {
  public Note {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(author, "author");
    if (patientId == null || patientId.isBlank()) {
      throw new IllegalArgumentException("patient id is required at " + source);
    }
    if (noteId == null || noteId.isBlank()) {
      throw new IllegalArgumentException("note id is required at " + source);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text is required at " + source);
    }
  }
}
