package org.icoder.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.icoder.synth.SyntheticExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code icoder synth --notes N --out FILE.csv}: writes a synthetic export for demos and scale tests. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {"Writes a SYNTHETIC record export (fictional patients SYN-..., fixed seed) as CSV.",
        "For demos and scale tests only; accuracy is measured on the gold standard."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE})
final class SynthCommand implements Callable<Integer> {
  @Option(names = "--notes", required = true, paramLabel = "N", description = "Number of notes to write.")
  long notes;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (notes < 1) {
      throw new Icoder.UsageException("--notes must be at least 1, was " + notes);
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".synth", ".part");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        SyntheticExport.write(w, notes, seed);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return ExitCode.OK.code();
  }
}
