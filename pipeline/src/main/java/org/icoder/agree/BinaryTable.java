package org.icoder.agree;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The 2x2 table of one category coded by two files over the units both contain. The first file is
 * the reference: {@code tp} both say yes, {@code fn} the reference says yes and the second file no,
 * {@code fp} the reverse, {@code tn} both say no. In Byrt, Bishop &amp; Carlin's (1993) letters
 * a = tp, b = fn, c = fp, d = tn.
 *
 * <p>{@code new BinaryTable(20, 10, 5, 15)}: observed agreement 0.70, kappa 0.40, PABAK 0.40.
 */
public record BinaryTable(long tp, long fp, long fn, long tn) {
  public static final BinaryTable EMPTY = new BinaryTable(0, 0, 0, 0);

  public BinaryTable {
    if (tp < 0 || fp < 0 || fn < 0 || tn < 0) {
      throw new IllegalArgumentException("counts are never negative: " + tp + "," + fp + "," + fn + "," + tn);
    }
  }

  /** Adds one unit coded {@code reference} by the first file and {@code other} by the second. */
  public BinaryTable plus(boolean reference, boolean other) {
    return new BinaryTable(tp + (reference && other ? 1 : 0), fp + (!reference && other ? 1 : 0),
        fn + (reference && !other ? 1 : 0), tn + (!reference && !other ? 1 : 0));
  }

  public BinaryTable plus(BinaryTable t) {
    return new BinaryTable(tp + t.tp, fp + t.fp, fn + t.fn, tn + t.tn);
  }

  public long n() {
    return tp + fp + fn + tn;
  }

  /** Rows: the first file yes, no; columns: the second file yes, no. */
  public ContingencyTable contingency() {
    return new ContingencyTable(new long[][] {{tp, fn}, {fp, tn}});
  }

  public Estimate prevalence1() {
    return Estimate.ratio(tp + fn, n(), ContingencyTable.NO_UNITS);
  }

  public Estimate prevalence2() {
    return Estimate.ratio(tp + fp, n(), ContingencyTable.NO_UNITS);
  }

  /** Cicchetti &amp; Feinstein's positive specific agreement, 2a / (2a + b + c). */
  public Estimate positiveAgreement() {
    return Estimate.ratio(2.0 * tp, 2.0 * tp + fp + fn, "neither file codes any unit yes");
  }

  /** Negative specific agreement, 2d / (2d + b + c). */
  public Estimate negativeAgreement() {
    return Estimate.ratio(2.0 * tn, 2.0 * tn + fp + fn, "neither file codes any unit no");
  }

  /** Byrt et al.: PABAK = 2 po - 1, kappa with the prevalence and bias of the two files removed. */
  public Estimate pabak() {
    Estimate po = contingency().observedAgreement();
    return po.estimable() ? Estimate.of(2 * po.value() - 1) : po;
  }

  /** Byrt et al.'s PI = (a - d) / n, signed: positive when agreed yeses outnumber agreed noes. */
  public Estimate prevalenceIndex() {
    return Estimate.ratio(tp - tn, n(), ContingencyTable.NO_UNITS);
  }

  /** Byrt et al.'s BI = (b - c) / n, signed: positive when the first file says yes more often. */
  public Estimate biasIndex() {
    return Estimate.ratio(fn - fp, n(), ContingencyTable.NO_UNITS);
  }

  /**
   * McNemar's test of equal marginal proportions, exact: two-sided binomial test of the discordant
   * pairs b and c against p = 1/2, p = min(1, 2 P(X &lt;= min(b, c))). With no discordant pair there
   * is no evidence of a difference, p = 1.
   */
  public Estimate mcnemarP() {
    if (n() == 0) {
      return Estimate.notEstimable(ContingencyTable.NO_UNITS);
    }
    long discordant = fp + fn;
    if (discordant == 0) {
      return Estimate.of(1.0);
    }
    if (discordant > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("too many discordant pairs for the exact test: " + discordant);
    }
    // No random draws are made; the generator argument only avoids allocating a default one.
    BinomialDistribution b = new BinomialDistribution(null, (int) discordant, 0.5);
    return Estimate.of(Math.min(1.0, 2 * b.cumulativeProbability((int) Math.min(fp, fn))));
  }

  public Estimate sensitivity() {
    return Estimate.ratio(tp, tp + fn, "the reference (first file) codes no unit yes");
  }

  public Estimate specificity() {
    return Estimate.ratio(tn, tn + fp, "the reference (first file) codes no unit no");
  }

  public Estimate ppv() {
    return Estimate.ratio(tp, tp + fp, "the second file codes no unit yes");
  }

  public Estimate npv() {
    return Estimate.ratio(tn, tn + fn, "the second file codes no unit no");
  }

  /** F1 = 2 tp / (2 tp + fp + fn); numerically the same as the positive specific agreement. */
  public Estimate f1() {
    return Estimate.ratio(2.0 * tp, 2.0 * tp + fp + fn, "neither file codes any unit yes");
  }
}
