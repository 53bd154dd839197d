package org.icoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icoder.code.TestLexicons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code icoder train-reading}, then {@code code} with the model it wrote, on sets the test writes
 * with the small test lexicon. The test lexicon has no trigger for "at the GP", so its rules count
 * "TENS at the GP surgery"; the hand coding says that TENS was not given here, and the model must
 * learn that.
 */
class TrainReadingIT {
  @TempDir Path dir;
  Path lexicons;

  @BeforeEach
  void setUp() throws IOException {
    lexicons = dir.resolve("lex");
    TestLexicons.write(lexicons);
    for (String set : List.of("setA", "setB")) {
      StringBuilder export = new StringBuilder("patient_id,note_id,date,note_type,author,text\n");
      StringBuilder codes = new StringBuilder("patient_id,note_id,date,c01_education,c02_sensorimotor,c03_pa_advice,"
          + "c04_structures_functions,c05_sensory_stimulation,c06_pa_with_physio,c07_weight_training,"
          + "c08_relaxation_mindfulness,c09_act,c10_body_awareness_activities,home_exercise\n");
      for (int p = 0; p < 6; p++) {
        String patient = set + "-P" + p;
        export.append(patient).append(",N1,2024-03-05,Visit,PT,TENS 20 min today.\n");
        export.append(patient).append(",N2,2024-03-12,Visit,PT,TENS at the GP surgery last week.\n");
        export.append(patient).append(",N3,2024-03-19,Visit,PT,No TENS today.\n");
        codes.append(patient).append(",N1,2024-03-05,0,0,0,0,1,0,0,0,0,0,0\n");
        codes.append(patient).append(",N2,2024-03-12,0,0,0,0,0,0,0,0,0,0,0\n");
        codes.append(patient).append(",N3,2024-03-19,0,0,0,0,0,0,0,0,0,0,0\n");
      }
      Path folder = Files.createDirectories(dir.resolve(set));
      Files.writeString(folder.resolve("export.csv"), export, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(set + "_note_codes.csv"), codes, StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("new.csv"), """
        patient_id,note_id,date,note_type,author,text
        Q1,M1,2024-05-02,Visit,PT,TENS 20 min today.
        Q1,M2,2024-05-09,Visit,PT,TENS at the GP surgery last week.
        """, StandardCharsets.UTF_8);
  }

  CliRunner.Result train(String... sets) {
    List<String> args = new java.util.ArrayList<>(List.of("train-reading"));
    for (String s : sets) {
      args.add(dir.resolve(s).toString());
    }
    args.addAll(List.of("--lexicons", lexicons.toString(), "--out", lexicons.toString(), "--min-patients", "3",
        "--language", "en"));
    return CliRunner.run(args.toArray(String[]::new));
  }

  CliRunner.Result code(Path out, String reading) {
    return CliRunner.run("code", dir.resolve("new.csv").toString(), "--out", out.toString(), "--lexicons",
        lexicons.toString(), "--language", "en", "--reading", reading);
  }

  @Test
  void theTrainedModelOverturnsTheRulesWhereTheHandCodingDid() throws Exception {
    CliRunner.Result t = train("setA", "setB");
    assertEquals(0, t.exitCode(), t.err());
    assertTrue(t.out().contains("icoder: 2 sets, 36 notes (0 without a hand coding, 0 rejected)"), t.out());
    assertTrue(t.out().contains("sv: no examples; sv/reading.tsv not written"), t.out());
    Path model = lexicons.resolve("en/reading.tsv");
    String written = Files.readString(model);
    assertTrue(written.contains("# Sets: setA setB\n"), written);
    assertTrue(written.contains("c05_sensory_stimulation|w=gp\t-"), "gp weighs against delivery:\n" + written);
    assertFalse(Files.exists(lexicons.resolve("sv/reading.tsv")));

    Path byModel = dir.resolve("by-model");
    assertEquals(0, code(byModel, "model").exitCode());
    assertEquals(List.of("patient_id,note_id,date,c01_education,c02_sensorimotor,c03_pa_advice,"
            + "c04_structures_functions,c05_sensory_stimulation,c06_pa_with_physio,c07_weight_training,"
            + "c08_relaxation_mindfulness,c09_act,c10_body_awareness_activities,home_exercise",
        "Q1,M1,2024-05-02,0,0,0,0,1,0,0,0,0,0,0",
        "Q1,M2,2024-05-09,0,0,0,0,0,0,0,0,0,0,0"), Files.readAllLines(byModel.resolve("note_codes.csv")));
    List<String> evidence = Files.readAllLines(byModel.resolve("evidence.csv"));
    assertTrue(evidence.get(2).startsWith("Q1,M2,2024-05-09,c05_sensory_stimulation,en.tens,TENS,"), evidence.get(2));
    assertTrue(evidence.get(2).matches(".*,no,classifier,\"classifier 0\\.\\d\\d\\d, threshold 0\\.77 \\(rules: lexicon, counted\\)\"$"), evidence.get(2));
    JsonNode manifest = new ObjectMapper().readTree(byModel.resolve("manifest.json").toFile());
    JsonNode settings = manifest.get("settings");
    assertEquals("model", settings.get("reading").asText());
    List<String> languages = new java.util.ArrayList<>();
    settings.get("reading_models").fieldNames().forEachRemaining(languages::add);
    assertEquals(List.of("en"), languages);
    assertEquals(sha256(model), settings.get("reading_models").get("en").asText());

    Path byRules = dir.resolve("by-rules");
    assertEquals(0, code(byRules, "rules").exitCode());
    assertEquals("Q1,M2,2024-05-09,0,0,0,0,1,0,0,0,0,0,0", Files.readAllLines(byRules.resolve("note_codes.csv")).get(2));
    JsonNode rulesManifest = new ObjectMapper().readTree(byRules.resolve("manifest.json").toFile());
    assertEquals("{}", rulesManifest.get("settings").get("reading_models").toString());
    // the lexicon hash is the rules' hash: the same with and without the model beside them
    assertEquals(manifest.get("lexicon_sha256").asText(), rulesManifest.get("lexicon_sha256").asText());
    assertTrue(written.contains("# rules_sha256: " + manifest.get("lexicon_sha256").asText() + "\n"), written);
  }

  static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(file)));
  }

  @Test
  void withTheModelOutputsAreStillByteIdenticalWhateverTheThreadCount() throws IOException {
    assertEquals(0, train("setA", "setB").exitCode());
    StringBuilder big = new StringBuilder("patient_id,note_id,date,text\n");
    String[] texts = {"TENS 20 min today.", "TENS at the GP surgery last week.", "Walking together, then TENS."};
    for (int i = 0; i < 1500; i++) { // several batches of 256 notes
      big.append("Q").append(i % 53).append(",M").append(i).append(",2024-05-").append(String.format("%02d", 1 + i % 28))
          .append(",").append(texts[i % texts.length]).append("\n");
    }
    Files.writeString(dir.resolve("big.csv"), big, StandardCharsets.UTF_8);
    Path one = dir.resolve("t1");
    Path four = dir.resolve("t4");
    for (Path out : List.of(one, four)) {
      CliRunner.Result r = CliRunner.run("code", dir.resolve("big.csv").toString(), "--out", out.toString(),
          "--lexicons", lexicons.toString(), "--language", "en", "--threads", out == one ? "1" : "4");
      assertEquals(0, r.exitCode(), r.err());
    }
    for (String f : List.of("patient_flags.csv", "note_codes.csv", "evidence.csv", "rejects.csv", "manifest.json")) {
      assertEquals(Files.readString(one.resolve(f)), Files.readString(four.resolve(f)), f);
    }
    assertTrue(Files.readString(one.resolve("evidence.csv")).contains(",classifier,"), "the model overturned something");
  }

  @Test
  void aModelTrainedWithOtherRulesIsUsedWithAWarning() throws IOException {
    assertEquals(0, train("setA", "setB").exitCode());
    Path context = lexicons.resolve("en/context.tsv");
    Files.writeString(context, Files.readString(context) + "en.extra\tformerly\thistorical\tforward\t\t\n");
    CliRunner.Result r = code(dir.resolve("out"), "model");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("icoder: warning: en/reading.tsv was trained with other rules than this lexicon's:"
        + " retrain it"), r.err());
    assertFalse(code(dir.resolve("out2"), "rules").err().contains("warning"));
  }

  @Test
  void tooFewPatientsWriteNothingAndLeaveTheOtherLanguageAsItWas() throws IOException {
    Files.writeString(lexicons.resolve("en/reading.tsv"), "# old\nfeature\tweight\n(bias)\t0\n");
    List<String> args = List.of("train-reading", dir.resolve("setA").toString(), "--lexicons", lexicons.toString(),
        "--out", lexicons.toString(), "--language", "en"); // six patients, default minimum of five
    assertEquals(0, CliRunner.run(args.toArray(String[]::new)).exitCode(), "six patients are enough");
    Files.writeString(lexicons.resolve("en/reading.tsv"), "# old\nfeature\tweight\n(bias)\t0\n");
    List<String> strict = new java.util.ArrayList<>(args);
    strict.addAll(List.of("--min-patients", "7"));
    CliRunner.Result r = CliRunner.run(strict.toArray(String[]::new));
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("en: too few patients to learn from"), r.err());
    assertTrue(r.err().contains("nothing written"), r.err());
    assertEquals("# old\nfeature\tweight\n(bias)\t0\n", Files.readString(lexicons.resolve("en/reading.tsv")));
    assertFalse(Files.exists(lexicons.resolve("en/.reading.tsv.tmp")));
  }

  @Test
  void anUnreadableFileInASetIsNamedAndSkipped() throws IOException {
    Files.writeString(dir.resolve("setB/broken.xlsx"), "not a workbook");
    CliRunner.Result r = train("setA", "setB");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("broken.xlsx could not be read; its notes are not used"), r.err());
    assertFalse(r.err().contains("TENS"), "no note text on stderr");
  }

  @Test
  void theThresholdGivenToTrainingIsWrittenIntoTheModel() throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("train-reading", dir.resolve("setA").toString(),
        dir.resolve("setB").toString(), "--lexicons", lexicons.toString(), "--out", lexicons.toString(), "--language", "en"));
    args.addAll(List.of("--threshold", "0.6"));
    assertEquals(0, CliRunner.run(args.toArray(String[]::new)).exitCode());
    assertTrue(Files.readString(lexicons.resolve("en/reading.tsv")).contains("\n(threshold)\t0.600000\n"));
    args.set(args.size() - 1, "1");
    CliRunner.Result bad = CliRunner.run(args.toArray(String[]::new));
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("threshold 1.0"), bad.err());
  }

  @Test
  void retrainingOnTheSameSetsWritesTheSameFile() throws IOException {
    assertEquals(0, train("setA", "setB").exitCode());
    byte[] first = Files.readAllBytes(lexicons.resolve("en/reading.tsv"));
    assertEquals(0, train("setA", "setB").exitCode());
    assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(lexicons.resolve("en/reading.tsv")));
  }

  @Test
  void aBrokenModelFileStopsTheRunNamingFileAndLine() throws IOException {
    Files.writeString(lexicons.resolve("en/reading.tsv"), "feature\tweight\n(bias)\t0\nrule=1\tmuch\n");
    CliRunner.Result r = code(dir.resolve("out"), "model");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("en/reading.tsv:3: the weight is not a number"), r.err());
    assertEquals(0, code(dir.resolve("out2"), "rules").exitCode(), "--reading rules does not read the model");
  }

  @Test
  void aSetWithoutItsHandCodingOrAnUnknownReadingIsAUsageError() throws IOException {
    Files.delete(dir.resolve("setB/setB_note_codes.csv"));
    CliRunner.Result r = train("setA", "setB");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("setB: expected one hand coding file *_note_codes.csv, found 0"), r.err());
    CliRunner.Result bad = code(dir.resolve("out"), "guess");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("option '--reading': 'guess', expected one of model, rules"), bad.err());
    assertEquals(0, code(dir.resolve("out3"), "RULES").exitCode(), "the reading is read in any case");
    JsonNode settings = new ObjectMapper().readTree(dir.resolve("out3/manifest.json").toFile()).required("settings");
    assertEquals("rules", settings.required("reading").asText());
    assertEquals(0, settings.required("reading_models").size(), "the rules alone read no model");
  }
}
