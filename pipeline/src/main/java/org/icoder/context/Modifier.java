package org.icoder.context;

import java.util.Locale;

/**
 * What the context says about a mentioned intervention. Only {@link #NONE} counts: the manual does
 * not code negated or declined interventions, treatments from before the programme, plans never
 * documented as done, interventions by other providers, or the patient's report of using what an
 * earlier visit gave them.
 */
public enum Modifier {
  NONE,
  NEGATED,
  HISTORICAL,
  PLANNED,
  DECLINED,
  OTHER_PROVIDER,
  /**
   * The patient reports their own use of something delivered earlier ("använder TENS på kvällarna",
   * "TENS helpful at work"): this note documents the report, not a delivery. The note that lent or
   * taught it carries the category.
   */
  REPORTED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Modifier fromLabel(String label) {
    for (Modifier m : values()) {
      if (m.label().equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException("'" + label + "', expected one of none, negated, historical, planned, declined, other_provider, reported");
  }
}
