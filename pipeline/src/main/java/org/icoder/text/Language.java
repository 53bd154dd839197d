package org.icoder.text;

import java.util.Locale;

/** The languages icoder reads; the lower-case code names the lexicon folder ({@code lexicons/sv}). */
public enum Language {
  SV,
  EN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Language fromCode(String code) {
    for (Language l : values()) {
      if (l.code().equalsIgnoreCase(code)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + code + "', expected one of sv, en");
  }
}
