package org.icoder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icoder agree} end to end through the CLI, on coding files the test writes. */
class AgreeCommandIT {
  @TempDir Path dir;

  static final String NOTE_HEADER = "patient_id,note_id,date,c01_education,c02_sensorimotor,c03_pa_advice,"
      + "c04_structures_functions,c05_sensory_stimulation,c06_pa_with_physio,c07_weight_training,"
      + "c08_relaxation_mindfulness,c09_act,c10_body_awareness_activities,home_exercise\n";
  static final String PATIENT_HEADER = "patient_id,c01_education,c02_sensorimotor,c03_pa_advice,"
      + "c04_structures_functions,c05_sensory_stimulation,c06_pa_with_physio,c07_weight_training,"
      + "c08_relaxation_mindfulness,c09_act,c10_body_awareness_activities,home_exercise,n_notes,first_date,last_date,"
      + "n_categories\n";
  static final String ZEROS = ",0,0,0,0,0,0,0,0,0,0";

  /** Rater 1 (the reference): N4 only here. */
  static final String RATER1 = NOTE_HEADER
      + "P1,N1,2024-01-01,1" + ZEROS + "\n"
      + "P1,N2,2024-01-02,0" + ZEROS + "\n"
      + "P2,N3,2024-01-03,1" + ZEROS + "\n"
      + "P3,N4,2024-01-04,1" + ZEROS + "\n"
      + "P5,N6,2024-01-06,0" + ZEROS + "\n";
  /** Rater 2: says yes to c01 on N2 where rater 1 said no; N5 only here; N4 missing (not 0). */
  static final String RATER2 = NOTE_HEADER
      + "P1,N1,2024-01-01,1" + ZEROS + "\n"
      + "P1,N2,2024-01-02,1" + ZEROS + "\n"
      + "P2,N3,2024-01-03,1" + ZEROS + "\n"
      + "P4,N5,2024-01-05,0" + ZEROS + "\n"
      + "P5,N6,2024-01-06,0" + ZEROS + "\n";

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  static CliRunner.Result agree(Object... args) {
    List<String> a = new ArrayList<>(List.of("agree"));
    for (Object o : args) {
      a.add(o.toString());
    }
    return CliRunner.run(a.toArray(String[]::new));
  }

