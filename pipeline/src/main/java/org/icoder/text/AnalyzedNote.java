package org.icoder.text;

import java.util.List;
import java.util.Objects;
import org.icoder.ingest.Note;

/** A note after the text stage: its language, sentences and tokens. */
public record AnalyzedNote(Note note, Language language, List<Sentence> sentences) {
  public AnalyzedNote {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(language, "language");
    sentences = List.copyOf(sentences);
  }

  public String sentenceText(Sentence s) {
    return note.text().substring(s.start(), s.end());
  }
}
