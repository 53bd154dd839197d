package org.icoder.code;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.icoder.ingest.Note;
import org.icoder.ingest.SourceRef;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.text.TextAnalyzer;
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
}
