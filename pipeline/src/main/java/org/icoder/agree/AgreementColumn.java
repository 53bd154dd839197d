package org.icoder.agree;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of {@code agreement.csv}, in order, with what each means in one plain sentence (the
 * spreadsheet's legend and the HTML report use the same words). The names are a stable interface:
 * scripts read them.
 */
public enum AgreementColumn {
  CATEGORY("category", Kind.TEXT, Group.ALWAYS,
      "The category column (c01_education ... home_exercise), or pooled: all eleven 2x2 tables added together."),
  N("n", Kind.COUNT, Group.ALWAYS, "Units (notes or patients) coded in both the first and the second file."),
  PREVALENCE_1("prevalence_1", Kind.PROPORTION, Group.ALWAYS,
      "Share of those units the first file codes 1 (yes)."),
  PREVALENCE_2("prevalence_2", Kind.PROPORTION, Group.ALWAYS,
      "Share of those units the second file codes 1 (yes)."),
  OBSERVED_AGREEMENT("observed_agreement", Kind.PROPORTION, Group.ALWAYS,
      "Share of units on which the two files give the same code."),
  POSITIVE_AGREEMENT("positive_agreement", Kind.PROPORTION, Group.ALWAYS,
      "Of the yes codes the files gave, the share the other file also gave: 2a / (2a + b + c)."),
  NEGATIVE_AGREEMENT("negative_agreement", Kind.PROPORTION, Group.ALWAYS,
      "The same for the no codes: 2d / (2d + b + c)."),
  KAPPA("kappa", Kind.PROPORTION, Group.ALWAYS,
      "Cohen's kappa: agreement beyond what two coders with these yes-rates would reach by chance (1 perfect, 0 chance level)."),
  KAPPA_SE("kappa_se", Kind.PROPORTION, Group.ALWAYS,
      "Standard error of kappa (Fleiss, Cohen & Everitt 1969, not assuming kappa = 0)."),
  KAPPA_CI_LOW("kappa_ci_low", Kind.PROPORTION, Group.ALWAYS, "Lower end of the 95% confidence interval, kappa - 1.96 SE."),
  KAPPA_CI_HIGH("kappa_ci_high", Kind.PROPORTION, Group.ALWAYS, "Upper end of the 95% confidence interval, kappa + 1.96 SE."),
  PABAK("pabak", Kind.PROPORTION, Group.ALWAYS,
      "Prevalence- and bias-adjusted kappa, 2 x observed agreement - 1: kappa as if yes and no were equally common and both files "
          + "said yes equally often (Byrt, Bishop & Carlin 1993)."),
  PREVALENCE_INDEX("prevalence_index", Kind.PROPORTION, Group.ALWAYS,
      "(a - d) / n: how lopsided the category is; far from 0 (a rare or near-universal category) pulls kappa down."),
  BIAS_INDEX("bias_index", Kind.PROPORTION, Group.ALWAYS,
      "(b - c) / n: positive when the first file says yes more often than the second, negative when less."),
  AC1("ac1", Kind.PROPORTION, Group.ALWAYS,
      "Gwet's AC1: a chance-corrected agreement that stays stable when a category is rare (Gwet 2008)."),
  AC1_SE("ac1_se", Kind.PROPORTION, Group.ALWAYS, "Standard error of AC1 (Gwet 2008)."),
  MCNEMAR_P("mcnemar_p", Kind.P_VALUE, Group.ALWAYS,
      "McNemar's exact test (two-sided binomial on the b and c disagreements): a small p means one file says yes "
          + "systematically more often than the other."),
  SENSITIVITY("sensitivity", Kind.PROPORTION, Group.ALWAYS,
      "With the first file as the reference: share of its yes units the second file also codes yes, tp / (tp + fn)."),
  SPECIFICITY("specificity", Kind.PROPORTION, Group.ALWAYS,
      "Share of the reference's no units the second file also codes no, tn / (tn + fp)."),
  PPV("ppv", Kind.PROPORTION, Group.ALWAYS, "Share of the second file's yes codes the reference agrees with, tp / (tp + fp)."),
  NPV("npv", Kind.PROPORTION, Group.ALWAYS, "Share of the second file's no codes the reference agrees with, tn / (tn + fn)."),
  F1("f1", Kind.PROPORTION, Group.ALWAYS, "Harmonic mean of sensitivity and PPV, 2tp / (2tp + fp + fn)."),
  TP("tp", Kind.COUNT, Group.ALWAYS, "Units both files code yes (a)."),
  FP("fp", Kind.COUNT, Group.ALWAYS, "Units the second file codes yes and the reference no (c)."),
  FN("fn", Kind.COUNT, Group.ALWAYS, "Units the reference codes yes and the second file no (b)."),
  TN("tn", Kind.COUNT, Group.ALWAYS, "Units both files code no (d)."),
  FLEISS_KAPPA("fleiss_kappa", Kind.PROPORTION, Group.THREE_OR_MORE_FILES,
      "Fleiss' kappa over all files, on the units every file codes (Fleiss 1971)."),
  KRIPPENDORFF_ALPHA("krippendorff_alpha", Kind.PROPORTION, Group.THREE_OR_MORE_FILES,
      "Krippendorff's alpha (nominal) over all files; a unit missing from some files counts with the files that code it "
          + "(Krippendorff 2011)."),
  KAPPA_BOOT_LOW("kappa_boot_low", Kind.PROPORTION, Group.BOOTSTRAP,
      "Lower end of the 95% bootstrap percentile interval of kappa, resampling patients."),
  KAPPA_BOOT_HIGH("kappa_boot_high", Kind.PROPORTION, Group.BOOTSTRAP, "Upper end of that interval."),
  AC1_BOOT_LOW("ac1_boot_low", Kind.PROPORTION, Group.BOOTSTRAP,
      "Lower end of the 95% bootstrap percentile interval of AC1, resampling patients."),
  AC1_BOOT_HIGH("ac1_boot_high", Kind.PROPORTION, Group.BOOTSTRAP, "Upper end of that interval."),
  NOTES("notes", Kind.TEXT, Group.ALWAYS,
      "Why a cell is empty: which measures are not estimable for this row and the reason.");

  /** How a column's values are written. */
  public enum Kind { TEXT, COUNT, PROPORTION, P_VALUE }

  enum Group { ALWAYS, THREE_OR_MORE_FILES, BOOTSTRAP }

  private final String column;
  private final Kind kind;
  private final Group group;
  private final String meaning;

  AgreementColumn(String column, Kind kind, Group group, String meaning) {
    this.column = column;
    this.kind = kind;
    this.group = group;
    this.meaning = meaning;
  }

  public String column() {
    return column;
  }

  public Kind kind() {
    return kind;
  }

  public String meaning() {
    return meaning;
  }

  /** The columns of a report over {@code files} inputs, with or without bootstrap intervals. */
  public static List<AgreementColumn> forReport(int files, boolean bootstrap) {
    List<AgreementColumn> columns = new ArrayList<>();
    for (AgreementColumn c : values()) {
      if (c.group == Group.ALWAYS || (c.group == Group.THREE_OR_MORE_FILES && files >= 3)
          || (c.group == Group.BOOTSTRAP && bootstrap)) {
        columns.add(c);
      }
    }
    return List.copyOf(columns);
  }
}
