package org.icoder.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.icoder.ingest.Note;
import org.icoder.ingest.SourceRef;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  static final TextAnalyzer ANALYZER = new TextAnalyzer(null, Map.of(
      Language.SV, new Normalizer(Language.SV, List.of("akupunktur", "avslappning", "övning", "aktivitet", "gym")),
      Language.EN, new Normalizer(Language.EN, List.of())));

  static AnalyzedNote analyse(String text) {
    return ANALYZER.analyse(new Note(SourceRef.row("t", 1), "P", "N", LocalDate.of(2024, 1, 1), "", "", text));
  }

  static List<String> tokens(String text) {
    return analyse(text).sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
  }

  @Test
  void lineBreaksAreSentenceBoundariesAndOffsetsPointIntoTheNote() {
    String text = "Åtgärd\r\nStabilitetsträning bl.a. med boll. TENS.\n\n- hemövningar";
    AnalyzedNote a = analyse(text);
    List<String> sentences = a.sentences().stream().map(a::sentenceText).toList();
    assertEquals(List.of("Åtgärd", "Stabilitetsträning bl.a. med boll.", "TENS.", "- hemövningar"), sentences);
    assertEquals(List.of(true, true, false, true), a.sentences().stream().map(Sentence::startsLine).toList());
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        assertEquals(t.text(), text.substring(t.start(), t.end()));
      }
    }
  }

  @Test
  void bracketsAndPunctuationAreSplitOffWords() {
    assertEquals(List.of("Smärta", "(", "nacke", ")", ",", "ffa.", "vid", "datorarbete", "."),
        tokens("Smärta (nacke), ffa. vid datorarbete."));
  }

  @Test
  void englishHyphenatedWordsStayOneTokenWithParts() {
    Token t = analyse("Self-management plan reviewed with the patient.").sentences().get(0).tokens().get(0);
    assertEquals("Self-management", t.text());
    assertTrue(List.of(t.surfaces()).containsAll(List.of("Self", "management")));
  }

  @Test
  void aHyphenatedWordInsideASentenceStaysOneToken() {
    // mid-sentence the English model keeps the hyphen on the first part: "cross-" and "trainer"
    Token t = analyse("We used the cross-trainer together.").sentences().get(0).tokens().get(3);
    assertEquals("cross-trainer", t.text());
    assertTrue(List.of(t.surfaces()).containsAll(List.of("cross", "trainer")));
    assertEquals(List.of("We", "used", "the", "cross-trainer", "together", "."), tokens("We used the cross-trainer together."));
  }

  @Test
  void aWordWithTwoHyphensStaysOneToken() {
    // the English model splits it as "Sit-to" and "-stand"
    Token t = analyse("Sit-to-stand 2 x 10 from a dining chair.").sentences().get(0).tokens().get(0);
    assertEquals("Sit-to-stand", t.text());
  }

  @Test
  void aWordHyphenatedWhereItIsUsuallyJoinedAlsoHasItsJoinedKey() {
    Token t = analyse("Stav-gång 20 min tillsammans.").sentences().get(0).tokens().get(0);
    assertEquals("Stav-gång", t.text());
    assertTrue(List.of(t.surfaces()).containsAll(List.of("Stav", "gång", "Stavgång")), List.of(t.surfaces()).toString());
    Token slash = analyse("TENS/akupunktur").sentences().get(0).tokens().get(0);
    assertTrue(List.of(slash.surfaces()).stream().noneMatch(s -> s.equals("TENSakupunktur")), "slashes join nothing");
  }

  @Test
  void aCompoundPartAfterAOneLetterPrefixIsNotRead() {
    Normalizer sv = new Normalizer(Language.SV, List.of("andningsövning", "övning", "tåhävning", "hävning"));
    // "l|andningsövningar" is a landing drill: no breathing exercise inside it
    assertFalse(List.of(sv.analyse("landningsövningar")[1]).contains(sv.key("andningsövning")));
    assertTrue(List.of(sv.analyse("landningsövningar")[1]).contains(sv.key("övning")));
    // two-letter first elements stay: "tå|hävningar"
    assertTrue(List.of(sv.analyse("bröstkorgshävningar")[1]).contains(sv.key("hävning")));
    assertTrue(List.of(sv.analyse("tåhävningar")[0]).contains(sv.key("tåhävning")));
  }

  @Test
  void swedishInflectionsReachTheLexiconBaseForm() {
    Normalizer sv = new Normalizer(Language.SV, List.of("aktivitet", "gym", "övning", "maskin"));
    assertTrue(List.of(sv.analyse("aktiviteter")[0]).contains(sv.key("aktivitet")));
    assertTrue(List.of(sv.analyse("gymmet")[0]).contains(sv.key("gym")));
    assertTrue(List.of(sv.analyse("övningarna")[0]).contains(sv.key("övning")));
    assertTrue(List.of(sv.analyse("ovningarna")[0]).contains(sv.key("övning")));
    assertTrue(List.of(sv.analyse("maskiner")[0]).contains(sv.key("maskin")));
  }

  @Test
  void compoundsAreSplitOnlyIntoLexiconWords() {
    Normalizer sv = new Normalizer(Language.SV, List.of("akupunktur", "avslappning", "övning"));
    assertEquals(List.of(sv.key("avslappning"), sv.key("övning")), List.of(sv.analyse("avslappningsövningarna")[1]));
    assertEquals(List.of(sv.key("akupunktur")), List.of(sv.analyse("akupunkturbehandlingen")[1]));
    assertEquals(List.of(), List.of(sv.analyse("intensivträning")[1]));
  }

  @Test
  void aRunOfTextWithoutSentenceEndIsCutIntoBoundedSentences() {
    String text = "stabilitetsträning ".repeat(500);
    AnalyzedNote a = analyse(text);
    assertTrue(a.sentences().size() >= 9, "cut into pieces: " + a.sentences().size());
    for (Sentence s : a.sentences()) {
      assertTrue(s.end() - s.start() <= TextAnalyzer.MAX_SENTENCE_CHARS);
      assertTrue(s.tokens().stream().allMatch(t -> t.text().equals("stabilitetsträning")), "no word is cut");
    }
    assertEquals(500, a.sentences().stream().mapToInt(s -> s.tokens().size()).sum());
  }
}
