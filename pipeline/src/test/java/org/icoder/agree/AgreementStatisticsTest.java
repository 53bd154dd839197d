package org.icoder.agree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The agreement statistics against published values, and their edge cases. */
class AgreementStatisticsTest {
  static final double FOUR_DECIMALS = 0.00005;

  /**
   * Fleiss (1971), Table 1: psychiatric diagnoses of 30 patients by 6 raters each, in 5 categories
   * (depression, personality disorder, schizophrenia, neurosis, other); the same data as R irr's
   * {@code diagnoses}. Fleiss reports kappa = .430; irr's kappam.fleiss gives 0.43; the four
   * decimals 0.4302 follow from the paper's P-bar = .556 and P-e = .220 (exactly 5/9 and
   * 0.219938..., kappa 0.430245).
   */
  static final long[][] FLEISS_1971 = {
      {0, 0, 0, 6, 0}, {0, 3, 0, 0, 3}, {0, 1, 4, 0, 1}, {0, 0, 0, 0, 6}, {0, 3, 0, 3, 0},
      {2, 0, 4, 0, 0}, {0, 0, 4, 0, 2}, {2, 0, 3, 1, 0}, {2, 0, 0, 4, 0}, {0, 0, 0, 0, 6},
      {1, 0, 0, 5, 0}, {1, 1, 0, 4, 0}, {0, 3, 3, 0, 0}, {1, 0, 0, 5, 0}, {0, 2, 0, 3, 1},
      {0, 0, 5, 0, 1}, {3, 0, 0, 1, 2}, {5, 1, 0, 0, 0}, {0, 2, 0, 4, 0}, {1, 0, 2, 0, 3},
      {0, 0, 0, 0, 6}, {0, 1, 0, 5, 0}, {0, 2, 0, 1, 3}, {2, 0, 0, 4, 0}, {1, 0, 0, 4, 1},
      {0, 5, 0, 1, 0}, {4, 0, 0, 0, 2}, {0, 2, 0, 4, 0}, {1, 0, 5, 0, 0}, {0, 0, 0, 0, 6}};

  @Test
  void fleissKappaReproducesFleiss1971PsychiatricDiagnoses() {
    assertEquals(0.4302, FleissKappa.of(FLEISS_1971).value(), FOUR_DECIMALS);
  }

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the worked example: 4
   * observers, 12 units, values 1-5, missing values (unit 12 has a single value and is not
   * pairable). The paper gives nominal alpha = 0.743; from its coincidence matrix (n = 40),
   * alpha = 1 - (n - 1) * 8 / 1216 = 1 - 39 * 8 / 1216 = 0.743421 (8 = off-diagonal coincidences,
   * 1216 = the sum of n_c n_k over value pairs c != k; checked by a separate computation).
   */
  @Test
  void krippendorffAlphaReproducesKrippendorff2011WorkedExample() {
    Integer[][] coders = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
        {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};
    long[][] units = new long[12][5];
    for (Integer[] coder : coders) {
      for (int u = 0; u < 12; u++) {
        if (coder[u] != null) {
          units[u][coder[u] - 1]++;
        }
      }
    }
    assertEquals(0.743, KrippendorffAlpha.nominal(units).value(), 0.0005);
    assertEquals(0.7434, KrippendorffAlpha.nominal(units).value(), FOUR_DECIMALS);
  }

