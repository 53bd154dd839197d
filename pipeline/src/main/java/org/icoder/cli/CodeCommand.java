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

  @Option(names = "--lexicons", paramLabel = "DIR", description = "Lexicon folder (default: the bundled lexicons/).")
  Path lexicons;

  @Option(names = "--reading", paramLabel = "model|rules", defaultValue = "model", converter = ReadingConverter.class,
      description = "How mentions are read as delivered: model (the rules, then each language's reading model,"
          + " reading.tsv, where its lexicon folder has one) or rules (the rules alone). Default: ${DEFAULT-VALUE}.")
  CodingRun.Reading reading;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @picocli.CommandLine.Mixin ExportOptions export;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ColumnMapping mapping = export.mapping();
    DateOrder dateOrder = export.dateOrder();
    LexiconFiles files = CodingRun.lexicons(lexicons);
    Pipeline.RunResult r = CodingRun.execute(inputs, out,
        new CodingRun.Options(files, mapping, export.sheet, dateOrder, export.language, reading, threads),
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

  /** Reads {@code --reading} as model or rules, in any case, with a message that lists both. */
  static final class ReadingConverter implements picocli.CommandLine.ITypeConverter<CodingRun.Reading> {
    @Override
    public CodingRun.Reading convert(String value) {
      for (CodingRun.Reading r : CodingRun.Reading.values()) {
        if (r.toString().equalsIgnoreCase(value)) {
          return r;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("'" + value + "', expected one of "
          + java.util.Arrays.stream(CodingRun.Reading.values()).map(Object::toString)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
  }
}
