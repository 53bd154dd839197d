package org.icoder.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which header plays which {@link Column} role. Built from the user's {@code --column ROLE=HEADER}
 * overrides plus the default header names; {@link #resolve} checks it against one file's header.
 */
public final class ColumnMapping {
  private final Map<Column, String> overrides;

  public ColumnMapping(Map<Column, String> overrides) {
    this.overrides = Map.copyOf(Objects.requireNonNull(overrides));
  }

  public static ColumnMapping defaults() {
    return new ColumnMapping(Map.of());
  }

  /**
   * Parses {@code ROLE=HEADER} options.
   *
   * @throws IllegalArgumentException naming the bad option and the valid roles
   */
  public static ColumnMapping parse(List<String> options) {
    Map<Column, String> map = new LinkedHashMap<>();
    for (String option : options) {
      int eq = option.indexOf('=');
      if (eq <= 0 || eq == option.length() - 1) {
        throw new IllegalArgumentException(
            "--column '" + option + "': expected ROLE=HEADER, e.g. text=Journaltext");
      }
      Column role = Column.fromLabel(option.substring(0, eq));
      if (map.containsKey(role)) {
        // One column per role: text spread over several columns would be silently cut to one.
        throw new IllegalArgumentException("--column " + role.label() + " is given twice ('" + map.get(role) + "' and '"
            + option.substring(eq + 1) + "'); each role takes one column");
      }
      map.put(role, option.substring(eq + 1));
    }
    return new ColumnMapping(map.isEmpty() ? Map.of() : new EnumMap<>(map));
  }

  /**
   * Finds each role's position in a header row.
   *
   * @return the index per role; optional roles that are absent are missing from the map
   * @throws IllegalArgumentException naming the file, the missing role and the headers found
   */
  public Map<Column, Integer> resolve(String file, List<String> header) {
    Map<String, Integer> byKey = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byKey.putIfAbsent(Column.headerKey(header.get(i)), i);
    }
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    List<String> problems = new ArrayList<>();
    for (Column role : Column.values()) {
      String wanted = overrides.get(role);
      if (wanted != null) {
        Integer index = byKey.get(Column.headerKey(wanted));
        if (index == null) {
          problems.add("column '" + wanted + "' given for " + role.label() + " is not in the header");
        } else {
          found.put(role, index);
        }
        continue;
      }
      for (String candidate : role.defaultHeaders()) {
        Integer index = byKey.get(Column.headerKey(candidate));
        if (index != null) {
          found.put(role, index);
          break;
        }
      }
      if (!found.containsKey(role) && role.required()) {
        problems.add("no " + role.label() + " column (looked for " + String.join(", ", role.defaultHeaders())
            + "; map one with --column " + role.label() + "=HEADER)");
      }
    }
    if (!problems.isEmpty()) {
      throw new InputConfigurationException(file + ": " + String.join("; ", problems) + ". " + describeHeader(header));
    }
    return found;
  }

  /** True when {@link #resolve} would succeed on this header row. */
  public boolean resolves(List<String> header) {
    try {
      resolve("", header);
      return true;
    } catch (InputConfigurationException e) {
      return false;
    }
  }

  /**
   * The header cells for an error message, but only those that look like column names: if the file
   * has no header row, its first row is a note, and note text must never reach the console.
   */
  static String describeHeader(List<String> header) {
    List<String> shown = new ArrayList<>();
    int hidden = 0;
    for (String cell : header) {
      String c = cell.strip();
      // Column names are short: at most 30 characters and 3 words, no digits.
      if (c.length() <= 30 && c.split("\\s+").length <= 3 && !c.matches(".*\\d.*")) {
        shown.add(c);
      } else {
        hidden++;
      }
    }
    return "Header found (" + header.size() + " cells): " + String.join(" | ", shown)
        + (hidden > 0 ? " and " + hidden + " cell(s) that do not look like column names (is the header row missing?)" : "");
  }

  /** The user's overrides as ROLE=HEADER strings, for the manifest. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Column c : Column.values()) {
      if (overrides.containsKey(c)) {
        out.add(c.label() + "=" + overrides.get(c));
      }
    }
    return out;
  }
}
