package org.icoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-coded development sets, coded with the bundled lexicon and compared with their coders
 * through the CLI ({@code code}, then {@code agree}): a lexicon or engine change that lowers any
 * set's pooled Cohen's kappa below its floor here fails. Each set is coded twice: as a user codes
 * (rules, then the reading model) and by the rules alone ({@code --reading rules}), so that a
 * rule's regression cannot hide behind the model. The floors are the figures last measured
 * (rounded down to three decimals): raise one when a change lifts a set for good; lowering one
 * needs a reason in the commit. The model is trained on the tuned sets and devsets 71, 72 (training/reading-sets.txt):
 * their model floors show fit, not accuracy; the held-out sets' model floors are the measure.
 */
class DevelopmentSetsIT {
  static final Path SETS = Path.of("src/test/resources");
  @TempDir static Path dir;

  /**
   * Set folder, its note files, its coding file, and the floors: note and patient level as coded by
   * default (rules and reading model), then note and patient level by the rules alone.
   */
  record DevSet(String folder, List<String> notes, String codes, double noteFloor, double patientFloor,
      double rulesNoteFloor, double rulesPatientFloor) {}

  static final List<DevSet> SETS_AND_FLOORS = List.of(
      new DevSet("devset", List.of("dev-sv.csv", "dev-en.csv"), "dev_note_codes.csv", 0.961, 0.994, 0.958, 0.989),
      new DevSet("devset2", List.of("dev2-sv.csv", "dev2-en.csv"), "dev2_note_codes.csv", 0.939, 0.971, 0.929, 0.971),
      new DevSet("devset3", List.of("dev3-sv.csv", "dev3-en.csv"), "dev3_note_codes.csv", 0.942, 1.000, 0.894, 0.966),
      new DevSet("devset4", List.of("dev4-sv.csv", "dev4-en.csv"), "dev4_note_codes.csv", 0.926, 0.994, 0.930, 0.982),
      new DevSet("devset5", List.of("dev5-sv.csv", "dev5-en.csv"), "dev5_note_codes.csv", 0.983, 1.000, 0.986, 0.992),
      new DevSet("devset6", List.of("dev6-sv.csv"), "dev6_note_codes.csv", 0.975, 1.000, 0.936, 1.000),
      new DevSet("devset7", List.of("dev7-sv.csv", "dev7-en.csv"), "dev7_note_codes.csv", 0.970, 1.000, 0.912, 0.981),
      new DevSet("devset8", List.of("dev8-sv.csv", "dev8-en.csv"), "dev8_note_codes.csv", 0.954, 1.000, 0.896, 1.000),
      new DevSet("devset9", List.of("dev9-sv.csv"), "dev9_note_codes.csv", 0.957, 1.000, 0.921, 0.987),
      new DevSet("devset10", List.of("dev10-sv.csv", "dev10-en.csv"), "dev10_note_codes.csv", 0.960, 1.000, 0.912, 0.987),
      new DevSet("devset11", List.of("dev11-sv.csv", "dev11-en.csv"), "dev11_note_codes.csv", 0.930, 1.000, 0.844, 0.965),
      new DevSet("devset12", List.of("dev12-sv.csv", "dev12-en.csv"), "dev12_note_codes.csv", 0.957, 1.000, 0.920, 1.000),
      new DevSet("devset13", List.of("dev13-sv.csv", "dev13-en.csv"), "dev13_note_codes.csv", 0.985, 1.000, 0.975, 0.992),
      new DevSet("devset14", List.of("dev14-sv.csv", "dev14-en.csv"), "dev14_note_codes.csv", 0.905, 1.000, 0.888, 1.000),
      new DevSet("devset15", List.of("dev15-sv.csv", "dev15-en.csv"), "dev15_note_codes.csv", 0.935, 0.981, 0.886, 0.963),
      new DevSet("devset16", List.of("dev16-sv.csv", "dev16-en.csv"), "dev16_note_codes.csv", 0.927, 1.000, 0.859, 0.987),
      new DevSet("devset17", List.of("dev17-sv.csv", "dev17-en.csv"), "dev17_note_codes.csv", 0.931, 0.981, 0.884, 0.963),
      // held out: measured, never tuned on (a guard against regressions only)
      new DevSet("devset18", List.of("dev18-sv.csv", "dev18-en.csv"), "dev18_note_codes.csv", 0.892, 0.939, 0.861, 0.890),
      new DevSet("devset19", List.of("dev19-sv.csv", "dev19-en.csv"), "dev19_note_codes.csv", 0.976, 1.000, 0.921, 1.000),
      new DevSet("devset20", List.of("dev20-sv.csv", "dev20-en.csv"), "dev20_note_codes.csv", 0.929, 0.993, 0.873, 0.963),
      // held out: measured, never tuned on
      new DevSet("devset21", List.of("dev21-sv.csv", "dev21-en.csv"), "dev21_note_codes.csv", 0.904, 0.987, 0.871, 0.902),
      new DevSet("devset22", List.of("dev22-sv.csv", "dev22-en.csv"), "dev22_note_codes.csv", 0.949, 1.000, 0.881, 0.981),
      new DevSet("devset23", List.of("dev23-sv.csv", "dev23-en.csv"), "dev23_note_codes.csv", 0.901, 0.969, 0.854, 0.944),
      // held out: measured, never tuned on
      new DevSet("devset24", List.of("dev24-sv.csv", "dev24-en.csv"), "dev24_note_codes.csv", 0.881, 0.963, 0.863, 0.915),
      new DevSet("devset25", List.of("dev25-sv.csv", "dev25-en.csv"), "dev25_note_codes.csv", 0.947, 0.993, 0.886, 0.963),
      new DevSet("devset26", List.of("dev26-sv.csv", "dev26-en.csv"), "dev26_note_codes.csv", 0.965, 1.000, 0.884, 0.951),
      new DevSet("devset27", List.of("dev27-sv.csv", "dev27-en.csv"), "dev27_note_codes.csv", 0.955, 1.000, 0.895, 0.957),
      // held out: measured, never tuned on
      new DevSet("devset28", List.of("dev28-sv.csv", "dev28-en.csv"), "dev28_note_codes.csv", 0.918, 0.969, 0.878, 0.932),
      new DevSet("devset29", List.of("dev29-sv.csv", "dev29-en.csv"), "dev29_note_codes.csv", 0.921, 1.000, 0.877, 0.963),
      new DevSet("devset30", List.of("dev30-sv.csv", "dev30-en.csv"), "dev30_note_codes.csv", 0.934, 0.987, 0.860, 0.951),
      new DevSet("devset31", List.of("dev31-sv.csv", "dev31-en.csv"), "dev31_note_codes.csv", 0.924, 1.000, 0.852, 0.981),
      // held out: measured, never tuned on
      new DevSet("devset32", List.of("dev32-sv.csv", "dev32-en.csv"), "dev32_note_codes.csv", 0.905, 0.944, 0.869, 0.926),
      new DevSet("devset33", List.of("dev33-sv.csv", "dev33-en.csv"), "dev33_note_codes.csv", 0.962, 0.993, 0.902, 0.987),
      // held out: measured, never tuned on
      new DevSet("devset34", List.of("dev34-sv.csv", "dev34-en.csv"), "dev34_note_codes.csv", 0.877, 0.944, 0.847, 0.926),
      new DevSet("devset35", List.of("dev35-sv.csv", "dev35-en.csv"), "dev35_note_codes.csv", 0.964, 1.000, 0.894, 0.957),
      // held out: measured, never tuned on
      new DevSet("devset36", List.of("dev36-sv.csv", "dev36-en.csv"), "dev36_note_codes.csv", 0.880, 0.969, 0.856, 0.938),
      new DevSet("devset37", List.of("dev37-sv.csv", "dev37-en.csv"), "dev37_note_codes.csv", 0.948, 0.987, 0.886, 0.951),
      // held out: measured, never tuned on
      new DevSet("devset38", List.of("dev38-sv.csv", "dev38-en.csv"), "dev38_note_codes.csv", 0.869, 0.950, 0.852, 0.914),
      new DevSet("devset39", List.of("dev39-sv.csv", "dev39-en.csv"), "dev39_note_codes.csv", 0.918, 0.987, 0.867, 0.950),
      new DevSet("devset40", List.of("dev40-sv.csv", "dev40-en.csv"), "dev40_note_codes.csv", 0.959, 1.000, 0.859, 0.873),
      // held out: measured, never tuned on
      new DevSet("devset41", List.of("dev41-sv.csv", "dev41-en.csv"), "dev41_note_codes.csv", 0.853, 0.945, 0.825, 0.848),
      new DevSet("devset42", List.of("dev42-sv.csv", "dev42-en.csv"), "dev42_note_codes.csv", 0.956, 1.000, 0.898, 0.939),
      new DevSet("devset43", List.of("dev43-sv.csv", "dev43-en.csv"), "dev43_note_codes.csv", 0.924, 0.993, 0.888, 0.951),
      // held out: measured, never tuned on
      new DevSet("devset44", List.of("dev44-sv.csv", "dev44-en.csv"), "dev44_note_codes.csv", 0.891, 0.933, 0.862, 0.909),
      new DevSet("devset47", List.of("dev47-sv.csv", "dev47-en.csv"), "dev47_note_codes.csv", 0.860, 0.957, 0.776, 0.915),
      new DevSet("devset45", List.of("dev45-sv.csv", "dev45-en.csv"), "dev45_note_codes.csv", 0.899, 1.000, 0.828, 0.969),
      // held out: measured, never tuned on
      new DevSet("devset46", List.of("dev46-sv.csv", "dev46-en.csv"), "dev46_note_codes.csv", 0.877, 0.975, 0.855, 0.939),
      // held out: measured, never tuned on
      new DevSet("devset48", List.of("dev48-sv.csv", "dev48-en.csv"), "dev48_note_codes.csv", 0.905, 0.963, 0.864, 0.939),
      new DevSet("devset49", List.of("dev49-sv.csv", "dev49-en.csv"), "dev49_note_codes.csv", 0.953, 1.000, 0.888, 0.950),
      // held out: measured, never tuned on
      new DevSet("devset50", List.of("dev50-sv.csv", "dev50-en.csv"), "dev50_note_codes.csv", 0.937, 0.987, 0.901, 0.945),
      new DevSet("devset51", List.of("dev51-sv.csv", "dev51-en.csv"), "dev51_note_codes.csv", 0.948, 0.993, 0.872, 0.969),
      // held out: measured, never tuned on
      new DevSet("devset52", List.of("dev52-sv.csv", "dev52-en.csv"), "dev52_note_codes.csv", 0.911, 0.975, 0.876, 0.927),
      new DevSet("devset53", List.of("dev53-sv.csv", "dev53-en.csv"), "dev53_note_codes.csv", 0.937, 1.000, 0.868, 0.945),
      // held out: measured, never tuned on
      new DevSet("devset54", List.of("dev54-sv.csv", "dev54-en.csv"), "dev54_note_codes.csv", 0.905, 0.959, 0.872, 0.902),
      new DevSet("devset55", List.of("dev55-sv.csv", "dev55-en.csv"), "dev55_note_codes.csv", 0.918, 0.993, 0.825, 0.914),
      // held out: measured, never tuned or trained on
      new DevSet("devset56", List.of("dev56-sv.csv", "dev56-en.csv"), "dev56_note_codes.csv", 0.891, 0.920, 0.842, 0.860),
      new DevSet("devset57", List.of("dev57-sv.csv", "dev57-en.csv"), "dev57_note_codes.csv", 0.897, 0.962, 0.787, 0.853),
      // held out: measured, never tuned or trained on
      new DevSet("devset58", List.of("dev58-sv.csv", "dev58-en.csv"), "dev58_note_codes.csv", 0.815, 0.932, 0.781, 0.854),
      // held out: measured, never tuned or trained on
      new DevSet("devset59", List.of("dev59-sv.csv", "dev59-en.csv"), "dev59_note_codes.csv", 0.918, 0.940, 0.884, 0.888),
      // held out: measured, never tuned or trained on
      new DevSet("devset60", List.of("dev60-sv.csv", "dev60-en.csv"), "dev60_note_codes.csv", 0.926, 0.955, 0.900, 0.940),
      new DevSet("devset61", List.of("dev61-sv.csv", "dev61-en.csv"), "dev61_note_codes.csv", 0.922, 1.000, 0.847, 0.927),
      // held out: measured, never tuned or trained on
      new DevSet("devset62", List.of("dev62-sv.csv", "dev62-en.csv"), "dev62_note_codes.csv", 0.884, 0.902, 0.855, 0.871),
      new DevSet("devset63", List.of("dev63-sv.csv", "dev63-en.csv"), "dev63_note_codes.csv", 0.947, 0.993, 0.887, 0.921),
      // held out: measured, never tuned or trained on
      new DevSet("devset64", List.of("dev64-sv.csv", "dev64-en.csv"), "dev64_note_codes.csv", 0.915, 0.969, 0.880, 0.932),
      // not trained on, but used to decide the training sets (training/reading-sets.txt says why) and read for lexicon gaps
      new DevSet("devset65", List.of("dev65-sv.csv", "dev65-en.csv"), "dev65_note_codes.csv", 0.829, 0.963, 0.796, 0.945),
      new DevSet("devset66", List.of("dev66-sv.csv", "dev66-en.csv"), "dev66_note_codes.csv", 0.843, 0.937, 0.792, 0.868),
      new DevSet("devset67", List.of("dev67-sv.csv", "dev67-en.csv"), "dev67_note_codes.csv", 0.881, 0.969, 0.861, 0.920),
      // held out: measured, never tuned or trained on
      new DevSet("devset68", List.of("dev68-sv.csv", "dev68-en.csv"), "dev68_note_codes.csv", 0.897, 0.987, 0.874, 0.951),
      // held out: measured, never tuned or trained on
      new DevSet("devset69", List.of("dev69-sv.csv", "dev69-en.csv"), "dev69_note_codes.csv", 0.861, 0.957, 0.856, 0.969),
      // held out: measured, never tuned or trained on
      new DevSet("devset70", List.of("dev70-sv.csv", "dev70-en.csv"), "dev70_note_codes.csv", 0.895, 0.950, 0.869, 0.920),
      // not tuned on; trained on by the reading model
      new DevSet("devset71", List.of("dev71-sv.csv", "dev71-en.csv"), "dev71_note_codes.csv", 0.949, 0.993, 0.865, 0.951),
      new DevSet("devset72", List.of("dev72-sv.csv", "dev72-en.csv"), "dev72_note_codes.csv", 0.929, 0.987, 0.854, 0.951));

