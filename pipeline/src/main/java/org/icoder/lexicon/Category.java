package org.icoder.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The ten intervention categories of the coding manual plus the extra {@code home_exercise} flag.
 * {@link #column()} is the stable output column name and the value used in lexicon files.
 */
public enum Category {
  C01_EDUCATION("c01_education", "Education"),
  C02_SENSORIMOTOR("c02_sensorimotor", "Sensorimotor training"),
  C03_PA_ADVICE("c03_pa_advice", "Physical activity advice"),
  C04_STRUCTURES_FUNCTIONS("c04_structures_functions", "Structures and functions"),
  C05_SENSORY_STIMULATION("c05_sensory_stimulation", "Sensory stimulation"),
  C06_PA_WITH_PHYSIO("c06_pa_with_physio", "Physical activity with the physiotherapist"),
  C07_WEIGHT_TRAINING("c07_weight_training", "Weight training"),
  C08_RELAXATION_MINDFULNESS("c08_relaxation_mindfulness", "Relaxation, mindfulness"),
  C09_ACT("c09_act", "ACT-inspired approach"),
  C10_BODY_AWARENESS_ACTIVITIES("c10_body_awareness_activities", "Body awareness, specified activities"),
  HOME_EXERCISE("home_exercise", "Home exercise (extra flag)");

  private final String column;
  private final String title;

  Category(String column, String title) {
    this.column = column;
    this.title = title;
  }

  public String column() {
    return column;
  }

  public String title() {
    return title;
  }

  /** The column names in output order. */
  public static List<String> columns() {
    return Arrays.stream(values()).map(Category::column).collect(Collectors.toList());
  }

  public static Category fromColumn(String column) {
    for (Category c : values()) {
      if (c.column.equals(column)) {
        return c;
      }
    }
    throw new IllegalArgumentException("'" + column + "', expected one of " + String.join(", ", columns()));
  }
}
