package org.icoder.ingest;

/**
 * A note's fields as a reader found them, before validation: any of them may be null or blank.
 * {@link NoteValidator} turns it into a {@link Note} or a {@link Reject}.
 */
record RawNote(
    SourceRef source, String patientId, String noteId, String date, String type, String author, String text) {}
