package org.icoder.agree;

/**
 * Fleiss' (1971) kappa for m raters per unit and k categories, from the number of raters who put
 * each unit in each category. Every unit must have the same number of ratings; the agreement report
 * uses the units that every file contains.
 *
 * <p>{@code FleissKappa.of(new long[][] {{2, 0}, {0, 2}, {1, 1}})} is 1/3 (po = 2/3, pe = 1/2).
 */
public final class FleissKappa {
  private FleissKappa() {}

  public static Estimate of(long[][] unitCategoryCounts) {
    int units = unitCategoryCounts.length;
    if (units == 0) {
      return Estimate.notEstimable("no unit is coded in every file");
    }
    int k = unitCategoryCounts[0].length;
    long m = sum(unitCategoryCounts[0]);
    if (m < 2) {
      throw new IllegalArgumentException("Fleiss' kappa needs at least 2 ratings per unit, had " + m);
    }
    double[] categoryTotals = new double[k];
    double agreementSum = 0;
    for (long[] unit : unitCategoryCounts) {
      if (unit.length != k || sum(unit) != m) {
        throw new IllegalArgumentException("Fleiss' kappa needs " + m + " ratings in " + k + " categories for every unit");
      }
      long pairs = 0;
      for (int j = 0; j < k; j++) {
        pairs += unit[j] * (unit[j] - 1);
        categoryTotals[j] += unit[j];
      }
      agreementSum += pairs / (double) (m * (m - 1));
    }
    double pBar = agreementSum / units;
    double pe = 0;
    for (double total : categoryTotals) {
      double p = total / (units * (double) m);
      pe += p * p;
    }
    if (pe >= 1 - 1e-12) {
      return Estimate.notEstimable(ContingencyTable.NO_VARIATION.replace("both files", "all files"));
    }
    return Estimate.of((pBar - pe) / (1 - pe));
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      if (v < 0) {
        throw new IllegalArgumentException("counts are never negative, found " + v);
      }
      s += v;
    }
    return s;
  }
}
