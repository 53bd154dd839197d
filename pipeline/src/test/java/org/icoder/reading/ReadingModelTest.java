package org.icoder.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.icoder.code.Evidence;
import org.icoder.context.Modifier;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.Problem;
import org.junit.jupiter.api.Test;

class ReadingModelTest {
  static Evidence mention(Category c, String entry, String sentence, Modifier modifier, boolean counted) {
    return new Evidence(c, entry, "x", sentence, 0, 1, "treatment", modifier, modifier == Modifier.NONE ? "" : "t.id",
        counted, Evidence.Source.LEXICON, counted ? "counted" : "modified");
  }

  @Test
  void featuresNameWhatTheRulesFoundAndTheSentenceWords() {
    var f = ReadingFeatures.of(Category.C05_SENSORY_STIMULATION, List.of(
        mention(Category.C05_SENSORY_STIMULATION, "en.c05.tens", "TENS planned, Åter 2 v.", Modifier.PLANNED, false)));
    String c = "c05_sensory_stimulation";
    assertTrue(f.containsAll(List.of("cat=" + c, "rule=0", c + "|rule=0", "ent=en.c05.tens", "ent=en.c05.tens|planned",
        c + "|mod=planned", "trig=t.id", c + "|sec=treatment", c + "|cnt=no|sec=treatment", c + "|w=tens",
        c + "|w=planned", c + "|w=åter", c + "|w=0", c + "|w=v", c + "|reason=modified")), f.toString());
    assertFalse(f.contains("rule=1"));
    assertEquals(15, f.size(), f.toString());
    assertFalse(ReadingFeatures.rulesCount(f));
  }

  @Test
  void theFourWordsEachSideOfTheMentionAreFeaturesOfTheirOwn() {
    Evidence e = new Evidence(Category.C05_SENSORY_STIMULATION, "sv.c05.tens", "TENS",
        "Pat har tidigare provat TENS hos sin husläkare under 2019 och hösten.", 23, 27, "", Modifier.NONE, "", true,
        Evidence.Source.LEXICON, "counted");
    var f = ReadingFeatures.of(Category.C05_SENSORY_STIMULATION, List.of(e));
    String c = "c05_sensory_stimulation";
    assertTrue(f.containsAll(List.of(c + "|b=har", c + "|b=tidigare", c + "|b=provat", c + "|b=pat", c + "|a=hos",
        c + "|a=sin", c + "|a=husläkare", c + "|a=under")), f.toString());
    assertFalse(f.contains(c + "|a=0000"), "only four words after (a year reads as 0000)");
    assertTrue(f.contains(c + "|w=0000"), f.toString());
    assertFalse(f.contains(c + "|b=tens"), "the mention itself is no neighbour");
  }

  @Test
  void oneCountedMentionMakesTheRulesCountTheCategory() {
    var mentions = List.of(mention(Category.C01_EDUCATION, "a", "Info.", Modifier.NONE, true),
        mention(Category.C01_EDUCATION, "b", "Info later.", Modifier.PLANNED, false));
    assertTrue(ReadingFeatures.rulesCount(mentions));
    assertTrue(ReadingFeatures.rulesCount(ReadingFeatures.of(Category.C01_EDUCATION, mentions)));
    assertThrows(IllegalArgumentException.class, () -> ReadingFeatures.of(Category.C01_EDUCATION, List.of()));
    assertThrows(IllegalArgumentException.class, () -> ReadingFeatures.of(Category.C09_ACT, mentions));
  }

  @Test
  void scoreIsBiasPlusTheWeightsOfTheFeaturesPresentAndUnknownFeaturesCountZero() {
    ReadingModel m = new ReadingModel(Map.of("a", 1.5, "b", -0.25), -1.0);
    assertEquals(0.5, m.score(new TreeSet<>(List.of("a", "zzz"))), 1e-12);
    assertEquals(0.25, m.score(new TreeSet<>(List.of("a", "b"))), 1e-12);
    assertEquals(-1.0, m.score(new TreeSet<>()), 1e-12);
    assertEquals(0.5, ReadingModel.probability(0), 1e-12);
    assertTrue(ReadingModel.probability(2) > 0.88 && ReadingModel.probability(2) < 0.881);
  }

