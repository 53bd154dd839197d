package org.icoder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAndSynthIT {
  @TempDir Path dir;

  @Test
  void demoCodesTheBundledExportAndPrintsTheSummaryTable() throws IOException {
    Path out = dir.resolve("demo");
    CliRunner.Result r = CliRunner.run("demo", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("SYNTHETIC"), r.out());
    assertTrue(r.out().matches("(?s).*patients: \\d+ +notes read: 600 +coded: 600 +rejected: 0.*"), r.out());
    for (String column : List.of("c01_education", "c10_body_awareness_activities", "home_exercise")) {
      assertTrue(r.out().matches("(?s).*" + column + " +\\d+ +\\d+\\.\\d%.*"), column + " row in " + r.out());
    }
    assertTrue(Files.exists(out.resolve("patient_flags.csv")));
  }

  @Test
  void synthIsReproducibleFromItsSeedAndWritesTheRequestedNotes() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Path c = dir.resolve("c.csv");
    assertEquals(0, CliRunner.run("synth", "--notes", "500", "--seed", "3", "--out", a.toString()).exitCode());
    assertEquals(0, CliRunner.run("synth", "--notes", "500", "--seed", "3", "--out", b.toString()).exitCode());
    assertEquals(0, CliRunner.run("synth", "--notes", "500", "--seed", "4", "--out", c.toString()).exitCode());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run("code", a.toString(), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(501, Files.readAllLines(out.resolve("note_codes.csv")).size());
    assertTrue(Files.readString(a).contains("SYN-000001"), "patients are labelled synthetic");
  }

  @Test
  void synthRejectsANonPositiveCount() {
    assertEquals(2, CliRunner.run("synth", "--notes", "0", "--out", dir.resolve("x.csv").toString()).exitCode());
  }
}
