package org.icoder.agree;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of the agreement table: a category (or {@code pooled}), its 2x2 table between the first
 * two files, every measure as an {@link Estimate}, and the notes explaining empty cells.
 */
public record AgreementRow(String category, BinaryTable table, Map<AgreementColumn, Estimate> values, String notes) {
  public AgreementRow {
    if (category == null || category.isEmpty() || table == null || values == null || notes == null) {
      throw new IllegalArgumentException("a row needs a category, a table, values and notes (may be empty)");
    }
    if (values.containsKey(AgreementColumn.CATEGORY) || values.containsKey(AgreementColumn.NOTES)) {
      throw new IllegalArgumentException("category and notes are text, not estimates");
    }
    values = Collections.unmodifiableMap(new EnumMap<>(values));
  }

  public Estimate get(AgreementColumn column) {
    Estimate e = values.get(column);
    if (e == null) {
      throw new IllegalArgumentException("row " + category + " has no column " + column.column());
    }
    return e;
  }
}
