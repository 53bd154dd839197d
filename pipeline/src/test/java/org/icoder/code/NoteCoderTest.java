package org.icoder.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.icoder.context.Modifier;
import org.icoder.ingest.Note;
import org.icoder.ingest.SourceRef;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.text.Language;
import org.icoder.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manual's reading rules, on English notes and a small fixed test lexicon. */
class NoteCoderTest {
  @TempDir static Path dir;
  static NoteCoder coder;

  @BeforeAll
  static void load() throws IOException {
    CodingResources resources = CodingResources.load(TestLexicons.write(dir));
    coder = new NoteCoder(new TextAnalyzer(Language.EN, resources.normalizers()), resources);
  }

  static CodedNote code(String text) {
    return coder.code(new Note(SourceRef.row("t.csv", 1), "P1", "N1", LocalDate.of(2024, 1, 1), "", "", text));
  }

  static String counted(String text) {
    CodedNote c = code(text);
    return java.util.Arrays.stream(Category.values()).filter(c::has).map(Category::column).collect(Collectors.joining(","));
  }

  static Modifier modifierOf(String text, String entry) {
    return code(text).evidence().stream().filter(e -> e.entryId().equals(entry)).findFirst().orElseThrow().modifier();
  }

  @Test
  void aPlainMentionCounts() {
    assertEquals("c05_sensory_stimulation", counted("TENS 20 min to the lower back."));
  }

  @Test
  void aForwardNegationStopsTheMentionCountingButKeepsItAsEvidence() {
    CodedNote c = code("No acupuncture today.");
    assertEquals(0, c.flags());
    Evidence e = c.evidence().get(0);
    assertEquals(Modifier.NEGATED, e.modifier());
    assertEquals("en.neg", e.triggerId());
    assertEquals("no", e.counted() ? "yes" : "no");
  }

  @Test
  void aBackwardTriggerReachesTheMentionBeforeIt() {
    assertEquals(Modifier.NEGATED, modifierOf("TENS not indicated.", "en.tens"));
  }

  @Test
  void aTerminateWordEndsTheScope() {
    assertEquals("c05_sensory_stimulation", counted("No acupuncture but TENS given."));
    assertEquals(Modifier.NEGATED, modifierOf("No acupuncture but TENS given.", "en.acu"));
  }

