package org.icoder.agree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.icoder.lexicon.Category;

/**
 * A unit and category on which the first two files differ, with every file's value ({@code null}
 * where a file does not contain the unit).
 */
public record Disagreement(UnitKey unit, Category category, List<Boolean> values) {
  public Disagreement {
    if (values.size() < 2 || values.get(0) == null || values.get(1) == null || values.get(0).equals(values.get(1))) {
      throw new IllegalArgumentException("a disagreement needs differing values in the first two files: " + values);
    }
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }
}
