package org.icoder.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.icoder.code.Pipeline;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.LexiconFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code icoder demo}: codes the bundled synthetic demo export and prints a summary table. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {"Codes the bundled SYNTHETIC demo export and prints a summary table.",
        "The table: patients, notes, and the percent of patients per category."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE})
final class DemoCommand implements Callable<Integer> {
  static final String DEMO = "/org/icoder/demo/demo-export.csv";

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "icoder-demo-out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("icoder-demo");
    Path input = dir.resolve("demo-export.csv");
    try {
      try (InputStream in = DemoCommand.class.getResourceAsStream(DEMO)) {
        if (in == null) {
          throw new IllegalStateException("the demo export " + DEMO + " is missing from the jar");
        }
        Files.copy(in, input);
      }
      Pipeline.RunResult r = CodingRun.execute(List.of(input), out,
          CodingRun.Options.defaults(LexiconFiles.bundled(), threads), spec.commandLine().getErr());
      print(spec.commandLine().getOut(), r);
    } finally {
      Files.deleteIfExists(input);
      Files.deleteIfExists(dir);
    }
    return ExitCode.OK.code();
  }

  static void print(PrintWriter out, Pipeline.RunResult r) {
    out.println("icoder demo: SYNTHETIC demo export (fictional patients)");
    out.printf("patients: %d   notes read: %d   coded: %d   rejected: %d%n", r.patients(), r.read(), r.coded(), r.rejected());
    out.println();
    out.printf("%-32s %9s %9s%n", "category", "patients", "percent");
    for (Category c : Category.values()) {
      int n = r.patientsWith().get(c);
      out.printf("%-32s %9d %8.1f%%%n", c.column(), n, r.patients() == 0 ? 0.0 : 100.0 * n / r.patients());
    }
  }
}
