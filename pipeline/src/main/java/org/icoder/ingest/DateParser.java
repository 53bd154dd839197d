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
 * Returns empty for anything else; never guesses month-first.
 */
public final class DateParser {
  private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T].*)?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:[ T].*)?");
  private static final Pattern SHORT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})(?:[ T].*)?");
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?:[ T].*)?");
  private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\.?\\s+([\\p{L}]+)\\.?\\s+(\\d{4})(?:[ ,T].*)?");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("maj", 5), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private DateParser() {}

  public static Optional<LocalDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(date(m.group(1), m.group(2), m.group(3)));
      }
      m = COMPACT.matcher(s);
      if (m.matches()) {
        return Optional.of(date(m.group(1), m.group(2), m.group(3)));
      }
      m = DAY_FIRST.matcher(s);
      if (m.matches()) {
        return Optional.of(date(m.group(3), m.group(2), m.group(1)));
      }
      m = SHORT.matcher(s);
      if (m.matches()) {
        // yymmdd as in Swedish personnummer-style dates; records are from this century.
        return Optional.of(date("20" + m.group(1), m.group(2), m.group(3)));
      }
      m = WORDS.matcher(s);
      if (m.matches()) {
        String word = m.group(2).toLowerCase(Locale.ROOT);
        Integer month = word.length() >= 3 ? MONTHS.get(word.substring(0, 3)) : null;
        if (month != null) {
          return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static LocalDate date(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }
}
