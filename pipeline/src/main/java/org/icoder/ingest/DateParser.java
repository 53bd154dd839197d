package org.icoder.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms Swedish and international record systems write, ignoring a time after it.
 *
 * <pre>
 * 2024-03-05, 2024-03-05 14:30, 2024-03-05T14:30:00, 20240305, 2024/03/05, 2024.03.05,
 * 05.03.2024, 5/3/2024 (day first), 240305 (yymmdd), 5 mars 2024, 5 March 2024
 * </pre>
 * Returns empty for anything else (mixed separators, unknown month words, years outside
 * 1900..2100). Month-first (3/5/2024 as 5 March) only when asked for ({@link DateOrder}): never
 * guessed, since 3/5 is a valid date either way.
 */
public final class DateParser {
  private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T].*)?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:[ T].*)?");
  private static final Pattern SHORT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})(?:[ T].*)?");
  private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?:[ T].*)?");
  /** "5 mars 2024", "5 Mar. 2024", and with hyphens as EMIS writes it, "05-Mar-2024". */
  private static final Pattern WORDS = Pattern.compile(
      "(\\d{1,2})\\.?(?:\\s+|-)([\\p{L}]+)\\.?(?:\\s+|-)(\\d{4})(?:[ ,T].*)?");
  /** Swedish and English month names and their usual abbreviations, in full: "marsipan" is no month. */
  private static final Map<String, Integer> MONTHS = months(
      "januari january jan", "februari february feb", "mars march mar", "april apr",
      "maj may", "juni june jun", "juli july jul", "augusti august aug", "september sept sep",
      "oktober october okt oct", "november nov", "december dec");
  /** Records from before 1900 or after 2100 are typing errors, not dates. */
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2100;

  private static Map<String, Integer> months(String... names) {
    Map<String, Integer> map = new java.util.HashMap<>();
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m].split(" ")) {
        map.put(name, m + 1);
      }
    }
    return Map.copyOf(map);
  }

  private static final Pattern EXCEL_SERIAL = Pattern.compile("(\\d{5})(?:[.,]\\d+)?");

  private DateParser() {}

  /** Reads a date, a three-number date day first (5/3/2024 is 5 March). */
  public static Optional<LocalDate> parse(String raw) {
    return parse(raw, DateOrder.DAY_FIRST);
  }

  /** Reads a date, a three-number date with its year last in the given order. */
  public static Optional<LocalDate> parse(String raw, DateOrder order) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return date(m.group(1), m.group(3), m.group(4));
      }
      m = COMPACT.matcher(s);
      if (m.matches()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
      m = YEAR_LAST.matcher(s);
      if (m.matches()) {
        // Dotted dates (05.03.2024) are European and always day first, whatever the option.
        return order == DateOrder.DAY_FIRST || m.group(2).equals(".")
            ? date(m.group(4), m.group(3), m.group(1))
            : date(m.group(4), m.group(1), m.group(3));
      }
      m = EXCEL_SERIAL.matcher(s);
      if (m.matches()) {
        // A spreadsheet date cell formatted "General" shows its serial: days since 1899-12-30.
        long days = Long.parseLong(m.group(1));
        if (days >= 18_264 && days <= 73_050) { // 1950-01-01 .. 2099-12-31
          return Optional.of(LocalDate.of(1899, 12, 30).plusDays(days));
        }
        return Optional.empty();
      }
      m = SHORT.matcher(s);
      if (m.matches()) {
        // yymmdd as in Swedish personnummer-style dates; records are from this century.
        return date("20" + m.group(1), m.group(2), m.group(3));
      }
      m = WORDS.matcher(s);
      if (m.matches()) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month != null) {
          return date(m.group(3), String.valueOf(month), m.group(1));
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
  }
}
