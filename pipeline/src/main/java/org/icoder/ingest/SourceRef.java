package org.icoder.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a note came from: the input file and its position there, so every code and every reject
 * can be traced back.
 *
 * <pre>SourceRef.row("export.csv", 12).toString() → "export.csv row 12"</pre>
 */
public record SourceRef(String file, Unit unit, long position) {
  /** How {@code position} counts; the lower-case name is rejects.csv's {@code unit}. */
  public enum Unit {
    /** CSV data row (1 = first after the header) or the Excel sheet's row number. */
    ROW,
    /** Line of a text or Word printout. */
    LINE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SourceRef {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(unit, "unit");
    if (position < 1) {
      throw new IllegalArgumentException("position must be >= 1, was " + position);
    }
  }

  public static SourceRef row(String file, long row) {
    return new SourceRef(file, Unit.ROW, row);
  }

  public static SourceRef line(String file, long line) {
    return new SourceRef(file, Unit.LINE, line);
  }

  @Override
  public String toString() {
    return file + " " + unit.label() + " " + position;
  }
}
