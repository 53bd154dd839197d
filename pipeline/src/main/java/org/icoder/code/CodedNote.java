package org.icoder.code;

import java.util.List;
import java.util.Objects;
import org.icoder.ingest.Note;
import org.icoder.lexicon.Category;
import org.icoder.text.Language;

/** A note after coding: the categories it documents as delivered (a bit per {@link Category}) and the evidence. */
public record CodedNote(Note note, Language language, int flags, List<Evidence> evidence) {
  public CodedNote {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(language, "language");
    evidence = List.copyOf(evidence);
  }

  public boolean has(Category c) {
    return (flags & bit(c)) != 0;
  }

  public static int bit(Category c) {
    return 1 << c.ordinal();
  }
}
