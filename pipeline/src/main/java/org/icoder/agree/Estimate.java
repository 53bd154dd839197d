package org.icoder.agree;

import java.util.Objects;

/**
 * A statistic's value, or the reason it cannot be computed from the data at hand. An agreement
 * report never shows NaN: a category nobody ever coded has no chance-corrected agreement, and the
 * report says so in words ({@code Estimate.notEstimable("both files code every unit the same")}).
 */
public record Estimate(double value, String reason) {
  public Estimate {
    if (reason == null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("an estimable value must be finite, was " + value);
    }
    if (reason != null && (reason.isBlank() || !Double.isNaN(value))) {
      throw new IllegalArgumentException("a not-estimable estimate has a reason and no value");
    }
  }

  public static Estimate of(double value) {
    return new Estimate(value, null);
  }

  public static Estimate notEstimable(String reason) {
    return new Estimate(Double.NaN, Objects.requireNonNull(reason, "reason"));
  }

  /** A ratio, not estimable (with {@code reason}) when the denominator is zero. */
  static Estimate ratio(double numerator, double denominator, String reason) {
    return denominator == 0 ? notEstimable(reason) : of(numerator / denominator);
  }

  public boolean estimable() {
    return reason == null;
  }
}
