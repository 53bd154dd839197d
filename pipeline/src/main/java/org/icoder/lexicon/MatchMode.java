package org.icoder.lexicon;

import java.util.Locale;

/** How a lexicon word is compared with a token (the {@code match} column). */
public enum MatchMode {
  /** Normalised key, also found inside compounds (akupunktur in akupunkturbehandling). */
  WORD,
  /** Normalised key of the whole token or a hyphen part, never inside a compound (gym, not gymnastik). */
  WHOLE,
  /** Case-sensitive as written: abbreviations (TENS, MI) and KVÅ codes (DA021). */
  EXACT,
  /**
   * As written but ignoring case, not stemmed: for a word whose stem collides with other words
   * ("läkare" and "läkt" share one).
   */
  SURFACE,
  /**
   * A Java regular expression matched against one whole token as written, or a few tokens written
   * without space between them (add {@code (?i)} to ignore case): doses and loads such as
   * {@code 3x12} or {@code 40kg}.
   */
  PATTERN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MatchMode fromLabel(String label) {
    for (MatchMode m : values()) {
      if (m.label().equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException("'" + label + "', expected one of word, whole, exact, surface, pattern");
  }
}
