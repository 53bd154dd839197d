package org.icoder.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.icoder.context.Modifier;
import org.icoder.ingest.Note;
import org.icoder.ingest.SourceRef;
import org.icoder.lexicon.Category;
import org.icoder.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swedish notes through language detection, the trained Swedish models and Lucene normalisation. */
class SwedishNoteCoderTest {
  @TempDir static Path dir;
  static NoteCoder coder;

  @BeforeAll
  static void load() throws IOException {
    CodingResources resources = CodingResources.load(TestLexicons.write(dir));
    coder = new NoteCoder(new TextAnalyzer(null, resources.normalizers()), resources);
  }

  static CodedNote code(String text) {
    return coder.code(new Note(SourceRef.row("t.csv", 1), "P1", "N1", LocalDate.of(2024, 1, 1), "", "", text));
  }

  static CodedNote codeFiledUnder(String noteType, String text) {
    return coder.code(new Note(SourceRef.row("t.csv", 1), "P1", "N1", LocalDate.of(2024, 1, 1), noteType, "", text));
  }

  @Test
  void aNoteFiledUnderAPlanOrHistorySokordReadsAsThatSection() {
    // One row per sökord without note ids: each row is a note, and its sökord is its heading.
    CodedNote plan = codeFiledUnder("Planering", "Akupunktur.");
    assertEquals(Modifier.PLANNED, plan.evidence().get(0).modifier());
    assertEquals("plan", plan.evidence().get(0).section());
    assertEquals(Modifier.HISTORICAL, codeFiledUnder(" anamnes: ", "Akupunktur.").evidence().get(0).modifier());
    // A visit kind or a heading without a modifier opens no section.
    assertTrue(codeFiledUnder("Återbesök", "Akupunktur.").has(Category.C05_SENSORY_STIMULATION));
    CodedNote treated = codeFiledUnder("Åtgärd", "Akupunktur.");
    assertTrue(treated.has(Category.C05_SENSORY_STIMULATION));
    assertEquals("", treated.evidence().get(0).section());
    // A heading inside the text still wins over the note type; after a one-line goal the note
    // type's section holds again.
    assertTrue(codeFiledUnder("Planering", "Åtgärd: akupunktur.").has(Category.C05_SENSORY_STIMULATION));
    assertEquals(Modifier.PLANNED,
        codeFiledUnder("Planering", "Mål: klara datorarbete.\nAkupunktur.").evidence().get(0).modifier());
    // Only headings marked @type: "Råd" opens nothing as a note type.
    assertTrue(codeFiledUnder("Råd", "Akupunktur.").has(Category.C05_SENSORY_STIMULATION));
  }

  @Test
  void compoundsInflectionsAndSpellingsWithoutSwedishLettersReachTheirEntries() {
    assertTrue(code("Akupunkturbehandlingen gav god effekt.").has(Category.C05_SENSORY_STIMULATION));
    assertTrue(code("Pat gör avslappningsövningar dagligen.").has(Category.C08_RELAXATION_MINDFULNESS));
    assertTrue(code("Pat gor avslappningsovningar dagligen.").has(Category.C08_RELAXATION_MINDFULNESS));
    assertTrue(code("Samtal om värderingar.").has(Category.C09_ACT));
    assertTrue(code("Samtal om varderingar.").has(Category.C09_ACT));
  }

  @Test
  void hyphenatedCompoundsMatchTheirParts() {
    CodedNote c = code("TENS-behandling 20 min över ländryggen.");
    assertTrue(c.has(Category.C05_SENSORY_STIMULATION));
    assertEquals("TENS-behandling", c.evidence().get(0).matchedText());
  }

  @Test
  void anAbbreviationDoesNotEndTheSentenceSoTheNegationScopeStaysRight() {
    // "bl.a." must not end the sentence: the backward "ej aktuellt" then reaches akupunktur.
    CodedNote c = code("Pat har bl.a. frågat om akupunktur, ej aktuellt.");
    assertEquals(Modifier.NEGATED, c.evidence().get(0).modifier());
    assertEquals("Pat har bl.a. frågat om akupunktur, ej aktuellt.", c.evidence().get(0).sentence());
  }

  @Test
  void swedishSectionsAndTriggersWork() {
    CodedNote c = code("Anamnes: tidigare akupunktur.\nÅtgärd: TENS. Avböjer akupunktur.\nPlanering: akupunktur.");
    assertEquals("history|treatment|treatment|plan", String.join("|", c.evidence().stream().map(Evidence::section).toList()));
    assertEquals(CodedNote.bit(Category.C05_SENSORY_STIMULATION), c.flags());
    assertEquals(Modifier.DECLINED, c.evidence().get(2).modifier());
  }

  @Test
  void languageIsDecidedPerNote() {
    assertEquals("sv", code("Pat har fått TENS och mår bättre.").language().code());
    assertEquals("en", code("The patient was given TENS and feels better.").language().code());
  }
}
