package org.icoder.agree;

/**
 * Krippendorff's alpha for nominal data with missing values (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"), from the number of coders who gave each unit each value.
 * A unit coded by fewer than two coders is not pairable and drops out, exactly as in the paper;
 * coders who skipped a unit simply do not count in it.
 *
 * <p>alpha = 1 - D_o / D_e, D_o = the off-diagonal sum of the coincidence matrix, D_e = the sum over
 * value pairs c != k of n_c n_k / (n - 1).
 */
public final class KrippendorffAlpha {
  private KrippendorffAlpha() {}

  public static Estimate nominal(long[][] unitValueCounts) {
    if (unitValueCounts.length == 0) {
      return Estimate.notEstimable("no unit is coded by two or more files");
    }
    int k = unitValueCounts[0].length;
    double[][] coincidences = new double[k][k];
    for (long[] unit : unitValueCounts) {
      if (unit.length != k) {
        throw new IllegalArgumentException("every unit needs counts for " + k + " values, had " + unit.length);
      }
      long m = 0;
      for (long v : unit) {
        m += v;
      }
      if (m < 2) {
        continue;
      }
      for (int c = 0; c < k; c++) {
        for (int d = 0; d < k; d++) {
          long pairs = c == d ? unit[c] * (unit[c] - 1) : unit[c] * unit[d];
          coincidences[c][d] += pairs / (double) (m - 1);
        }
      }
    }
    double[] valueTotals = new double[k];
    double n = 0;
    double observed = 0;
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < k; d++) {
        valueTotals[c] += coincidences[c][d];
        n += coincidences[c][d];
        if (c != d) {
          observed += coincidences[c][d];
        }
      }
    }
    if (n < 2) {
      return Estimate.notEstimable("no unit is coded by two or more files");
    }
    double expected = 0;
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < k; d++) {
        if (c != d) {
          expected += valueTotals[c] * valueTotals[d];
        }
      }
    }
    expected /= n - 1;
    if (expected <= 1e-12) {
      return Estimate.notEstimable("expected disagreement is 0: all files code every unit the same way");
    }
    return Estimate.of(1 - observed / expected);
  }
}
