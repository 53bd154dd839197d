package org.icoder.agree;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a unit of agreement is: one note ({@code note_codes.csv}) or one patient ({@code patient_flags.csv}). */
public enum Level {
  NOTE("note"),
  PATIENT("patient");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Level parse(String s) {
    for (Level l : values()) {
      if (l.label.equals(s.toLowerCase(Locale.ROOT))) {
        return l;
      }
    }
    throw new IllegalArgumentException("--level '" + s + "', expected one of "
        + Arrays.stream(values()).map(Level::label).collect(Collectors.joining(", ")));
  }
}
