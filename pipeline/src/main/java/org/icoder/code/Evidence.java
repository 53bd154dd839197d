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
 *     generic_overridden (unspecified information beside named content); with source
 *     {@code classifier}, "classifier P, threshold T (rules: SOURCE, REASON)" where the reading model
 *     overturned the rules
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
    Objects.requireNonNull(source, "source");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
    // Only the reading model may count a mention the rules modified (reason "classifier ...").
    if (counted && modifier != Modifier.NONE && source != Source.CLASSIFIER) {
      throw new IllegalArgumentException("a modified mention cannot count: " + entryId);
    }
  }
}
