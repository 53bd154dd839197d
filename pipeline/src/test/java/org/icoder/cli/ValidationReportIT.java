package org.icoder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed validation report ({@code reports/validation/}) is what the current code and
 * lexicon produce: a lexicon or engine change that moves any figure fails here until the report is
 * regenerated with {@code java -jar pipeline/target/icoder.jar validate} and committed.
 */
class ValidationReportIT {
  static final Path ROOT = Path.of("..");
  @TempDir Path dir;

  @Test
  void theCommittedValidationReportMatchesTheCurrentCodeAndLexicon() throws IOException {
    Path fresh = dir.resolve("validation");
    CliRunner.Result r = CliRunner.run("validate", "--gold", ROOT.resolve("gold-standard").toString(), "--out", fresh.toString());
    assertEquals(0, r.exitCode(), r.err());
    Path committed = ROOT.resolve("reports/validation");
    List<Path> expected = files(committed);
    assertEquals(expected, files(fresh), "the report's files");
    for (Path rel : expected) {
      assertArrayEquals(Files.readAllBytes(committed.resolve(rel)), Files.readAllBytes(fresh.resolve(rel)),
          "reports/validation/" + rel + " is stale: run `java -jar pipeline/target/icoder.jar validate` and commit it");
    }
  }

  @Test
  void aLexiconFolderThatIsNotOneIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("no-such-lexicon");
    CliRunner.Result r = CliRunner.run("validate", "--gold", ROOT.resolve("gold-standard").toString(), "--out",
        dir.resolve("validation").toString(), "--lexicons", missing.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains(missing.toString()), r.err());
    assertFalse(Files.exists(dir.resolve("validation")), "nothing is written");
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