  /**
   * Gwet, Handbook of Inter-Rater Reliability (4th ed., 2014): two abstractors classifying 100
   * pregnancies as ectopic, AIU or NIU. Published by Gwet's irrCAC package (README, dataset
   * cont3x3abstractors): Cohen's kappa 0.7964094 (SE 0.05891072), Gwet's AC1 0.8493305 (SE
   * 0.04321747). Cohen's SE there is the non-null Fleiss-Cohen-Everitt form used here.
   */
  @Test
  void kappaAc1AndTheirStandardErrorsReproduceGwetsAbstractorsTable() {
    ContingencyTable t = new ContingencyTable(new long[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
    assertEquals(0.7964, t.cohensKappa().value(), FOUR_DECIMALS);
    assertEquals(0.0589, t.cohensKappaSe().value(), FOUR_DECIMALS);
    assertEquals(0.8493, t.gwetAc1().value(), FOUR_DECIMALS);
    assertEquals(0.0432, t.gwetAc1Se().value(), FOUR_DECIMALS);
    assertEquals(0.05891072, t.cohensKappaSe().value(), 5e-9);
    assertEquals(0.04321747, t.gwetAc1Se().value(), 5e-9);
  }

  /**
   * The 2x2 example of Wikipedia's "Cohen's kappa" article (50 grant proposals, yes/yes 20, yes/no
   * 5, no/yes 10, no/no 15): po = 0.70, pe = 0.50, kappa = 0.40 as published. Computed by hand
   * from the formulas (not published values): PABAK = 2(0.70) - 1 = 0.40; PI = (20 - 15)/50 = 0.10;
   * BI = (5 - 10)/50 = -0.10; Byrt's identity kappa = (PABAK - PI^2 + BI^2)/(1 - PI^2 + BI^2) = 0.40
   * holds. Gwet: pi_yes = (25/50 + 30/50)/2 = 0.55, pe = 2(0.55)(0.45) = 0.495, AC1 = 0.205/0.505 =
   * 0.4059. Positive agreement 40/55 = 0.7273, negative 30/45 = 0.6667. McNemar exact, b = 5, c = 10:
   * 2 P(Bin(15, 1/2) &lt;= 5) = 2 * 4944/32768 = 0.30176.
   */
  @Test
  void twoByTwoMeasuresMatchTheHandComputation() {
    // rows = first file (reference): yes/yes 20, yes/no 5 (fn), no/yes 10 (fp), no/no 15
    BinaryTable t = new BinaryTable(20, 10, 5, 15);
    assertEquals(0.40, t.contingency().cohensKappa().value(), 1e-12);
    assertEquals(0.40, t.pabak().value(), 1e-12);
    assertEquals(0.10, t.prevalenceIndex().value(), 1e-12);
    assertEquals(-0.10, t.biasIndex().value(), 1e-12);
    assertEquals(0.4059, t.contingency().gwetAc1().value(), FOUR_DECIMALS);
    assertEquals(0.7273, t.positiveAgreement().value(), FOUR_DECIMALS);
    assertEquals(0.6667, t.negativeAgreement().value(), FOUR_DECIMALS);
    assertEquals(2 * 4944 / 32768.0, t.mcnemarP().value(), 1e-12);
    assertEquals(20 / 25.0, t.sensitivity().value(), 1e-12);
    assertEquals(15 / 25.0, t.specificity().value(), 1e-12);
    assertEquals(20 / 30.0, t.ppv().value(), 1e-12);
    assertEquals(15 / 20.0, t.npv().value(), 1e-12);
    assertEquals(t.positiveAgreement().value(), t.f1().value(), 1e-12);
    double pi = t.prevalenceIndex().value();
    double bi = t.biasIndex().value();
    assertEquals(t.contingency().cohensKappa().value(),
        (t.pabak().value() - pi * pi + bi * bi) / (1 - pi * pi + bi * bi), 1e-12);
  }

  @Test
  void allZerosMakeKappaNotEstimableButNotAc1() {
    BinaryTable t = new BinaryTable(0, 0, 0, 12);
    assertFalse(t.contingency().cohensKappa().estimable());
    assertFalse(t.contingency().cohensKappaSe().estimable());
    assertTrue(t.contingency().cohensKappa().reason().contains("chance agreement is 1"));
    assertEquals(1.0, t.contingency().gwetAc1().value(), 1e-12);
    assertEquals(0.0, t.contingency().gwetAc1Se().value(), 1e-12);
    assertEquals(1.0, t.pabak().value(), 1e-12);
    assertFalse(t.positiveAgreement().estimable());
    assertFalse(t.sensitivity().estimable());
    assertEquals(1.0, t.mcnemarP().value(), 1e-12);
    assertFalse(FleissKappa.of(new long[][] {{0, 3}, {0, 3}}).estimable());
    assertFalse(KrippendorffAlpha.nominal(new long[][] {{0, 3}, {0, 2}}).estimable());
  }

  @Test
  void allOnesMakeKappaNotEstimableAndSpecificityUndefined() {
    BinaryTable t = new BinaryTable(9, 0, 0, 0);
    assertFalse(t.contingency().cohensKappa().estimable());
    assertEquals(1.0, t.positiveAgreement().value(), 1e-12);
    assertFalse(t.negativeAgreement().estimable());
    assertFalse(t.specificity().estimable());
    assertEquals(1.0, t.sensitivity().value(), 1e-12);
  }

  @Test
  void perfectAgreementWithVariationGivesKappaOneWithZeroStandardError() {
    ContingencyTable t = new BinaryTable(4, 0, 0, 6).contingency();
    assertEquals(1.0, t.cohensKappa().value(), 1e-12);
    assertEquals(0.0, t.cohensKappaSe().value(), 1e-12);
    assertEquals(1.0, t.gwetAc1().value(), 1e-12);
    assertEquals(1.0, FleissKappa.of(new long[][] {{3, 0}, {0, 3}, {3, 0}}).value(), 1e-12);
    assertEquals(1.0, KrippendorffAlpha.nominal(new long[][] {{3, 0}, {0, 2}, {2, 0}}).value(), 1e-12);
  }

  @Test
  void anEmptyTableIsNotEstimableAnywhere() {
    BinaryTable t = BinaryTable.EMPTY;
    assertFalse(t.contingency().cohensKappa().estimable());
    assertFalse(t.contingency().gwetAc1().estimable());
    assertFalse(t.pabak().estimable());
    assertFalse(t.mcnemarP().estimable());
    assertFalse(FleissKappa.of(new long[0][]).estimable());
  }

  @Test
  void krippendorffIgnoresAUnitOnlyOneFileCoded() {
    long[][] withLoner = {{2, 0}, {0, 2}, {1, 1}, {1, 0}};
    long[][] without = {{2, 0}, {0, 2}, {1, 1}};
    assertEquals(KrippendorffAlpha.nominal(without).value(), KrippendorffAlpha.nominal(withLoner).value(), 1e-15);
  }
}