  @TestFactory
  Stream<DynamicTest> everyDevelopmentSetStaysAboveItsFloor() {
    List<DynamicTest> tests = new ArrayList<>();
    for (DevSet set : SETS_AND_FLOORS) {
      tests.add(DynamicTest.dynamicTest(set.folder(), () -> {
        Path out = dir.resolve(set.folder());
        code(set, out, "model");
        assertPooledKappaAtLeast(set, out, "note", set.noteFloor());
        assertPooledKappaAtLeast(set, out, "patient", set.patientFloor());
      }));
      tests.add(DynamicTest.dynamicTest(set.folder() + " (rules alone)", () -> {
        Path out = dir.resolve(set.folder() + "-rules");
        code(set, out, "rules");
        assertPooledKappaAtLeast(set, out, "note", set.rulesNoteFloor());
        assertPooledKappaAtLeast(set, out, "patient", set.rulesPatientFloor());
      }));
    }
    return tests.stream();
  }

  private static void code(DevSet set, Path out, String reading) {
    List<String> args = new ArrayList<>(List.of("code"));
    set.notes().forEach(n -> args.add(SETS.resolve(set.folder()).resolve(n).toString()));
    args.addAll(List.of("--out", out.resolve("coded").toString(), "--reading", reading));
    CliRunner.Result coded = CliRunner.run(args.toArray(String[]::new));
    assertEquals(0, coded.exitCode(), coded.err());
  }

  private static void assertPooledKappaAtLeast(DevSet set, Path out, String level, double floor) throws IOException {
    Path agreement = out.resolve("agree-" + level);
    CliRunner.Result r = CliRunner.run("agree", SETS.resolve(set.folder()).resolve(set.codes()).toString(),
        out.resolve("coded/note_codes.csv").toString(), "--level", level, "--out", agreement.toString());
    assertEquals(0, r.exitCode(), r.err());
    JsonNode rows = new ObjectMapper().readTree(agreement.resolve("agreement.json").toFile()).get("rows");
    JsonNode pooled = rows.get(rows.size() - 1);
    assertEquals("pooled", pooled.get("category").asText());
    double kappa = pooled.get("kappa").asDouble();
    assertTrue(kappa >= floor, set.folder() + " " + level + "-level pooled kappa " + kappa + " fell below its floor " + floor
        + " (" + out.getFileName() + ")");
  }
}