  @Test
  void aRefusalClosingItsClauseAfterButReachesBackOverTheBut() {
    // "but she declines." answers the offer before it; "but she declines walking" is about walking.
    assertEquals(Modifier.DECLINED, modifierOf("Acupuncture suggested but she declines.", "en.acu"));
    assertEquals(Modifier.DECLINED, modifierOf("Acupuncture suggested but the patient declines, as she fears needles.",
        "en.acu"));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture given but she declines walking."));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture given but then, after a long talk, she declines."));
    // only a subject may stand between: another mention there is what is declined
    assertEquals("c05_sensory_stimulation", counted("Acupuncture given but relaxation declines."));
    // the answer reaches the clause right before "but", across its comma, and no further
    assertEquals(Modifier.DECLINED, modifierOf("Asked about acupuncture, but she declines.", "en.acu"));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture given, relaxation offered, but she declines."));
    // what was refused said again, and when, still close the clause; anything else does not
    assertEquals(Modifier.DECLINED, modifierOf("Acupuncture suggested but she declines it for now.", "en.acu"));
    assertEquals(Modifier.DECLINED, modifierOf("Acupuncture suggested but she declines this at present, as she fears needles.",
        "en.acu"));
    assertEquals(Modifier.NONE, modifierOf("Acupuncture suggested but she declines it for now and walking too.", "en.acu"));
    // "today" is among them: what was meant for the session was not done
    assertEquals(Modifier.NEGATED, modifierOf("Relaxation planned but not indicated today.", "en.relax"));
    assertEquals(Modifier.NONE, modifierOf("Relaxation planned but not indicated today for walking.", "en.relax"));
  }

  @Test
  void aYearBeforeTheNotesOwnMakesItsClauseHistory() {
    // The test notes are dated 2024-01-01.
    assertEquals(Modifier.HISTORICAL, modifierOf("Acupuncture in 2019 with some effect.", "en.acu"));
    assertEquals(Modifier.HISTORICAL, modifierOf("Acupuncture 2023.", "en.acu"));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture 2024."));
    assertEquals(Modifier.HISTORICAL, modifierOf("Acupuncture (2019).", "en.acu"));
    // only its clause: the treatment of today in the next list item stands
    assertEquals("c05_sensory_stimulation", counted("Walking group 2019, acupuncture today."));
    // a period that may run into the programme, or a thing dated by the year, is no earlier treatment
    assertEquals("c05_sensory_stimulation", counted("Acupuncture September to December 2023."));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture since 2019."));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture Dec. 2023."));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture since early 2023."));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture and talk about her 2022 scan."));
    // a year is four digits from 1950 on, alone: not a count, a code or a date
    assertEquals("c05_sensory_stimulation", counted("Acupuncture 1800 needles."));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture 2000 s."));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture x 2000."));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture 2019-05-01 and today."));
  }

  @Test
  void theClauseWordsAreTheLexiconsData(@TempDir Path other) throws IOException {
    // A researcher who takes "she" out of the subject words changes the reading without a build:
    // "but she declines" then no longer answers the offer before it.
    LexiconFiles files = TestLexicons.write(other);
    Path clauses = other.resolve("en/clauses.tsv");
    Files.writeString(clauses, Files.readString(clauses).replace(" she ", " "), StandardCharsets.UTF_8);
    CodingResources edited = CodingResources.load(files);
    NoteCoder editedCoder = new NoteCoder(new TextAnalyzer(Language.EN, edited.normalizers()), edited);
    Note note = new Note(SourceRef.row("t.csv", 1), "P1", "N1", LocalDate.of(2024, 1, 1), "", "",
        "Acupuncture suggested but she declines.");
    assertEquals(Modifier.DECLINED, modifierOf(note.text(), "en.acu"));
    assertTrue(editedCoder.code(note).has(Category.C05_SENSORY_STIMULATION));
  }

  @Test
  void aReportOfUseIsNoDeliveryAndYieldsToEveryOtherTrigger() {
    // "She uses TENS at night": the loan note carries the category, this one reports its use.
    CodedNote c = code("She uses TENS at night.");
    assertEquals(0, c.flags());
    assertEquals(Modifier.REPORTED, c.evidence().get(0).modifier());
    assertEquals("en.reported", c.evidence().get(0).triggerId());
    // nearer than "previously", yet the history wins: a report of use is the weakest reading
    assertEquals(Modifier.HISTORICAL, modifierOf("Previously, she uses TENS.", "en.tens"));
    // only as written ("=uses"), in its own list item, and for the categories it names
    assertEquals("c05_sensory_stimulation", counted("TENS 20 min, she uses a cane."));
    assertEquals("c05_sensory_stimulation", counted("TENS used 20 min."));
    assertEquals("c09_act", counted("She uses her values."));
  }

  @Test
  void thePatientsAbsenceAtTheStartOfASentenceVoidsWhatTheNoteNamesBeforeIt() {
    CodedNote absent = code("Acupuncture group, session 3.\nPatient did not attend, unwell.");
    assertEquals(0, absent.flags());
    Evidence e = absent.evidence().get(0);
    assertEquals(Modifier.NEGATED, e.modifier());
    assertEquals("en.absent", e.triggerId());
    assertEquals("modified", e.reason());
    // what comes after the absence is a later contact, and counts
    assertEquals("c05_sensory_stimulation", counted("Did not attend.\nPhoned: TENS 20 min at the next visit is booked. TENS given today."));
    // about another session ("did not attend sessions 2-3") or inside a sentence: the rest of the note stands
    assertEquals("c05_sensory_stimulation", counted("Acupuncture given.\nDid not attend sessions 2-3 (holiday)."));
    assertEquals("c05_sensory_stimulation", counted("Summary: acupuncture x3; the patient did not attend once."));
    // within its own sentence it reads forward in its list item: what follows a comma is the call instead
    assertEquals(Modifier.NEGATED, modifierOf("Did not attend acupuncture.", "en.acu"));
    assertEquals("c03_pa_advice", counted("Did not attend, phoned instead: walking advised."));
    // a reason in brackets closes it; a bracket naming the visits missed does not
    assertEquals("", counted("Acupuncture group.\nDid not attend (holiday)."));
    assertEquals("c05_sensory_stimulation", counted("Acupuncture group.\nDid not attend (sessions 2 and 3) due to flu."));
    // it reaches back only within its section, and never into a discharge summary
    assertEquals("c05_sensory_stimulation", counted("Treatment: acupuncture 20 min.\nAdvice: Did not attend, phoned instead."));
    assertEquals("c05_sensory_stimulation", counted("Summary: acupuncture x3 over the programme. Did not attend, discharged."));
  }

  @Test
  void aPseudoTriggerBlocksTheTriggerItOverlaps() {
    assertEquals("c05_sensory_stimulation", counted("No change in pain after TENS."));
  }

  @Test
  void historicalDeclinedAndOtherProviderMentionsDoNotCount() {
    assertEquals(Modifier.HISTORICAL, modifierOf("Previously tried acupuncture.", "en.acu"));
    assertEquals(Modifier.DECLINED, modifierOf("Declines acupuncture.", "en.acu"));
    assertEquals(Modifier.OTHER_PROVIDER, modifierOf("Referred to acupuncture clinic.", "en.acu"));
    assertEquals("", counted("Previously tried acupuncture. Declines TENS. Referred to acupuncture clinic."));
  }

  @Test
  void aSectionModifiesWhatFollowsUntilTheNextHeading() {
    String note = "History: acupuncture at a private clinic.\nPlan: TENS next week.\nTreatment: acupuncture 20 min.";
    CodedNote c = code(note);
    assertEquals(List.of(Modifier.HISTORICAL, Modifier.PLANNED, Modifier.NONE),
        c.evidence().stream().map(Evidence::modifier).toList());
    assertEquals(List.of("history", "plan", "treatment"), c.evidence().stream().map(Evidence::section).toList());
    assertTrue(c.has(Category.C05_SENSORY_STIMULATION));
  }

  @Test
  void anInlineSectionWithTextCoversTheRestOfItsLineOnly() {
    // text after the heading: the section ends with the line, whatever the sentences on it
    assertEquals(Modifier.HISTORICAL, modifierOf("Background: acupuncture. TENS.\nRelaxation.", "en.tens"));
    assertEquals("c08_relaxation_mindfulness", counted("Background: acupuncture. TENS.\nRelaxation."));
    // alone on its line, it heads the lines below to the next heading
    assertEquals("", counted("Background:\nAcupuncture.\nRelaxation."));
    assertEquals("c08_relaxation_mindfulness", counted("Background:\nAcupuncture.\nTreatment:\nRelaxation."));
    // a full stop after the heading is no text: "Background." alone heads the lines below
    assertEquals("", counted("Background.\nAcupuncture."));
    // a later sentence of the line may open another heading with its colon
    assertEquals("c05_sensory_stimulation", counted("Background: relaxation. Treatment: acupuncture."));
    assertEquals(Modifier.HISTORICAL, modifierOf("Background: relaxation. Acupuncture.", "en.acu"));
    // when the line ends, so does the section before it: headings follow one another
    assertEquals("c05_sensory_stimulation", counted("Plan:\nBackground: relaxation.\nAcupuncture."));
    assertEquals("c05_sensory_stimulation", counted("Background: relaxation.\nAcupuncture."));
  }

  @Test
  void anOngoingTriggerCancelsTheSectionModifierButNotATriggersOne() {
    assertEquals("c05_sensory_stimulation", counted("Plan:\nContinues TENS daily."), code("Plan:\nContinues TENS daily.").evidence().toString());
    assertEquals(Modifier.PLANNED, modifierOf("Plan:\nTENS daily.", "en.tens"));
    assertEquals(Modifier.NEGATED, modifierOf("Plan:\nContinues, no acupuncture.", "en.acu"));
  }

  @Test
  void aCueRequirementDecidesBetweenAdviceAndGuidedActivity() {
    assertEquals("c03_pa_advice", counted("Advised walking 30 min daily."));
    assertEquals("c06_pa_with_physio", counted("Walking together for 20 minutes."));
    CodedNote none = code("Walking is hard.");
    assertEquals(0, none.flags());
    assertTrue(none.evidence().stream().allMatch(e -> e.reason().startsWith("requires ")), none.evidence().toString());
  }

  @Test
  void aPatternCueMatchesOneTokenAsWritten() {
    assertEquals("c07_weight_training", counted("Squats 3x10 40kg."), code("Squats 3x10 40kg.").evidence().toString());
    assertEquals("c07_weight_training", counted("Squats 3x10 40KG."));
    assertEquals("", counted("Squats at home."));
  }

  @Test
  void aRuleLimitedToCategoriesLeavesOtherCategoriesAlone() {
    assertEquals(Modifier.PLANNED, modifierOf("Acupuncture discussed.", "en.acu"));
    assertEquals("c01_education", counted("Information discussed."));
  }

  @Test
  void aClauseScopedTriggerStaysInItsListItem() {
    assertEquals("c01_education", counted("Received: information, TENS returned."));
    assertEquals(Modifier.NEGATED, modifierOf("Received: information, TENS returned.", "en.tens"));
  }

  @Test
  void aSectionsCuesHoldForEverySentenceUnderItsHeading() {
    assertEquals("c03_pa_advice", counted("Advice:\nWalking 30 min daily.\nWalking with the dog."));
    assertEquals("", counted("Treatment:\nWalking 30 min daily."));
  }

  @Test
  void anExcludedCueCountsOnlyInTheTermsOwnClause() {
    assertEquals("c03_pa_advice,c06_pa_with_physio", counted("Received: walking together with the PT, advised walking."));
    assertEquals("c03_pa_advice", counted("Walking together advised."));
  }

  @Test
  void anUnclaimedCueReachesFromAnotherClauseUnlessThatClauseHoldsACueTheTermExcludes() {
    // "at home" in its own clause, or in the term's clause: the relaxation is the patient's own.
    assertEquals("c08_relaxation_mindfulness,home_exercise", counted("Relaxation, at home daily."));
    assertEquals("c08_relaxation_mindfulness,home_exercise", counted("Relaxation at home."));
    // "at home" in a clause with guided work belongs to that clause's reading.
    assertEquals("c06_pa_with_physio,c08_relaxation_mindfulness", counted("Relaxation, walking together at home."));
    CodedNote c = code("Relaxation, walking together at home.");
    assertEquals("requires own@unclaimed", c.evidence().stream().filter(e -> e.entryId().equals("en.relax.own"))
        .findFirst().orElseThrow().reason());
    // Guided work in the term's own clause still excludes it, whatever the cue's clause holds.
    assertEquals("c08_relaxation_mindfulness", counted("Relaxation together, at home."));
  }

  @Test
  void genericInformationIsEducationUnlessTheSentenceNamesOtherContent() {
    assertEquals("c01_education", counted("Information given."));
    assertEquals("c09_act", counted("Information about values."));
    CodedNote c = code("Information about values.");
    assertEquals("generic_overridden", c.evidence().stream().filter(e -> e.entryId().equals("en.info"))
        .findFirst().orElseThrow().reason());
    // content that does not count still decides: information about a treatment only discussed is
    // that discussion, not education; in a list item of its own the information stands
    assertEquals("", counted("Information about acupuncture discussed."));
    assertEquals("c01_education", counted("Information given, acupuncture discussed."));
  }

  @Test
  void genericInformationInAListItemOfItsOwnStillCounts() {
    assertEquals("c01_education,c05_sensory_stimulation", counted("Received: information, TENS."));
    assertEquals("c05_sensory_stimulation", counted("Received information TENS."));
  }

  @Test
  void theLongestTermWinsOverATermInsideIt() {
    CodedNote c = code("Progressive muscle relaxation practised.");
    // The home-exercise reading of "relaxation" is in the evidence too, as an unmet requirement;
    // the shorter "relaxation" (c08) inside the longer term is not.
    assertEquals(List.of("en.pmr", "en.relax.own"), c.evidence().stream().map(Evidence::entryId).toList());
    assertEquals("requires own@unclaimed", c.evidence().get(1).reason());
  }

  @Test
  void wholeMatchTermsDoNotMatchInsideOtherWordsAndProcedureCodesAreSourceCode() {
    assertEquals("", counted("Gymnastics at school as a child."));
    assertEquals("c07_weight_training", counted("Programme in the gym."));
    Evidence code = code("QV007.").evidence().get(0);
    assertEquals(Evidence.Source.CODE, code.source());
  }

  @Test
  void evidenceOffsetsPointAtTheMatchedTextInTheNote() {
    String note = "Treatment:\nBalance work, then TENS 20 min.";
    Evidence e = code(note).evidence().get(0);
    assertEquals("TENS", note.substring(e.start(), e.end()));
    assertEquals("Balance work, then TENS 20 min.", e.sentence());
  }
}
