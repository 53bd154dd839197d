package org.icoder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.icoder.agree.AgreementAnalysis;
import org.icoder.agree.AgreementColumn;
import org.icoder.agree.AgreementOutputs;
import org.icoder.agree.AgreementReport;
import org.icoder.agree.AgreementRow;
import org.icoder.agree.CodingFile;
import org.icoder.agree.CodingFileReader;
import org.icoder.agree.Estimate;
import org.icoder.agree.EvidenceIndex;
import org.icoder.agree.Level;
import org.icoder.code.Pipeline;
import org.icoder.lexicon.LexiconFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code icoder validate}: the validation report in {@code reports/validation/}. Codes the gold
 * standard's records and measures icoder against the adjudicated consensus, and coder 1 against
 * coder 2 (the human baseline), at patient and note level. A test fails when the committed report
 * no longer matches what the current code and lexicon produce.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {"Regenerates the validation report against the gold standard.",
        "icoder vs the adjudicated consensus and coder 1 vs coder 2, at patient and note level:",
        "agreement.* per comparison, and SUMMARY.md."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE})
final class ValidateCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "DIR", defaultValue = "gold-standard",
      description = "The gold-standard folder (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/validation",
      description = "Report folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--lexicons", paramLabel = "DIR", description = "Lexicon folder (default: the bundled lexicons/).")
  Path lexicons;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** One comparison of the report: its folder name and the two coding files, reference first. */
  private record Comparison(String name, Level level, CodingFile reference, CodingFile other, Path evidenceOf) {}

  @Override
  public Integer call() throws Exception {
    Path records = gold.resolve("records");
    for (Path required : List.of(records, gold.resolve("consensus_note_codes.csv"), gold.resolve("rater1_note_codes.csv"),
        gold.resolve("rater2_note_codes.csv"))) {
      if (!Files.exists(required)) {
        throw new Icoder.UsageException(required + ": missing from the gold standard");
      }
    }
    LexiconFiles files = CodingRun.lexicons(lexicons);
    Path work = Files.createTempDirectory("icoder-validate");
    try {
      Path coded = work.resolve("icoder");
      Pipeline.RunResult run = CodingRun.execute(List.of(records), coded,
          CodingRun.Options.defaults(files, Runtime.getRuntime().availableProcessors()),
          new PrintWriter(Writer.nullWriter()));
      // Files are named as from the repository root, whatever the working folder, so the report is stable.
      CodingFile icoder = named(coded.resolve("note_codes.csv"), "icoder:gold-standard/records/note_codes.csv");
      CodingFile consensus = named(gold.resolve("consensus_note_codes.csv"), "gold-standard/consensus_note_codes.csv");
      CodingFile rater1 = named(gold.resolve("rater1_note_codes.csv"), "gold-standard/rater1_note_codes.csv");
      CodingFile rater2 = named(gold.resolve("rater2_note_codes.csv"), "gold-standard/rater2_note_codes.csv");
      List<Comparison> comparisons = List.of(
          new Comparison("icoder-vs-consensus-patient", Level.PATIENT, consensus, icoder, coded),
          new Comparison("icoder-vs-consensus-note", Level.NOTE, consensus, icoder, coded),
          new Comparison("rater1-vs-rater2-patient", Level.PATIENT, rater1, rater2, null),
          new Comparison("rater1-vs-rater2-note", Level.NOTE, rater1, rater2, null));
      Map<String, AgreementReport> reports = new LinkedHashMap<>();
      Files.createDirectories(out);
      for (Comparison c : comparisons) {
        AgreementReport report = AgreementAnalysis.analyse(List.of(c.reference(), c.other()), c.level(), 0, 1);
        EvidenceIndex evidence = c.evidenceOf() == null ? EvidenceIndex.NONE
            : EvidenceIndex.beside(List.of(c.evidenceOf().resolve("note_codes.csv")))
                .named(List.of(Path.of("icoder:gold-standard/records/evidence.csv")));
        AgreementOutputs.write(report, evidence, Icoder.version(), out.resolve(c.name()));
        reports.put(c.name(), report);
      }
      writeSummary(reports, run, files, readingModels(coded.resolve("manifest.json")));
      spec.commandLine().getOut().printf("icoder: validation report for %d gold-standard notes written to %s%n",
          run.coded(), out);
    } finally {
      deleteTree(work);
    }
    return ExitCode.OK.code();
  }

  /**
   * The reading models' SHA-256 as "sv `...`, en `...`", or "none", as the run's manifest records them
   * ({@code settings.reading_models}), so the report names the models that coded, without loading them again.
   */
  private static String readingModels(Path manifest) throws IOException {
    com.fasterxml.jackson.databind.JsonNode models =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile()).required("settings")
            .required("reading_models");
    List<String> parts = new ArrayList<>();
    models.fields().forEachRemaining(e -> parts.add(e.getKey() + " `" + e.getValue().asText() + "`"));
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  private static CodingFile named(Path file, String displayName) throws IOException {
    CodingFile f = CodingFileReader.read(file);
    return new CodingFile(Path.of(displayName), f.layout(), f.sha256(), f.units());
  }

  private void writeSummary(Map<String, AgreementReport> reports, Pipeline.RunResult run, LexiconFiles files,
      String readingModels) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Validation report\n\n")
        .append("Generated by `java -jar pipeline/target/icoder.jar validate` (icoder ").append(Icoder.version())
        .append(", lexicon SHA-256 `").append(files.contentHash()).append("`, reading models ")
        .append(readingModels).append("). Do not edit by hand: a test compares\n")
        .append("this folder with what the current code and lexicon produce.\n\n")
        .append("icoder coded the ").append(run.coded()).append(" notes of ").append(run.patients())
        .append(" patients in `gold-standard/records/`; the reference is the adjudicated consensus\n")
        .append("(`gold-standard/consensus_note_codes.csv`). The human baseline is coder 1 against coder 2.\n\n")
        .append("Cohen's kappa per category (Gwet's AC1 in brackets; empty where not estimable):\n\n")
        .append("| category | icoder vs consensus, patient | icoder vs consensus, note | coder 1 vs coder 2, patient | coder 1 vs coder 2, note |\n")
        .append("|---|---|---|---|---|\n");
    List<AgreementReport> ordered = new ArrayList<>(reports.values());
    for (int r = 0; r < ordered.get(0).rows().size(); r++) {
      md.append("| ").append(ordered.get(0).rows().get(r).category());
      for (AgreementReport report : ordered) {
        AgreementRow row = report.rows().get(r);
        md.append(" | ").append(format(row.get(AgreementColumn.KAPPA))).append(" (").append(format(row.get(AgreementColumn.AC1)))
            .append(')');
      }
      md.append(" |\n");
    }
    md.append("\nEach folder holds `agreement.csv/.json/.xlsx/.html` and `disagreements.csv` (with the evidence\n")
        .append("sentences icoder used) for one comparison; the columns are documented in the README.\n");
    Files.writeString(out.resolve("SUMMARY.md"), md.toString(), StandardCharsets.UTF_8);
  }

  private static String format(Estimate value) {
    return value.estimable() ? String.format(Locale.ROOT, "%.3f", value.value()) : "";
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
