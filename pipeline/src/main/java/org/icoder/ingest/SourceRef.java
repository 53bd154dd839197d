package org.icoder.ingest;

import java.util.Objects;

/**
 * Where a note came from: the input file and its position there, so every code and every reject
 * can be traced back. {@code unit} says how {@code position} counts: {@code row} for CSV and
 * Excel data rows (1 = first row after the header), {@code line} for text printouts.
 *
 * <pre>new SourceRef("export.csv", "row", 12).toString() → "export.csv row 12"</pre>
 */
public record SourceRef(String file, String unit, long position) {
  public SourceRef {
    Objects.requireNonNull(file, "file");
    if (!unit.equals("row") && !unit.equals("line")) {
      throw new IllegalArgumentException("unit must be row or line, was " + unit);
    }
    if (position < 1) {
      throw new IllegalArgumentException("position must be >= 1, was " + position);
    }
  }

  public static SourceRef row(String file, long row) {
    return new SourceRef(file, "row", row);
  }

  public static SourceRef line(String file, long line) {
    return new SourceRef(file, "line", line);
  }

  @Override
  public String toString() {
    return file + " " + unit + " " + position;
  }
}
