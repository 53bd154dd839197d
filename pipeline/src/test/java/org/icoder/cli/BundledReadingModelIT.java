package org.icoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled reading model is exactly what {@code train-reading} makes from the sets listed in
 * {@code training/reading-sets.txt} with the bundled rules: a lexicon edit that changes what the
 * rules find fails here until the model is retrained (README, "The reading model"), and no
 * hand-edited weight can hide in the file.
 */
class BundledReadingModelIT {
  static final Path ROOT = Path.of("..");
  @TempDir Path dir;

  @Test
  void retrainingFromTheListedSetsReproducesTheBundledModelByteForByte() throws IOException {
    List<String> args = new ArrayList<>(List.of("train-reading"));
    List<String> sets = Files.readAllLines(ROOT.resolve("training/reading-sets.txt")).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertTrue(sets.size() >= 30, "the list names the tuned sets: " + sets.size());
    for (String set : sets) {
      assertTrue(Files.isDirectory(ROOT.resolve(set)), set);
      args.add(ROOT.resolve(set).toString());
    }
    args.addAll(List.of("--lexicons", ROOT.resolve("lexicons").toString(), "--out", dir.toString()));
    CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    for (String language : List.of("sv", "en")) {
      assertEquals(Files.readString(ROOT.resolve("lexicons").resolve(language).resolve("reading.tsv")),
          Files.readString(dir.resolve(language).resolve("reading.tsv")),
          language + "/reading.tsv is stale: retrain with the command at the top of training/reading-sets.txt");
    }
  }
}
