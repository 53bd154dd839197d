package org.icoder.agree;

import java.util.Arrays;

/**
 * Two raters' joint classification of the same units into q categories: {@code count(i, j)} units
 * were put in category i by the first rater and j by the second. The binary agreement report uses
 * q = 2, but Cohen's kappa, its standard error and Gwet's AC1 are defined (and tested against
 * published values) for any q.
 *
 * <p>{@code new ContingencyTable(new long[][] {{20, 5}, {10, 15}}).cohensKappa()} is 0.4.
 */
public record ContingencyTable(long[][] counts) {
  static final String NO_UNITS = "no unit is coded in both files";
  static final String NO_VARIATION = "chance agreement is 1 (both files code every unit the same way)";

  public ContingencyTable {
    int q = counts.length;
    if (q < 2) {
      throw new IllegalArgumentException("a contingency table needs at least 2 categories, had " + q);
    }
    long[][] copy = new long[q][];
    for (int i = 0; i < q; i++) {
      if (counts[i].length != q) {
        throw new IllegalArgumentException("a contingency table is square, row " + i + " has " + counts[i].length
            + " cells for " + q + " categories");
      }
      for (long c : counts[i]) {
        if (c < 0) {
          throw new IllegalArgumentException("counts are never negative, found " + c);
        }
      }
      copy[i] = counts[i].clone();
    }
    counts = copy;
  }

  @Override
  public long[][] counts() {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  public int categories() {
    return counts.length;
  }

  public long n() {
    return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
  }

  private double[] rowMargins() {
    double n = n();
    double[] r = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      r[i] = Arrays.stream(counts[i]).sum() / n;
    }
    return r;
  }

  private double[] columnMargins() {
    double n = n();
    double[] c = new double[counts.length];
    for (long[] row : counts) {
      for (int j = 0; j < row.length; j++) {
        c[j] += row[j] / n;
      }
    }
    return c;
  }

  public Estimate observedAgreement() {
    long agree = 0;
    for (int i = 0; i < counts.length; i++) {
      agree += counts[i][i];
    }
    return Estimate.ratio(agree, n(), NO_UNITS);
  }

  /** Cohen's chance agreement: the product of the two raters' own margins, summed. */
  private double cohenChance() {
    double[] r = rowMargins();
    double[] c = columnMargins();
    double pe = 0;
    for (int i = 0; i < r.length; i++) {
      pe += r[i] * c[i];
    }
    return pe;
  }

  /** Cohen (1960): (po - pe) / (1 - pe). */
  public Estimate cohensKappa() {
    if (n() == 0) {
      return Estimate.notEstimable(NO_UNITS);
    }
    double pe = cohenChance();
    if (pe >= 1 - 1e-12) {
      return Estimate.notEstimable(NO_VARIATION);
    }
    return Estimate.of((observedAgreement().value() - pe) / (1 - pe));
  }

  /**
   * The large-sample standard error of kappa when kappa is not assumed to be 0 (Fleiss, Cohen &amp;
   * Everitt 1969; the form in Gwet's handbook, which irrCAC's kappa2.table uses): the one to build a confidence
   * interval with. The null-hypothesis standard error would understate the uncertainty of a kappa
   * far from 0.
   */
  public Estimate cohensKappaSe() {
    Estimate kappa = cohensKappa();
    if (!kappa.estimable()) {
      return kappa;
    }
    double n = n();
    double k = kappa.value();
    double po = observedAgreement().value();
    double pe = cohenChance();
    double[] r = rowMargins();
    double[] c = columnMargins();
    double sum = 0;
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts.length; j++) {
        double agreeWeight = i == j ? 1 : 0;
        double term = agreeWeight - (1 - k) * (c[i] + r[j]);
        sum += counts[i][j] / n * term * term;
      }
    }
    double variance = (sum - Math.pow(po - 2 * (1 - k) * pe, 2)) / (n * (1 - pe) * (1 - pe));
    // Rounding can leave -1e-17 where the variance is 0 (perfect agreement).
    return Estimate.of(Math.sqrt(Math.max(0, variance)));
  }

  /** Gwet's chance agreement: pe = sum of pi_k (1 - pi_k) / (q - 1), pi_k the mean of both margins. */
  private double[] meanMargins() {
    double[] r = rowMargins();
    double[] c = columnMargins();
    double[] pi = new double[r.length];
    for (int i = 0; i < r.length; i++) {
      pi[i] = (r[i] + c[i]) / 2;
    }
    return pi;
  }

  private double gwetChance() {
    double pe = 0;
    for (double p : meanMargins()) {
      pe += p * (1 - p);
    }
    return pe / (counts.length - 1);
  }

  /** Gwet (2008) AC1: (pa - pe) / (1 - pe) with Gwet's chance agreement, which is at most 1 - 1/q. */
  public Estimate gwetAc1() {
    if (n() == 0) {
      return Estimate.notEstimable(NO_UNITS);
    }
    double pe = gwetChance();
    return Estimate.of((observedAgreement().value() - pe) / (1 - pe));
  }

  /** Gwet's (2008) variance of AC1 for two raters, without finite-population correction (f = 0). */
  public Estimate gwetAc1Se() {
    Estimate ac1 = gwetAc1();
    if (!ac1.estimable()) {
      return ac1;
    }
    double n = n();
    int q = counts.length;
    double a = ac1.value();
    double pa = observedAgreement().value();
    double pe = gwetChance();
    double[] pi = meanMargins();
    double sum = 0;
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        double agreeWeight = k == l ? 1 : 0;
        double term = agreeWeight - 2 * (1 - a) * (1 - (pi[k] + pi[l]) / 2) / (q - 1);
        sum += counts[k][l] / n * term * term;
      }
    }
    double variance = (sum - Math.pow(pa - 2 * (1 - a) * pe, 2)) / (n * (1 - pe) * (1 - pe));
    return Estimate.of(Math.sqrt(Math.max(0, variance)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContingencyTable t && Arrays.deepEquals(counts, t.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "ContingencyTable" + Arrays.deepToString(counts);
  }
}
