package org.icoder.text;

import java.util.Objects;

/**
 * One token of a note with its half-open character offsets in the note text and the keys the
 * lexicon matches against.
 *
 * <ul>
 *   <li>{@code surfaces}: the token as written, then its hyphen/slash parts
 *       ({@code TENS-behandling} → TENS-behandling, TENS, behandling); exact matches use these;
 *   <li>{@code wholeKeys}: the normalised key of each surface (lower case, stemmed, å/ä/ö folded);
 *   <li>{@code partKeys}: keys of the lexicon words found inside a compound
 *       ({@code avslappningsövningar} → avslappning, ovning).
 * </ul>
 */
public record Token(String text, int start, int end, String[] surfaces, String[] wholeKeys, String[] partKeys) {
  public Token {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
    if (surfaces.length == 0 || wholeKeys.length != surfaces.length) {
      throw new IllegalArgumentException("every surface needs one key");
    }
    Objects.requireNonNull(partKeys, "partKeys");
  }

  /** The normalised key of the whole token. */
  public String key() {
    return wholeKeys[0];
  }
}
