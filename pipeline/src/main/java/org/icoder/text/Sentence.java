package org.icoder.text;

import java.util.List;

/**
 * A sentence of a note: half-open character offsets into the note text, its tokens, and whether it
 * begins a line (section headings are recognised only there).
 */
public record Sentence(int index, int start, int end, boolean startsLine, List<Token> tokens) {
  public Sentence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
    tokens = List.copyOf(tokens);
  }
}
