package org.icoder.agree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.icoder.ingest.InputConfigurationException;
import org.icoder.lexicon.Category;

/**
 * Compares two or more coding files unit by unit. Units are matched by patient id (and note id at
 * note level); a unit missing from a file is missing, never a 0: pairwise measures use the units
 * the first two files both contain, Fleiss' kappa the units every file contains, Krippendorff's
 * alpha every unit at least two files contain.
 *
 * <p>Two files where P1 has c01 = 1 in both and P2 c01 = 1 only in the first give, for c01, n = 2,
 * tp = 1, fn = 1, observed agreement 0.5.
 */
public final class AgreementAnalysis {
  private static final int CATEGORIES = Category.values().length;
  /** The normal quantile for a two-sided 95% interval, 1.959964 (what "1.96" abbreviates). */
  static final double Z_95 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

  private AgreementAnalysis() {}

  /** The level used when none is asked for: notes when every file has notes, else patients. */
  public static Level defaultLevel(List<CodingFile> files) {
    return files.stream().allMatch(f -> f.layout() == Level.NOTE) ? Level.NOTE : Level.PATIENT;
  }

  public static AgreementReport analyse(List<CodingFile> files, Level level, int bootstrapReplicates, long seed) {
    if (files.size() < 2) {
      throw new IllegalArgumentException("agreement needs at least two files, had " + files.size());
    }
    List<CodingFile> atLevel = new ArrayList<>();
    for (CodingFile f : files) {
      if (level == Level.NOTE && f.layout() == Level.PATIENT) {
        throw new InputConfigurationException(f.path() + ": is a patient-level file (the patient_flags.csv layout, no "
            + "note_id column); --level note needs note-level files like note_codes.csv, or use --level patient");
      }
      atLevel.add(level == Level.PATIENT ? f.atPatientLevel() : f);
    }
    // Units in order of first appearance: the first file's order, then units only later files have.
    LinkedHashSet<UnitKey> order = new LinkedHashSet<>();
    atLevel.forEach(f -> order.addAll(f.units().keySet()));
    List<UnitKey> units = new ArrayList<>(order);
    boolean[][][] codes = new boolean[units.size()][atLevel.size()][];
    for (int u = 0; u < units.size(); u++) {
      for (int f = 0; f < atLevel.size(); f++) {
        codes[u][f] = atLevel.get(f).units().get(units.get(u));
      }
    }

    List<AgreementColumn> columns = AgreementColumn.forReport(files.size(), bootstrapReplicates > 0);
    Bootstrap boot = bootstrapReplicates > 0 ? new Bootstrap(units, codes, bootstrapReplicates, seed) : null;
    List<AgreementRow> rows = new ArrayList<>();
    BinaryTable pooledTable = BinaryTable.EMPTY;
    List<long[]> pooledComplete = new ArrayList<>();
    List<long[]> pooledAll = new ArrayList<>();
    for (Category c : Category.values()) {
      BinaryTable t = BinaryTable.EMPTY;
      List<long[]> complete = new ArrayList<>();
      List<long[]> all = new ArrayList<>();
      for (boolean[][] unit : codes) {
        if (unit[0] != null && unit[1] != null) {
          t = t.plus(unit[0][c.ordinal()], unit[1][c.ordinal()]);
        }
        long[] counts = new long[2];
        int present = 0;
        for (boolean[] file : unit) {
          if (file != null) {
            counts[file[c.ordinal()] ? 1 : 0]++;
            present++;
          }
        }
        all.add(counts);
        if (present == unit.length) {
          complete.add(counts);
        }
      }
      pooledTable = pooledTable.plus(t);
      pooledComplete.addAll(complete);
      pooledAll.addAll(all);
      rows.add(row(c.column(), t, columns, complete, all, boot == null ? null : boot.interval(c.ordinal())));
    }
    rows.add(row("pooled", pooledTable, columns, pooledComplete, pooledAll, boot == null ? null : boot.interval(CATEGORIES)));

    List<Disagreement> disagreements = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      boolean[][] unit = codes[u];
      if (unit[0] == null || unit[1] == null) {
        continue;
      }
      for (Category c : Category.values()) {
        if (unit[0][c.ordinal()] != unit[1][c.ordinal()]) {
          List<Boolean> values = new ArrayList<>();
          for (boolean[] file : unit) {
            values.add(file == null ? null : file[c.ordinal()]);
          }
          disagreements.add(new Disagreement(units.get(u), c, values));
        }
      }
    }
    List<AgreementReport.Input> inputs = files.stream()
        .map(f -> new AgreementReport.Input(f.path(), f.layout(), f.sha256(), f.units().size())).toList();
    return new AgreementReport(level, inputs, columns, rows, disagreements, units.size(), bootstrapReplicates, seed);
  }

  private static AgreementRow row(String category, BinaryTable t, List<AgreementColumn> columns, List<long[]> complete,
      List<long[]> all, Bootstrap.Interval boot) {
    ContingencyTable ct = t.contingency();
    Map<AgreementColumn, Estimate> v = new EnumMap<>(AgreementColumn.class);
    v.put(AgreementColumn.N, Estimate.of(t.n()));
    v.put(AgreementColumn.PREVALENCE_1, t.prevalence1());
    v.put(AgreementColumn.PREVALENCE_2, t.prevalence2());
    v.put(AgreementColumn.OBSERVED_AGREEMENT, ct.observedAgreement());
    v.put(AgreementColumn.POSITIVE_AGREEMENT, t.positiveAgreement());
    v.put(AgreementColumn.NEGATIVE_AGREEMENT, t.negativeAgreement());
    Estimate kappa = ct.cohensKappa();
    Estimate se = ct.cohensKappaSe();
    v.put(AgreementColumn.KAPPA, kappa);
    v.put(AgreementColumn.KAPPA_SE, se);
    v.put(AgreementColumn.KAPPA_CI_LOW, se.estimable() ? Estimate.of(kappa.value() - Z_95 * se.value()) : se);
    v.put(AgreementColumn.KAPPA_CI_HIGH, se.estimable() ? Estimate.of(kappa.value() + Z_95 * se.value()) : se);
    v.put(AgreementColumn.PABAK, t.pabak());
    v.put(AgreementColumn.PREVALENCE_INDEX, t.prevalenceIndex());
    v.put(AgreementColumn.BIAS_INDEX, t.biasIndex());
    v.put(AgreementColumn.AC1, ct.gwetAc1());
    v.put(AgreementColumn.AC1_SE, ct.gwetAc1Se());
    v.put(AgreementColumn.MCNEMAR_P, t.mcnemarP());
    v.put(AgreementColumn.SENSITIVITY, t.sensitivity());
    v.put(AgreementColumn.SPECIFICITY, t.specificity());
    v.put(AgreementColumn.PPV, t.ppv());
    v.put(AgreementColumn.NPV, t.npv());
    v.put(AgreementColumn.F1, t.f1());
    v.put(AgreementColumn.TP, Estimate.of(t.tp()));
    v.put(AgreementColumn.FP, Estimate.of(t.fp()));
    v.put(AgreementColumn.FN, Estimate.of(t.fn()));
    v.put(AgreementColumn.TN, Estimate.of(t.tn()));
    List<String> extra = new ArrayList<>();
    if (columns.contains(AgreementColumn.FLEISS_KAPPA)) {
      v.put(AgreementColumn.FLEISS_KAPPA, FleissKappa.of(complete.toArray(long[][]::new)));
      v.put(AgreementColumn.KRIPPENDORFF_ALPHA, KrippendorffAlpha.nominal(all.toArray(long[][]::new)));
    }
    if (boot != null) {
      v.put(AgreementColumn.KAPPA_BOOT_LOW, boot.kappaLow());
      v.put(AgreementColumn.KAPPA_BOOT_HIGH, boot.kappaHigh());
      v.put(AgreementColumn.AC1_BOOT_LOW, boot.ac1Low());
      v.put(AgreementColumn.AC1_BOOT_HIGH, boot.ac1High());
      extra.addAll(boot.notes());
    }
    return new AgreementRow(category, t, v, notes(columns, v, extra));
  }

  /** "kappa, kappa_se ... not estimable: reason" once per distinct reason, in column order. */
  private static String notes(List<AgreementColumn> columns, Map<AgreementColumn, Estimate> values, List<String> extra) {
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    for (AgreementColumn c : columns) {
      Estimate e = values.get(c);
      if (e != null && !e.estimable()) {
        byReason.computeIfAbsent(e.reason(), r -> new ArrayList<>()).add(c.column());
      }
    }
    List<String> notes = new ArrayList<>();
    byReason.forEach((reason, cols) -> notes.add(String.join(", ", cols) + " not estimable: " + reason));
    notes.addAll(extra);
    return String.join("; ", notes);
  }

  /**
   * Percentile bootstrap of kappa and AC1, resampling patients with replacement (all of a
   * patient's notes travel together, because notes of one patient are not independent).
   */
  static final class Bootstrap {
    record Interval(Estimate kappaLow, Estimate kappaHigh, Estimate ac1Low, Estimate ac1High, List<String> notes) {}

    private final Interval[] intervals = new Interval[CATEGORIES + 1];

    Bootstrap(List<UnitKey> units, boolean[][][] codes, int replicates, long seed) {
      // Per patient and category, the 2x2 counts of the units both of the first two files contain.
      Map<String, long[][]> perPatient = new LinkedHashMap<>();
      for (int u = 0; u < units.size(); u++) {
        long[][] tables = perPatient.computeIfAbsent(units.get(u).patientId(), p -> new long[CATEGORIES][4]);
        boolean[][] unit = codes[u];
        if (unit[0] == null || unit[1] == null) {
          continue;
        }
        for (int c = 0; c < CATEGORIES; c++) {
          boolean r = unit[0][c];
          boolean o = unit[1][c];
          tables[c][r && o ? 0 : !r && o ? 1 : r ? 2 : 3]++;
        }
      }
      long[][][] patients = perPatient.values().toArray(long[][][]::new);
      double[][] kappas = new double[CATEGORIES + 1][replicates];
      double[][] ac1s = new double[CATEGORIES + 1][replicates];
      // java.util.Random's sequence is fixed by its specification, so a seed gives the same
      // intervals on every JVM.
      Random random = new Random(seed);
      for (int b = 0; b < replicates; b++) {
        long[][] sum = new long[CATEGORIES][4];
        for (int i = 0; i < patients.length; i++) {
          long[][] p = patients[random.nextInt(patients.length)];
          for (int c = 0; c < CATEGORIES; c++) {
            for (int k = 0; k < 4; k++) {
              sum[c][k] += p[c][k];
            }
          }
        }
        BinaryTable pooled = BinaryTable.EMPTY;
        for (int c = 0; c <= CATEGORIES; c++) {
          BinaryTable t;
          if (c < CATEGORIES) {
            t = new BinaryTable(sum[c][0], sum[c][1], sum[c][2], sum[c][3]);
            pooled = pooled.plus(t);
          } else {
            t = pooled;
          }
          ContingencyTable ct = t.contingency();
          kappas[c][b] = valueOrNaN(ct.cohensKappa());
          ac1s[c][b] = valueOrNaN(ct.gwetAc1());
        }
      }
      for (int c = 0; c <= CATEGORIES; c++) {
        List<String> notes = new ArrayList<>();
        Estimate[] k = percentiles(kappas[c], "kappa", notes);
        Estimate[] a = percentiles(ac1s[c], "ac1", notes);
        intervals[c] = new Interval(k[0], k[1], a[0], a[1], notes);
      }
    }

    Interval interval(int category) {
      return intervals[category];
    }

    private static double valueOrNaN(Estimate e) {
      return e.estimable() ? e.value() : Double.NaN;
    }

    /** The 2.5% and 97.5% percentiles (linear interpolation between order statistics, R's type 7). */
    private static Estimate[] percentiles(double[] replicates, String measure, List<String> notes) {
      double[] ok = Arrays.stream(replicates).filter(Double::isFinite).sorted().toArray();
      if (ok.length < replicates.length) {
        notes.add(measure + " bootstrap: " + (replicates.length - ok.length) + " of " + replicates.length
            + " resamples not estimable and left out");
      }
      if (ok.length == 0) {
        Estimate none = Estimate.notEstimable("no bootstrap resample has an estimable " + measure);
        return new Estimate[] {none, none};
      }
      return new Estimate[] {Estimate.of(quantile(ok, 0.025)), Estimate.of(quantile(ok, 0.975))};
    }

    static double quantile(double[] sorted, double p) {
      double h = (sorted.length - 1) * p;
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, sorted.length - 1);
      return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
  }
}
