package org.icoder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.stream.Stream;
import org.icoder.code.TestLexicons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icoder code} end to end, on files the test writes, with a small fixed test lexicon. */
class CodeCommandIT {
  @TempDir Path dir;
  Path lexicons;

  static final String EXPORT = """
      patient_id,note_id,date,note_type,author,text
      P2,N1,2024-03-05,Visit,PT,"History: previously acupuncture.
      Treatment: TENS 20 min. Advised walking daily."
      P1,N2,2024-03-12,Visit,PT,"Information given. Declines acupuncture."
      P1,N3,not-a-date,Visit,PT,TENS
      P3,N4,2024-04-01,Visit,PT,
      P1,N5,2024-04-08,Visit,PT,"Walking together for 20 min, then gym."
      """;

  @BeforeEach
  void setUp() throws IOException {
    lexicons = dir.resolve("lex");
    TestLexicons.write(lexicons);
    Files.writeString(dir.resolve("export.csv"), EXPORT, StandardCharsets.UTF_8);
  }

  CliRunner.Result code(Path out, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("code", dir.resolve("export.csv").toString(), "--out", out.toString(),
        "--lexicons", lexicons.toString(), "--language", "en"));
    args.addAll(List.of(extra));
    return CliRunner.run(args.toArray(String[]::new));
  }

  @Test
  void codesAnExportIntoFlagsNoteCodesEvidenceRejectsAndManifest() throws IOException {
    Path out = dir.resolve("out");
    CliRunner.Result r = code(out);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of(
        "patient_id,c01_education,c02_sensorimotor,c03_pa_advice,c04_structures_functions,c05_sensory_stimulation,"
            + "c06_pa_with_physio,c07_weight_training,c08_relaxation_mindfulness,c09_act,c10_body_awareness_activities,"
            + "home_exercise,n_notes,first_date,last_date,n_categories",
        "P1,1,0,0,0,0,1,1,0,0,0,0,2,2024-03-12,2024-04-08,3",
        "P2,0,0,1,0,1,0,0,0,0,0,0,1,2024-03-05,2024-03-05,2"),
        Files.readAllLines(out.resolve("patient_flags.csv")));
    assertEquals(List.of(
        "patient_id,note_id,date,c01_education,c02_sensorimotor,c03_pa_advice,c04_structures_functions,"
            + "c05_sensory_stimulation,c06_pa_with_physio,c07_weight_training,c08_relaxation_mindfulness,c09_act,"
            + "c10_body_awareness_activities,home_exercise",
        "P2,N1,2024-03-05,0,0,1,0,1,0,0,0,0,0,0",
        "P1,N2,2024-03-12,1,0,0,0,0,0,0,0,0,0,0",
        "P1,N5,2024-04-08,0,0,0,0,0,1,1,0,0,0,0"),
        Files.readAllLines(out.resolve("note_codes.csv")));
    List<String> evidence = Files.readAllLines(out.resolve("evidence.csv"));
    assertTrue(evidence.contains(
        "P2,N1,2024-03-05,c05_sensory_stimulation,en.acu,acupuncture,History: previously acupuncture.,20,31,history,"
            + "historical,en.hist,no,lexicon,modified"), String.join("\n", evidence));
    assertTrue(evidence.contains(
        "P1,N2,2024-03-12,c05_sensory_stimulation,en.acu,acupuncture,Declines acupuncture.,28,39,,declined,en.declined,"
            + "no,lexicon,modified"), String.join("\n", evidence));
    assertEquals(List.of("file,unit,position,reason,detail",
        dir.resolve("export.csv") + ",row,3,unparseable_date,date 'not-a-date' is not a date (expected e.g. 2024-03-05)",
        dir.resolve("export.csv") + ",row,4,empty_text,note text is empty"),
        Files.readAllLines(out.resolve("rejects.csv")));
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(5, manifest.at("/notes/read").asLong());
    assertEquals(3, manifest.at("/notes/coded").asLong());
    assertEquals(2, manifest.at("/notes/rejected").asLong());
    assertEquals(64, manifest.at("/lexicon_sha256").asText().length());
    assertEquals(64, manifest.at("/inputs/0/sha256").asText().length());
    // Each output's SHA-256 and size in the manifest are those of the file on disk.
    List<String> names = List.of("patient_flags.csv", "note_codes.csv", "evidence.csv", "rejects.csv");
    for (int i = 0; i < names.size(); i++) {
      byte[] bytes = Files.readAllBytes(out.resolve(names.get(i)));
      assertEquals(names.get(i), manifest.at("/outputs/" + i + "/file").asText());
      assertEquals(sha256(bytes), manifest.at("/outputs/" + i + "/sha256").asText(), names.get(i));
      assertEquals(bytes.length, manifest.at("/outputs/" + i + "/bytes").asLong(), names.get(i));
    }
    try (Stream<Path> files = Files.list(out)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left");
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void outputsAreByteIdenticalWhateverTheThreadCount() throws IOException {
    StringBuilder big = new StringBuilder("patient_id,date,text\n");
    String[] texts = {"TENS 20 min.", "No acupuncture but TENS.", "Advised walking.", "Information about values.",
        "Previously acupuncture.", "Walking together, gym."};
    for (int i = 0; i < 3000; i++) {
      big.append("P").append(i % 97).append(",2024-01-").append(String.format("%02d", 1 + i % 28)).append(",\"")
          .append(texts[i % texts.length]).append("\"\n");
    }
    Files.writeString(dir.resolve("export.csv"), big.toString(), StandardCharsets.UTF_8);
    Path one = dir.resolve("one");
    Path four = dir.resolve("four");
    assertEquals(0, code(one, "--threads", "1").exitCode());
    assertEquals(0, code(four, "--threads", "4").exitCode());
    for (String f : List.of("patient_flags.csv", "note_codes.csv", "evidence.csv", "rejects.csv", "manifest.json")) {
      assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(four.resolve(f)), f);
    }
    assertEquals(3001, Files.readAllLines(one.resolve("note_codes.csv")).size());
  }

  @Test
  void anUnmappedTextColumnStopsWithExitCode2AndNamesFileAndHeaders() throws IOException {
    Files.writeString(dir.resolve("export.csv"), "patient_id,date,fritt\nP1,2024-01-01,TENS\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRunner.Result r = code(out);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("export.csv: no text column"), r.err());
    assertTrue(r.err().contains("--column text=HEADER"), r.err());
    assertFalse(Files.exists(out.resolve("note_codes.csv")), "a failed run leaves no output file");
    CliRunner.Result mapped = code(out, "--column", "text=fritt");
    assertEquals(0, mapped.exitCode(), mapped.err());
  }

  @Test
  void aBadMappingInALaterFileStopsTheRunBeforeAnyOutputIsWritten() throws IOException {
    Path exports = Files.createDirectories(dir.resolve("exports"));
    Files.copy(dir.resolve("export.csv"), exports.resolve("a-first.csv"));
    Files.writeString(exports.resolve("z-second.csv"), "patient_id,date,fritext2\nP9,2024-01-01,TENS\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run("code", exports.toString(), "--out", out.toString(), "--lexicons", lexicons.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("z-second.csv: no text column"), r.err());
    assertFalse(Files.exists(out), "stopped before work started: not even the output folder exists");
  }

  @Test
  void emptyAndCorruptFilesBecomeRejectsAndTheRunGoesOn() throws IOException {
    Path exports = Files.createDirectories(dir.resolve("exports"));
    Files.copy(dir.resolve("export.csv"), exports.resolve("a-first.csv"));
    Files.writeString(exports.resolve("empty.csv"), "", StandardCharsets.UTF_8);
    Files.write(exports.resolve("corrupt.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run("code", exports.toString(), "--out", out.toString(), "--lexicons", lexicons.toString(),
        "--language", "en");
    assertEquals(0, r.exitCode(), r.err());
    String rejects = Files.readString(out.resolve("rejects.csv"));
    assertTrue(rejects.contains("empty.csv,row,1,unreadable_file,the file is empty (no header row)"), rejects);
    assertTrue(rejects.contains("corrupt.xlsx,row,1,unreadable_file,the file could not be read"), rejects);
    assertTrue(r.err().contains("warning: " + exports.resolve("empty.csv") + ": no note could be coded (1 rejected; see rejects.csv)"),
        r.err());
    assertFalse(r.err().contains("a-first.csv: no note"), "a file with coded notes gets no warning: " + r.err());
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(manifest.at("/notes/read").asLong(),
        manifest.at("/notes/coded").asLong() + manifest.at("/notes/rejected").asLong());
  }

  @Test
  void aNoteExportedTwiceIsCodedOnceAndItsSecondCopyIsARejectNamingWhereItWas() throws IOException {
    // Two overlapping exports: N2 and N5 of P1 are in both; N1 of P9 is a different patient's note 1.
    Path exports = Files.createDirectories(dir.resolve("exports"));
    Files.copy(dir.resolve("export.csv"), exports.resolve("a-jan.csv"));
    Files.writeString(exports.resolve("b-feb.csv"), """
        patient_id,note_id,date,note_type,author,text
        P1,N5,2024-04-08,Visit,PT,"Walking together for 20 min, then gym."
        P9,N1,2024-04-09,Visit,PT,Gym.
        P1,N2,2024-03-12,Visit,PT,"Information given. Declines acupuncture."
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    CliRunner.Result r = CliRunner.run("code", exports.toString(), "--out", out.toString(), "--lexicons", lexicons.toString(),
        "--language", "en");
    assertEquals(0, r.exitCode(), r.err());
    List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"));
    String detail = "this patient's note id was already read earlier in the run; the first copy is coded";
    assertTrue(rejects.contains(exports.resolve("b-feb.csv") + ",row,1,duplicate_note_id," + detail), rejects.toString());
    assertTrue(rejects.contains(exports.resolve("b-feb.csv") + ",row,3,duplicate_note_id," + detail), rejects.toString());
    List<String> flags = Files.readAllLines(out.resolve("patient_flags.csv"));
    assertTrue(flags.contains("P1,1,0,0,0,0,1,1,0,0,0,0,2,2024-03-12,2024-04-08,3"), flags.toString());
    assertTrue(flags.stream().anyMatch(l -> l.startsWith("P9,")), flags.toString());
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(8, manifest.at("/notes/read").asLong());
    assertEquals(4, manifest.at("/notes/coded").asLong());
    assertEquals(4, manifest.at("/notes/rejected").asLong());
  }

  @Test
  void anOutFolderInsideTheInputFolderIsNotReadAsInputOnTheNextRun() throws IOException {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.copy(dir.resolve("export.csv"), project.resolve("export.csv"));
    Path out = project.resolve("results");
    for (int run = 1; run <= 2; run++) {
      CliRunner.Result r = CliRunner.run("code", project.toString(), "--out", out.toString(), "--lexicons",
          lexicons.toString(), "--language", "en");
      assertEquals(0, r.exitCode(), "run " + run + ": " + r.err());
    }
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertEquals(1, manifest.at("/inputs").size(), manifest.toString());
  }

  @Test
  void anExportNamedExplicitlyInsideTheOutFolderIsStillRead() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.copy(dir.resolve("export.csv"), data.resolve("export.csv"));
    CliRunner.Result r = CliRunner.run("code", data.resolve("export.csv").toString(), "--out", data.toString(),
        "--lexicons", lexicons.toString(), "--language", "en");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(4, Files.readAllLines(data.resolve("note_codes.csv")).size());
  }

  @Test
  void aRoleMappedTwiceIsAUsageErrorNotASilentlyCutText() {
    CliRunner.Result r = code(dir.resolve("out"), "--column", "text=Text1", "--column", "text=Text2");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--column text is given twice"), r.err());
  }

  @Test
  void usDatesAreReadMonthFirstWithTheDatesOptionAndTheRejectSaysSo() throws IOException {
    Path us = Files.writeString(dir.resolve("us.csv"), "patient_id,date,text\n"
        + "P1,03/25/2024,TENS 20 min.\nP1,04/02/2024,TENS 20 min.\n");
    Path dayFirst = dir.resolve("out-day");
    assertEquals(0, CliRunner.run("code", us.toString(), "--out", dayFirst.toString()).exitCode());
    List<String> rejects = Files.readAllLines(dayFirst.resolve("rejects.csv"));
    assertEquals(us + ",row,1,unparseable_date,\"date '03/25/2024' is not a day-first date (if this export writes dates"
        + " month-first, run with --dates month-first)\"", rejects.get(1));

    Path monthFirst = dir.resolve("out-month");
    assertEquals(0, CliRunner.run("code", us.toString(), "--out", monthFirst.toString(), "--dates", "month-first").exitCode());
    assertEquals(1, Files.readAllLines(monthFirst.resolve("rejects.csv")).size(), "no rejects");
    assertTrue(Files.readAllLines(monthFirst.resolve("patient_flags.csv")).get(1).endsWith(",2,2024-03-25,2024-04-02,1"));
    assertTrue(Files.readString(monthFirst.resolve("manifest.json")).contains("\"dates\" : \"month-first\""));
    assertEquals(2, CliRunner.run("code", us.toString(), "--out", monthFirst.toString(), "--dates", "ymd").exitCode());
  }

  @Test
  void anExplicitFileOfAnUnsupportedTypeIsAUsageError() throws IOException {
    Path odt = Files.writeString(dir.resolve("notes.odt"), "x");
    CliRunner.Result r = CliRunner.run("code", odt.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("notes.odt: unsupported file type"), r.err());
  }

  @Test
  void anInvalidLexiconStopsBeforeWorkWithEveryProblemAsFileLine() throws IOException {
    Path terms = lexicons.resolve("en/terms.tsv");
    Files.writeString(terms, Files.readString(terms)
        + "en.bad\tc99_nothing\tfoo\tword\t\t\t\n"
        + "en.tens\tc05_sensory_stimulation\tTENS\texact\t\t\t\n"
        + "en.x\tc01_education\tbar\tfuzzy\tnocue\t\t\n"
        + "en.y\thome_exercise\tbaz\tword\t!own@unclaimed+own@item\t\t\n", StandardCharsets.UTF_8);
    Path cues = lexicons.resolve("en/cues.tsv");
    Files.writeString(cues, Files.readString(cues) + "en.cue.bad\tload\t[0-9+kg\tpattern\n", StandardCharsets.UTF_8);
    Path sections = lexicons.resolve("en/sections.tsv");
    Files.writeString(sections, Files.readString(sections) + "en.sec.x\tHome\thome\tnone\tenergy\t\n", StandardCharsets.UTF_8);
    Path context = lexicons.resolve("en/context.tsv");
    Files.writeString(context, Files.readString(context) + "en.bad.session\tabsent\tpseudo\tsession\t\t\n"
        + "en.bad.reserved\t{later year}\thistorical\tboth\t\t\n"
        + "en.bad.year\t{earlier year}\thistorical\tsession\t\t\n", StandardCharsets.UTF_8);
    Path clauses = lexicons.resolve("en/clauses.tsv");
    Files.writeString(clauses, Files.readString(clauses) + "en.clause.x\tconjunction\tand\n"
        + "en.clause.but2\tbut\tyet\n" + "en.clause.y\tboundary\tplus plus\n" + "en.clause.z\tsubject\t\n",
        StandardCharsets.UTF_8);
    CliRunner.Result r = code(dir.resolve("out"));
    assertEquals(2, r.exitCode());
    long clauseLines = Files.readAllLines(clauses).size();
    assertTrue(r.err().contains(clauses + ":" + (clauseLines - 3) + ": role 'conjunction' is unknown, expected one of boundary, "
        + "reason, but, subject, after_refusal, absence_follower, before_year, after_year\n"), r.err());
    assertTrue(r.err().contains(clauses + ":" + (clauseLines - 2) + ": role 'but' has a row already"), r.err());
    assertTrue(r.err().contains(clauses + ":" + (clauseLines - 1) + ": word 'plus' is listed twice"), r.err());
    assertTrue(r.err().contains(clauses + ":" + clauseLines + ": words is empty"), r.err());
    assertTrue(r.err().contains(sections + ":9: cues 'energy' is not a cue class of cues.tsv, expected one of advice, together, load, own"),
        r.err());
    assertTrue(r.err().contains(cues + ":6: pattern '[0-9+kg': not a valid regular expression"), r.err());
    long contextLines = Files.readAllLines(context).size();
    assertTrue(r.err().contains(context + ":" + (contextLines - 2)
        + ": direction session needs a modifier (the patient's absence), not pseudo"), r.err());
    assertTrue(r.err().contains(context + ":" + (contextLines - 1) + ": trigger '{later year}' is no reserved trigger, expected "
        + "{earlier year}"), r.err());
    assertTrue(r.err().contains(context + ":" + contextLines + ": trigger {earlier year} cannot have direction session"),
        r.err());
    String t = terms.toString();
    assertTrue(r.err().contains(t + ":15: category 'c99_nothing', expected one of c01_education"), r.err());
    assertTrue(r.err().contains(t + ":16: id 'en.tens' is already used at " + t + ":3"), r.err());
    assertTrue(r.err().contains(t + ":17: match 'fuzzy', expected one of word, whole, exact, surface, pattern"), r.err());
    assertTrue(r.err().contains(t + ":17: requires 'nocue' is not a cue class"), r.err());
    assertTrue(r.err().contains(t + ":18: requires '!own@unclaimed': @unclaimed is for a cue that must be present"),
        r.err());
    assertTrue(r.err().contains(t + ":18: requires 'own@item': scope '@item', expected @clause, @unclaimed or none"), r.err());
  }

  @Test
  void noteTextNeverReachesStdoutOrStderr() throws IOException {
    Files.writeString(dir.resolve("export.csv"),
        "patient_id,date,text\nP1,2024-01-01,SECRET-TEXT TENS\nP1,2024-13-01,SECRET-TEXT2\n\"P1\",2024-01-02,\"SECRET-TEXT3",
        StandardCharsets.UTF_8);
    CliRunner.Result r = code(dir.resolve("out"));
    assertFalse(r.out().contains("SECRET") || r.err().contains("SECRET"), r.out() + r.err());
  }

  @Test
  void usageErrorsExitWith2() {
    assertEquals(2, CliRunner.run("code").exitCode());
    assertEquals(2, CliRunner.run("code", dir.resolve("missing.csv").toString(), "--out", dir.toString()).exitCode());
    assertEquals(2, CliRunner.run("code", dir.toString(), "--out", dir.resolve("o").toString(), "--language", "de").exitCode());
    assertEquals(2, CliRunner.run("nonsense").exitCode());
  }

  @Test
  void everyCommandsHelpListsTheDocumentedExitCodes() {
    for (String command : List.of("code", "agree", "demo", "synth")) {
      CliRunner.Result r = CliRunner.run(command, "--help");
      assertEquals(0, r.exitCode());
      String help = r.out().replaceAll("\\s+", " ");
      for (ExitCode c : ExitCode.values()) {
        assertTrue(help.contains(c.code() + " " + c.meaning()), command + ": " + help);
      }
    }
  }
}
