package org.icoder.reading;

import static org.icoder.reading.ReadingModelTest.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.icoder.code.CodedNote;
import org.icoder.code.Evidence;
import org.icoder.context.Modifier;
import org.icoder.ingest.Note;
import org.icoder.ingest.SourceRef;
import org.icoder.lexicon.Category;
import org.icoder.text.Language;
import org.junit.jupiter.api.Test;

class ModelReadingTest {
  static final Note NOTE = new Note(SourceRef.row("f.csv", 2), "P1", "N1", LocalDate.of(2024, 3, 5), "", "", "text");

  static CodedNote coded(Language language, Evidence... evidence) {
    int flags = 0;
    for (Evidence e : evidence) {
      if (e.counted()) {
        flags |= CodedNote.bit(e.category());
      }
    }
    return new CodedNote(NOTE, language, flags, List.of(evidence));
  }

  @Test
  void whereTheModelAgreesWithTheRulesTheNoteIsUnchanged() {
    CodedNote note = coded(Language.EN, mention(Category.C05_SENSORY_STIMULATION, "tens", "TENS today.", Modifier.NONE, true));
    ModelReading reading = ModelReading.of(Map.of(Language.EN, new ReadingModel(Map.of("rule=1", 2.0), -1.0)));
    assertSame(note, reading.apply(note));
  }

  @Test
  void aCountedMentionTheModelReadsAsNotDeliveredStopsCountingWithBothReadingsInTheEvidence() {
    CodedNote note = coded(Language.EN,
        mention(Category.C05_SENSORY_STIMULATION, "tens", "TENS was tried by her GP.", Modifier.NONE, true),
        mention(Category.C01_EDUCATION, "info", "Info given.", Modifier.NONE, true));
    // "gp" in a c05 sentence weighs against delivery; education is left as the rules read it
    ModelReading reading = ModelReading.of(Map.of(Language.EN,
        new ReadingModel(Map.of("rule=1", 2.0, "c05_sensory_stimulation|w=gp", -3.0), -0.5)));
    CodedNote read = reading.apply(note);
    assertFalse(read.has(Category.C05_SENSORY_STIMULATION));
    assertTrue(read.has(Category.C01_EDUCATION));
    Evidence tens = read.evidence().get(0);
    assertFalse(tens.counted());
    assertEquals(Evidence.Source.CLASSIFIER, tens.source());
    assertEquals("classifier 0.182, threshold 0.5 (rules: lexicon, counted)", tens.reason());
    assertEquals(note.evidence().get(1), read.evidence().get(1));
  }

  @Test
  void aModifiedMentionTheModelReadsAsDeliveredCountsAndKeepsItsModifier() {
    CodedNote note = coded(Language.SV,
        mention(Category.C03_PA_ADVICE, "walk", "Pat får rådet att gå, planerat.", Modifier.PLANNED, false));
    ModelReading reading = ModelReading.of(Map.of(Language.SV,
        new ReadingModel(Map.of("c03_pa_advice|w=rådet", 3.0), -1.0)));
    CodedNote read = reading.apply(note);
    assertTrue(read.has(Category.C03_PA_ADVICE));
    Evidence e = read.evidence().get(0);
    assertTrue(e.counted());
    assertEquals(Modifier.PLANNED, e.modifier());
    assertEquals("classifier 0.881, threshold 0.5 (rules: lexicon, modified)", e.reason());
  }

  @Test
  void aCountedMentionBelowTheThresholdButAboveOneHalfIsReadAsNotDelivered() {
    CodedNote note = coded(Language.EN, mention(Category.C05_SENSORY_STIMULATION, "tens", "TENS today.", Modifier.NONE, true));
    // score 1.0: probability 0.731, above one half, below 0.77
    ReadingModel model = new ReadingModel(Map.of("rule=1", 1.0), 0.0, 0.77);
    CodedNote read = ModelReading.of(Map.of(Language.EN, model)).apply(note);
    assertFalse(read.has(Category.C05_SENSORY_STIMULATION));
    assertEquals("classifier 0.731, threshold 0.77 (rules: lexicon, counted)", read.evidence().get(0).reason());
    ReadingModel half = new ReadingModel(Map.of("rule=1", 1.0), 0.0);
    assertSame(note, ModelReading.of(Map.of(Language.EN, half)).apply(note));
  }

  @Test
  void aLanguageWithoutAModelIsReadByTheRulesAlone() {
    CodedNote note = coded(Language.SV, mention(Category.C05_SENSORY_STIMULATION, "tens", "TENS.", Modifier.NONE, true));
    ModelReading reading = ModelReading.of(Map.of(Language.EN, new ReadingModel(Map.of(), -5.0)));
    assertSame(note, reading.apply(note));
    assertEquals(List.of("en"), List.copyOf(reading.describe().keySet()));
  }

  @Test
  void aModifiedMentionCountsOnlyWhenTheClassifierSaysSo() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Evidence(Category.C09_ACT, "x",
        "x", "x", 0, 1, "", Modifier.PLANNED, "t", true, Evidence.Source.LEXICON, "counted"));
  }
}
