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
        codes.append(patient).append(",N1,2024-03-05,0,0,0,0,1,0,0,0,0,0,0\n");
        codes.append(patient).append(",N2,2024-03-12,0,0,0,0,0,0,0,0,0,0,0\n");
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
  void theTrainedModelOverturnsTheRulesWhereTheHandCodingDid() throws IOException {
    CliRunner.Result t = train("setA", "setB");
    assertEquals(0, t.exitCode(), t.err());
    assertTrue(t.out().contains("icoder: 2 sets, 24 notes (0 without a hand coding, 0 rejected)"), t.out());
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
    assertTrue(evidence.get(2).matches(".*,no,classifier,classifier 0\\.\\d\\d \\(rules: counted\\)$"), evidence.get(2));
    JsonNode settings = new ObjectMapper().readTree(byModel.resolve("manifest.json").toFile()).get("settings");
    assertEquals("model", settings.get("reading").asText());
    assertEquals("[\"en\"]", settings.get("reading_models").toString());

    Path byRules = dir.resolve("by-rules");
    assertEquals(0, code(byRules, "rules").exitCode());
    assertEquals("Q1,M2,2024-05-09,0,0,0,0,1,0,0,0,0,0,0", Files.readAllLines(byRules.resolve("note_codes.csv")).get(2));
    assertEquals("[]", new ObjectMapper().readTree(byRules.resolve("manifest.json").toFile()).get("settings")
        .get("reading_models").toString());
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
    assertTrue(r.err().contains("en/reading.tsv:3: weight 'much' of rule=1 is not a number"), r.err());
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
    assertTrue(bad.err().contains("--reading 'guess', expected one of model, rules"), bad.err());
  }
}
