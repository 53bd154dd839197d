package org.icoder.ingest;

import java.util.Locale;

/**
 * How a date written with three numbers and the year last ({@code 03/05/2024}) is read. Swedish,
 * British and most European records write the day first; US records write the month first. ISO
 * dates ({@code 2024-03-05}) and dates with month names read the same either way.
 */
public enum DateOrder {
  DAY_FIRST,
  MONTH_FIRST;

  /** "day-first" / "month-first", as the command line writes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static DateOrder fromLabel(String label) {
    for (DateOrder o : values()) {
      if (o.label().equalsIgnoreCase(label.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException("'" + label + "', expected day-first or month-first");
  }
}
