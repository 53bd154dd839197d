package org.icoder.code;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.icoder.ingest.Note;
import org.icoder.ingest.SourceRef;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The normalisation the coding issue asks for, through the bundled lexicon and language detection. */
class BundledLexiconTest {
  static final CodingResources RESOURCES = CodingResources.load(LexiconFiles.bundled());
  static final NoteCoder CODER = new NoteCoder(new TextAnalyzer(null, RESOURCES.normalizers()), RESOURCES);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Pat gör avslappningsövningar dagligen.|C08_RELAXATION_MINDFULNESS",
      "Pat gor avslappningsovningar dagligen.|C08_RELAXATION_MINDFULNESS",
      "Stabilitetsträningen går bra, progression till stående.|C02_SENSORIMOTOR",
      "Akupunkturbehandling 20 min, 6 nålar.|C05_SENSORY_STIMULATION",
      "Gymprogrammet genomgånget: benpress och latsdrag.|C07_WEIGHT_TRAINING",
      "TENS-behandling över ländryggen 30 min.|C05_SENSORY_STIMULATION",
      "TENS behandling över ländryggen 30 min.|C05_SENSORY_STIMULATION",
      "Smärtskola QV007.|C01_EDUCATION",
      "DA021 utförd.|C05_SENSORY_STIMULATION"})
  void compoundsInflectionsFoldedSpellingsHyphensAndCodesReachTheirEntries(String sentence, Category expected) {
    CodedNote c = CODER.code(new Note(SourceRef.row("t", 1), "P", "N", LocalDate.of(2024, 1, 1), "", "", sentence));
    assertTrue(c.has(expected), sentence + " → " + c.evidence());
  }

  static CodedNote code(String text) {
    return CODER.code(new Note(SourceRef.row("t", 1), "P", "N", LocalDate.of(2024, 1, 1), "", "", text));
  }

  @Test
  void aGoalHeadingCoversItsOwnLineAndANoteTypeLineIsNoSection() {
    // what follows a goal on the same line, and the next heading's lines, were done
    assertTrue(code("Mål: klara datorarbete 6 tim. Info om smärta o ergonomi vid skärm.").has(Category.C01_EDUCATION));
    assertTrue(code("Mål: spela korpfotboll.\nFysioterapeutisk åtgärd:\n* Info om patellofemoral smärta").has(Category.C01_EDUCATION));
    // a goal heading alone on its line still makes the lines below it goals
    assertFalse(code("Mål:\n- akupunktur om ingen förbättring").has(Category.C05_SENSORY_STIMULATION));
    // "Återbesök" alone under the note heading is the note's type, not "next visit: ..."
    assertTrue(code("Återbesök\nInformation om smärtfysiologi.").has(Category.C01_EDUCATION));
    assertFalse(code("Återbesök: akupunktur om 2 veckor.").has(Category.C05_SENSORY_STIMULATION));
  }
}
