package org.icoder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.icoder.agree.AgreementAnalysis;
import org.icoder.agree.AgreementOutputs;
import org.icoder.agree.AgreementReport;
import org.icoder.agree.CodingFile;
import org.icoder.agree.CodingFileReader;
import org.icoder.agree.EvidenceIndex;
import org.icoder.agree.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icoder agree FILE FILE [FILE...] --out DIR}: inter-rater agreement of coding files. */
@Command(
    name = "agree",
    mixinStandardHelpOptions = true,
    description = {
      "Measures agreement between two or more coding files (note_codes.csv or patient_flags.csv layout).",
      "The first file is the reference. Writes agreement.csv, agreement.json, agreement.xlsx, agreement.html and",
      "disagreements.csv into --out."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE})
final class AgreeCommand implements Callable<Integer> {
  @Parameters(arity = "2..*", paramLabel = "FILE", description = "Coding files; the first is the reference.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
  Path out;

  @Option(names = "--level", paramLabel = "patient|note",
      description = "Unit of agreement (default: note when every file is note-level, else patient).")
  String level;

  @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0",
      description = "Patient-level bootstrap resamples for percentile intervals of kappa and AC1 (default: none).")
  int bootstrap;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Bootstrap random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Level asked;
    try {
      asked = level == null ? null : Level.parse(level);
    } catch (IllegalArgumentException e) {
      throw new Icoder.UsageException(e.getMessage());
    }
    if (bootstrap < 0 || bootstrap > 1_000_000) {
      throw new Icoder.UsageException("--bootstrap must be between 0 and 1000000, was " + bootstrap);
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new Icoder.UsageException(f + ": no such file");
      }
    }
    List<CodingFile> coded = new ArrayList<>();
    for (Path f : files) {
      coded.add(CodingFileReader.read(f));
    }
    Level chosen = asked == null ? AgreementAnalysis.defaultLevel(coded) : asked;
    AgreementReport report = AgreementAnalysis.analyse(coded, chosen, bootstrap, seed);
    EvidenceIndex evidence = EvidenceIndex.beside(files.subList(0, 2));
    AgreementOutputs.write(report, evidence, Icoder.version(), out);
    spec.commandLine().getOut().printf("icoder: agreement of %d files at %s level, %,d units, %,d disagreements "
        + "between the first two. Outputs in %s%n", files.size(), chosen.label(), report.units(),
        report.disagreements().size(), out);
    return ExitCode.OK.code();
  }
}
