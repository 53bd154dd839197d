package org.icoder.code;

import java.util.Objects;
import org.icoder.context.Modifier;
import org.icoder.lexicon.Category;

/**
 * One mention found in a note, counted or not, with what decided it: one row of evidence.csv.
 * {@code start}/{@code end} are half-open character offsets of {@code matchedText} in the note text.
 *
 * @param triggerId the context rule or section that modified the mention, or "" when none did
 * @param reason why it counts or not: counted, modified, requires (a cue missing or present),
 *     generic_overridden (unspecified information beside named content)
 */
public record Evidence(
    Category category, String entryId, String matchedText, String sentence, int start, int end,
    String section, Modifier modifier, String triggerId, boolean counted, Source source, String reason) {
  /** Where a code came from. */
  public enum Source {
    LEXICON,
    CODE,
    CLASSIFIER;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Evidence {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(modifier, "modifier");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
    if (counted && modifier != Modifier.NONE) {
      throw new IllegalArgumentException("a modified mention cannot count: " + entryId);
    }
  }
}
