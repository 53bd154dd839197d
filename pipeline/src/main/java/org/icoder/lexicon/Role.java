package org.icoder.lexicon;

import java.util.Locale;

/**
 * What a term says about its category. The manual: clinicians often wrote just "information" with
 * no content, which is Education; where the content is given, the content decides the category.
 */
public enum Role {
  /** Names an intervention or its content; counts on its own. */
  CONTENT,
  /** Unspecified information/education; counts only if no other category's content is in the sentence. */
  GENERIC;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role fromLabel(String label) {
    if (label.isEmpty()) {
      return CONTENT;
    }
    for (Role r : values()) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException("'" + label + "', expected one of content, generic (or empty)");
  }
}
