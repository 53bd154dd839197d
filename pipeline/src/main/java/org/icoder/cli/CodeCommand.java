package org.icoder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.icoder.ingest.DateOrder;
import org.icoder.code.Pipeline;
import org.icoder.ingest.ColumnMapping;
import org.icoder.lexicon.LexiconFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icoder code INPUT... --out DIR}: codes record exports. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Codes record exports (CSV/TSV, Excel .xlsx/.xls, Word .docx/.doc, .txt printouts) by the manual.",
      "Writes patient_flags.csv, note_codes.csv, evidence.csv, rejects.csv and manifest.json into --out."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE})
final class CodeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Export files or folders (searched recursively).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
  Path out;

  @Option(names = "--column", paramLabel = "ROLE=HEADER",
      description = "Map a header to a role: patient, note, date, type, author, text. Repeatable.")
  List<String> columns = new ArrayList<>();

  @Option(names = "--lexicons", paramLabel = "DIR", description = "Lexicon folder (default: the bundled lexicons/).")
  Path lexicons;

  @Option(names = "--language", paramLabel = "sv|en|auto", defaultValue = "auto",
      description = "Language of the notes; auto decides per note (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--reading", paramLabel = "model|rules", defaultValue = "model",
      description = "How mentions are read as delivered: model (the rules, then each language's reading model,"
          + " reading.tsv, where its lexicon folder has one) or rules (the rules alone). Default: ${DEFAULT-VALUE}.")
  String reading;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--sheet", paramLabel = "NAME", description = "Excel sheet to read (default: the first).")
  String sheet;

  @Option(names = "--dates", paramLabel = "day-first|month-first", defaultValue = "day-first",
      description = "How dates like 03/05/2024 are read: day-first (Swedish, British; the default) or month-first"
          + " (US). ISO dates (2024-03-05) and month names read the same either way.")
  String dates;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ColumnMapping mapping;
    DateOrder dateOrder;
    LexiconFiles files;
    try {
      mapping = ColumnMapping.parse(columns);
      dateOrder = DateOrder.fromLabel(dates);
      files = lexicons == null ? LexiconFiles.bundled() : LexiconFiles.folder(lexicons);
    } catch (IllegalArgumentException e) {
      throw new Icoder.UsageException(e.getMessage());
    }
    Pipeline.RunResult r = CodingRun.execute(inputs, out, mapping, sheet, dateOrder, files, language, reading, threads,
        spec.commandLine().getErr());
    spec.commandLine().getOut().printf("icoder: %,d notes read, %,d coded, %,d rejected; %,d patients. Outputs in %s%n",
        r.read(), r.coded(), r.rejected(), r.patients(), out);
    // A file that gave no note at all is almost always a layout icoder did not recognise: say so,
    // naming the file and counts only (never note text).
    for (Pipeline.InputCounts c : r.inputs()) {
      if (c.coded() == 0) {
        spec.commandLine().getErr().printf("icoder: warning: %s: no note could be coded (%,d rejected; see rejects.csv)%n",
            c.file(), c.rejected());
      }
    }
    return ExitCode.OK.code();
  }
}