  /**
   * c01 over the four notes both files have (N1, N2, N3, N6): tp 2, fp 1, fn 0, tn 1. By hand:
   * prevalences 2/4 and 3/4; po 3/4; positive agreement 4/5; negative 2/3; pe = .5(.75) + .5(.25) =
   * .5, kappa = (.75 - .5)/.5 = .5; PABAK 2(.75) - 1 = .5; PI (2 - 1)/4; BI (0 - 1)/4; Gwet pi =
   * .625, pe = 2(.625)(.375) = .46875, AC1 = .28125/.53125 = .5294; McNemar one discordant pair, p =
   * 1; sensitivity 2/2, specificity 1/2, PPV 2/3, NPV 1/1. Kappa's SE (Fleiss-Cohen-Everitt), cells
   * p11 = .5, p21 = .25, p22 = .25, margins rows (.5, .5), columns (.75, .25): sum of p_ij (w_ij - (1 -
   * kappa)(p.i + pj.))^2 = .5(.375)^2 + .25(.375)^2 + .25(.625)^2 = .203125, minus (po - 2(1 - kappa)
   * pe)^2 = .0625, over n(1 - pe)^2 = 1: variance .140625, SE = .375; CI .5 -/+ 1.959964(.375). AC1's
   * SE 0.4331 and the pooled row (tp 2, fp 1, fn 0, tn 41: kappa .7885, SE .2044, AC1 .9745, SE .0257)
   * were checked with a separate script of the same formulas. Every other category: 4 agreed noes,
   * kappa not estimable.
   */
  @Test
  void twoNoteFilesGiveTheHandComputedTable() throws IOException {
    Path r1 = write("r1/note_codes.csv", RATER1);
    Path r2 = write("r2/note_codes.csv", RATER2);
    Path out = dir.resolve("out");
    CliRunner.Result r = agree(r1, r2, "--out", out);
    assertEquals(0, r.exitCode(), r.err());
    String zeroRow = ",4,0.0000,0.0000,1.0000,,1.0000,,,,,1.0000,-1.0000,0.0000,1.0000,0.0000,1.000000,,1.0000,,1.0000,,0,0,0,4,"
        + "\"positive_agreement, f1 not estimable: neither file codes any unit yes; kappa, kappa_se, kappa_ci_low, "
        + "kappa_ci_high not estimable: chance agreement is 1 (both files code every unit the same way); sensitivity not "
        + "estimable: the reference (first file) codes no unit yes; ppv not estimable: the second file codes no unit yes\"";
    List<String> expected = new ArrayList<>();
    expected.add("category,n,prevalence_1,prevalence_2,observed_agreement,positive_agreement,negative_agreement,kappa,"
        + "kappa_se,kappa_ci_low,kappa_ci_high,pabak,prevalence_index,bias_index,ac1,ac1_se,mcnemar_p,sensitivity,"
        + "specificity,ppv,npv,f1,tp,fp,fn,tn,notes");
    expected.add("c01_education,4,0.5000,0.7500,0.7500,0.8000,0.6667,0.5000,0.3750,-0.2350,1.2350,0.5000,0.2500,-0.2500,"
        + "0.5294,0.4331,1.000000,1.0000,0.5000,0.6667,1.0000,0.8000,2,1,0,1,");
    for (String c : List.of("c02_sensorimotor", "c03_pa_advice", "c04_structures_functions", "c05_sensory_stimulation",
        "c06_pa_with_physio", "c07_weight_training", "c08_relaxation_mindfulness", "c09_act",
        "c10_body_awareness_activities", "home_exercise")) {
      expected.add(c + zeroRow);
    }
    expected.add("pooled,44,0.0455,0.0682,0.9773,0.8000,0.9880,0.7885,0.2044,0.3879,1.1891,0.9545,-0.8864,-0.0227,"
        + "0.9745,0.0257,1.000000,1.0000,0.9762,0.6667,1.0000,0.8000,2,1,0,41,");
    List<String> actual = Files.readAllLines(out.resolve("agreement.csv"));
    assertEquals(String.join("\n", expected), String.join("\n", actual));
    assertEquals(List.of("patient_id,note_id,category,value_1,value_2,evidence", "P1,N2,c01_education,0,1,"),
        Files.readAllLines(out.resolve("disagreements.csv")), "N4 and N5, in one file only, are missing, not disagreements");
    for (String f : List.of("agreement.csv", "agreement.json", "agreement.xlsx", "agreement.html", "disagreements.csv")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    try (Stream<Path> files = Files.list(out)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left");
    }
    JsonNode json = new ObjectMapper().readTree(out.resolve("agreement.json").toFile());
    assertEquals("note", json.at("/level").asText());
    assertEquals(64, json.at("/inputs/0/sha256").asText().length());
    assertTrue(json.at("/pooling").asText().contains("summed over the eleven"), json.toString());
    assertEquals(0.5, json.at("/rows/0/kappa").asDouble(), 1e-12);
    assertTrue(Files.readString(out.resolve("agreement.json")).contains("\"kappa\" : 0.5000,"), "4 decimals as in the CSV");
    assertTrue(json.at("/rows/1/kappa").isNull());
    assertEquals(6, json.at("/units").asInt());
    try (InputStream in = Files.newInputStream(out.resolve("agreement.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet table = wb.getSheet("agreement");
      assertEquals("kappa", table.getRow(0).getCell(7).getStringCellValue());
      assertEquals(0.5, table.getRow(1).getCell(7).getNumericCellValue(), 1e-12);
      assertEquals(null, table.getRow(2).getCell(7), "not estimable is an empty cell");
      assertEquals("pabak", wb.getSheet("legend").getRow(12).getCell(0).getStringCellValue());
    }
    String html = Files.readString(out.resolve("agreement.html"));
    assertTrue(html.contains("<svg") && html.contains("<style>"), "inline chart and style");
    assertFalse(html.contains("http://") && !html.contains("xmlns=\"http://www.w3.org/2000/svg\""), "nothing fetched");
    assertFalse(html.contains("<script") || html.contains("<link") || html.contains("src="), "self-contained");
    assertTrue(html.contains("Prevalence- and bias-adjusted kappa"), "PABAK explained in words");
  }

  @Test
  void sameInputsGiveByteIdenticalOutputsIncludingBootstrapAndWorkbook() throws IOException {
    Path r1 = write("r1/note_codes.csv", RATER1);
    Path r2 = write("r2/note_codes.csv", RATER2);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(0, agree(r1, r2, "--out", a, "--bootstrap", "200", "--seed", "42").exitCode());
    assertEquals(0, agree(r1, r2, "--out", b, "--bootstrap", "200", "--seed", "42").exitCode());
    for (String f : List.of("agreement.csv", "agreement.json", "agreement.xlsx", "agreement.html", "disagreements.csv")) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
    List<String> csv = Files.readAllLines(a.resolve("agreement.csv"));
    assertTrue(csv.get(0).endsWith(",tn,kappa_boot_low,kappa_boot_high,ac1_boot_low,ac1_boot_high,notes"), csv.get(0));
    String[] c01 = csv.get(1).split(",", -1);
    double low = Double.parseDouble(c01[26]);
    double high = Double.parseDouble(c01[27]);
    assertTrue(low <= high, csv.get(1));
    assertTrue(csv.get(1).contains("kappa bootstrap:"), "resamples without variation are counted out: " + csv.get(1));
    JsonNode json = new ObjectMapper().readTree(a.resolve("agreement.json").toFile());
    assertEquals(200, json.at("/bootstrap/replicates").asInt());
    assertEquals(42, json.at("/bootstrap/seed").asInt());
  }

  /**
   * Three raters on four notes, c01 only varying: rater 3 agrees with rater 1 except on N3 and has
   * no N6. Fleiss' kappa on N1, N2, N3 (all three raters), counts (no, yes): (0,3), (2,1), (1,2):
   * P_i = 1, 1/3, 1/3, P-bar = 5/9; yes ratings 3 + 1 + 2 = 6 of 9, pe = (6/9)^2 + (3/9)^2 = 5/9 =
   * P-bar, so kappa = 0. Krippendorff's
   * alpha also uses N6 (two raters, both no); the coincidences are worked out in the test body.
   */
  @Test
  void threeFilesAddFleissKappaAndKrippendorffAlpha() throws IOException {
    Path r1 = write("r1/note_codes.csv", RATER1);
    Path r2 = write("r2/note_codes.csv", RATER2);
    Path r3 = write("r3/note_codes.csv", NOTE_HEADER
        + "P1,N1,2024-01-01,1" + ZEROS + "\n"
        + "P1,N2,2024-01-02,0" + ZEROS + "\n"
        + "P2,N3,2024-01-03,0" + ZEROS + "\n");
    Path out = dir.resolve("out");
    CliRunner.Result r = agree(r1, r2, r3, "--out", out);
    assertEquals(0, r.exitCode(), r.err());
    List<String> csv = Files.readAllLines(out.resolve("agreement.csv"));
    assertTrue(csv.get(0).endsWith(",tn,fleiss_kappa,krippendorff_alpha,notes"), csv.get(0));
    String[] c01 = csv.get(1).split(",", -1);
    assertEquals("0.0000", c01[26], csv.get(1));
    // values (no, yes) per unit: N1 (0,3), N2 (2,1), N3 (1,2), N4 (0,1) unpairable, N6 (2,0), N5 (1,0) unpairable.
    // coincidences: N1 yes-yes 6/2; N2 no-no 2/2, no-yes 2/2, yes-no 2/2; N3 yes-yes 2/2, no-yes 2/2, yes-no 2/2;
    // N6 no-no 2: o(no,no) = 3, o(yes,yes) = 4, o(no,yes) = o(yes,no) = 2; n_no = 5, n_yes = 6, n = 11;
    // alpha = 1 - (n - 1) * 4 / (2 * 5 * 6) = 1 - 40/60 = 0.3333.
    assertEquals("0.3333", c01[27], csv.get(1));
    assertEquals("patient_id,note_id,category,value_1,value_2,value_3,evidence",
        Files.readAllLines(out.resolve("disagreements.csv")).get(0));
    assertEquals("P1,N2,c01_education,0,1,0,", Files.readAllLines(out.resolve("disagreements.csv")).get(1));
  }

  @Test
  void patientLevelAggregatesNotesAndReadsPatientFlags() throws IOException {
    Path r1 = write("r1/note_codes.csv", RATER1);
    // P1 has c01 in both files at patient level (N1); P2 c01 in both; P5 neither; P3 and P4 one file each.
    Path flags = write("r2/patient_flags.csv", PATIENT_HEADER
        + "P1,1" + ZEROS + ",2,2024-01-01,2024-01-02,1\n"
        + "P2,0" + ZEROS + ",1,2024-01-03,2024-01-03,0\n"
        + "P5,0" + ZEROS + ",1,2024-01-06,2024-01-06,0\n");
    write("r2/evidence.csv", "patient_id,note_id,date,category,entry_id,matched_text,sentence,start,end,section,modifier,"
        + "trigger_id,counted,source,reason\n"
        + "P2,N3,2024-01-03,c01_education,en.info,information,Information given.,0,11,,none,,yes,lexicon,counted\n"
        + "P2,N3,2024-01-03,c01_education,en.info,information,Information about values.,0,11,,none,,yes,lexicon,counted\n"
        + "P2,N3,2024-01-03,c01_education,en.info,information,No information.,3,14,,negated,en.no,no,lexicon,modified\n");
    Path out = dir.resolve("out");
    CliRunner.Result r = agree(r1, flags, "--out", out);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("patient level"), r.out());
    String c01 = Files.readAllLines(out.resolve("agreement.csv")).get(1);
    assertTrue(c01.startsWith("c01_education,3,0.6667,0.3333,0.6667,"), c01);
    assertTrue(c01.contains(",1,0,1,1,"), "tp 1 (P1), fp 0, fn 1 (P2), tn 1 (P5): " + c01);
    assertEquals(List.of("patient_id,note_id,category,value_1,value_2,evidence",
            "P2,,c01_education,1,0,Information given. | Information about values."),
        Files.readAllLines(out.resolve("disagreements.csv")));

    CliRunner.Result asked = agree(r1, write("r3/note_codes.csv", RATER2), "--out", dir.resolve("p"), "--level", "patient");
    assertEquals(0, asked.exitCode(), asked.err());
    assertTrue(Files.readAllLines(dir.resolve("p/agreement.csv")).get(1).startsWith("c01_education,3,"),
        "P1, P2, P5 are in both files at patient level");
  }

  @Test
  void badInputsStopWithExitCode2AndSayWhere() throws IOException {
    Path good = write("good.csv", RATER1);
    Path out = dir.resolve("out");

    Path unknown = write("unknown.csv", RATER1.replace("c09_act", "c09_acceptance"));
    CliRunner.Result r = agree(good, unknown, "--out", out);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("unknown.csv:1: unknown column 'c09_acceptance'"), r.err());
    assertTrue(r.err().contains("expected the columns patient_id, note_id, date, c01_education"), r.err());

    Path missing = write("missing.csv", NOTE_HEADER.replace(",home_exercise", "") + "P1,N1,2024-01-01,1,0,0,0,0,0,0,0,0,0\n");
    r = agree(good, missing, "--out", out);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("missing.csv:1: missing column 'home_exercise'"), r.err());

    Path notBinary = write("two.csv", RATER2.replace("P2,N3,2024-01-03,1", "P2,N3,2024-01-03,2"));
    r = agree(good, notBinary, "--out", out);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("two.csv:4: column c01_education: '2' is not a code, expected 0 or 1"), r.err());

    Path duplicate = write("dup.csv", RATER2 + "P1,N1,2024-01-01,1" + ZEROS + "\n");
    r = agree(good, duplicate, "--out", out);
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("dup.csv:7: note P1/N1 appears again (first on line 2)"), r.err());

    Path flags = write("patient_flags.csv", PATIENT_HEADER + "P1,1" + ZEROS + ",2,2024-01-01,2024-01-02,1\n");
    r = agree(good, flags, "--out", out, "--level", "note");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("patient_flags.csv: is a patient-level file"), r.err());

    assertEquals(2, agree(good, "--out", out).exitCode(), "one file is not enough");
    assertEquals(2, agree(good, dir.resolve("nope.csv"), "--out", out).exitCode());
    assertEquals(2, agree(good, good, "--out", out, "--level", "ward").exitCode());
    assertEquals(2, agree(good, good, "--out", out, "--bootstrap", "-1").exitCode());
    assertFalse(Files.exists(out.resolve("agreement.csv")), "a failed run leaves no output");
  }
}