  @Test
  void formatWritesSortedSixDecimalRowsThatParseBackToTheSameModel() {
    ReadingModel m = new ReadingModel(Map.of("c01|w=b", 0.1234567, "a", -2.0, "tiny", 0.0000001), 0.5);
    String text = m.format(List.of("trained on nothing"));
    assertEquals("""
        # trained on nothing
        feature\tweight
        (bias)\t0.500000
        (threshold)\t0.500000
        a\t-2.000000
        c01|w=b\t0.123457
        """, text);
    List<Problem> problems = new ArrayList<>();
    ReadingModel back = ReadingModel.parse("r.tsv", text.getBytes(StandardCharsets.UTF_8), problems);
    assertEquals(List.of(), problems);
    assertEquals(2, back.size());
    assertEquals(0.123457, back.weight("c01|w=b"), 1e-12);
    assertEquals(0.5, back.weight("(bias)"), 1e-12);
    assertEquals(text, back.format(List.of("trained on nothing")));
  }

  @Test
  void aCategoryIsDeliveredAboveTheThresholdNotAboveOneHalf() {
    ReadingModel m = new ReadingModel(Map.of("a", 1.0), 0.0, 0.77); // p(a) = 0.73
    assertFalse(m.delivered(new TreeSet<>(List.of("a"))));
    ReadingModel half = new ReadingModel(Map.of("a", 1.0), 0.0);
    assertTrue(half.delivered(new TreeSet<>(List.of("a"))));
    List<Problem> problems = new ArrayList<>();
    ReadingModel back = ReadingModel.parse("r.tsv", m.format(List.of()).getBytes(StandardCharsets.UTF_8), problems);
    assertEquals(0.77, back.threshold(), 1e-12);
    assertNull(ReadingModel.parse("r.tsv", "feature\tweight\n(bias)\t0\n(threshold)\t1.5\n".getBytes(StandardCharsets.UTF_8),
        problems));
    assertEquals("r.tsv:3: the threshold is not a probability between 0 and 1", problems.get(0).toString());
    problems.clear();
    ReadingModel noRow = ReadingModel.parse("r.tsv", "feature\tweight\n(bias)\t0\n".getBytes(StandardCharsets.UTF_8),
        problems);
    assertEquals(0.5, noRow.threshold(), "a file without a threshold row is read at one half");
    // the threshold is kept as the file writes it, so a saved model reads as it was trained
    assertEquals(0.123457, new ReadingModel(Map.of(), 0, 0.1234567).threshold());
    assertThrows(IllegalArgumentException.class, () -> new ReadingModel(Map.of(), 0, 0.9999999));
  }

  @Test
  void everyProblemInTheFileIsReportedWithItsLine() {
    String text = """
        # a model
        feature\tweight
        a\t1.0
        b\tlots
        a\t2.0
        c\tNaN
        \t1.0
        """;
    List<Problem> problems = new ArrayList<>();
    assertNull(ReadingModel.parse("lex/sv/reading.tsv", text.getBytes(StandardCharsets.UTF_8), problems));
    assertEquals(List.of(
        "lex/sv/reading.tsv:4: the weight is not a number",
        "lex/sv/reading.tsv:5: the feature already has a weight on line 3",
        "lex/sv/reading.tsv:6: the weight is not a finite number",
        "lex/sv/reading.tsv:7: feature is empty"), problems.stream().map(Problem::toString).toList());
  }

  @Test
  void aModelWithoutBiasOrHeaderIsRefused() {
    List<Problem> problems = new ArrayList<>();
    assertNull(ReadingModel.parse("r.tsv", "feature\tweight\na\t1\n".getBytes(StandardCharsets.UTF_8), problems));
    assertEquals("r.tsv:1: no (bias) row; a model needs its bias", problems.get(0).toString());
    problems.clear();
    assertNull(ReadingModel.parse("r.tsv", "a\t1\n".getBytes(StandardCharsets.UTF_8), problems));
    assertTrue(problems.get(0).toString().startsWith("r.tsv:1: header lacks column(s) feature, weight"), problems.toString());
  }
}
