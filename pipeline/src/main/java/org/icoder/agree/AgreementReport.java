package org.icoder.agree;

import java.nio.file.Path;
import java.util.List;

/** Everything the agreement outputs show: the inputs, the settings, the table and the disagreements. */
public record AgreementReport(Level level, List<Input> inputs, List<AgreementColumn> columns, List<AgreementRow> rows,
    List<Disagreement> disagreements, int units, int bootstrapReplicates, long seed) {
  /** An input file as read: its layout (which may differ from the report's level) and units at that layout. */
  public record Input(Path path, Level layout, String sha256, int units) {}

  public AgreementReport {
    if (inputs.size() < 2) {
      throw new IllegalArgumentException("agreement needs at least two files, had " + inputs.size());
    }
    if (bootstrapReplicates < 0) {
      throw new IllegalArgumentException("bootstrap replicates are never negative: " + bootstrapReplicates);
    }
    inputs = List.copyOf(inputs);
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    disagreements = List.copyOf(disagreements);
  }

  /** How the pooled row is formed; stated in agreement.json and the README. */
  public static final String POOLING = "The pooled row's measures are computed from the 2x2 table summed over the eleven "
      + "category columns (each unit counts once per category); Fleiss' kappa and Krippendorff's alpha pool the "
      + "unit-category pairs the same way.";
  public static final String MCNEMAR = "exact: two-sided binomial test of the discordant pairs (fp, fn) against p = 1/2, "
      + "p = min(1, 2 P(X <= min(fp, fn))); p = 1 when there is no discordant pair";
}
