package org.icoder.code;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.icoder.context.Clauses;
import org.icoder.context.ContextAnnotator;
import org.icoder.context.ContextRule;
import org.icoder.context.ContextRules;
import org.icoder.context.Modifier;
import org.icoder.context.SectionRule;
import org.icoder.ingest.Note;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.Cue;
import org.icoder.lexicon.CueCondition;
import org.icoder.lexicon.PhraseMatch;
import org.icoder.lexicon.Role;
import org.icoder.lexicon.Term;
import org.icoder.text.AnalyzedNote;
import org.icoder.text.Sentence;
import org.icoder.text.TextAnalyzer;
import org.icoder.text.Token;

/**
 * Codes one note by the manual's reading rules, sentence by sentence:
 * <ol>
 *   <li>find the lexicon terms and the cue classes of the sentence;
 *   <li>drop terms whose cue requirements fail (walking counts as advice only beside an advice cue).
 *       A cue is looked for in the whole sentence, or with {@code @clause} only in the term's own
 *       list item, so that in a discharge list ("stavgång tillsammans med fysioterapeut, råd om
 *       stavgång") one item's advice does not undo another item's guided activity; with
 *       {@code @unclaimed}, a cue from another clause counts unless that clause holds a cue the term
 *       excludes from its own ("PMR, supervised gym-based strengthening": the gym is the supervised one);
 *   <li>drop a term inside a longer term of the sentence (the longest reading wins);
 *   <li>give each term its context modifier (nearest trigger, else the section's), which stops it counting;
 *   <li>drop unspecified "information" when its clause names other content, given, planned or
 *       declined: the content decides ("discussed acupuncture, declined" is neither acupuncture nor
 *       education).
 *       Clauses end at commas, semicolons and dashes, so in a discharge list ("Erhållit: info,
 *       stab-träning, TENS") the bare "info" still counts as education.
 * </ol>
 * A sentence that opens with the patient's absence ("Pat uteblev.", "DNA.") voids what its section
 * named before it: that session did not take place (never in a discharge summary). Every mention,
 * counted or not, goes to the evidence with the reason.
 *
 * <pre>"Planering: akupunktur. Åtgärd: TENS 20 min." → c05 counted (TENS); akupunktur planned, not counted</pre>
 *
 * <p>Thread-safe: holds only shared immutable resources.
 */
public final class NoteCoder {
  private static final Pattern KVA_CODE = Pattern.compile("[A-Z]{2}[0-9]{3}");
  /**
   * The cue class of verbs that report something done in the session ("discussed", "taught",
   * "reviewed"): a sentence with one is not a plan even under a Plan heading, as in problem-oriented
   * notes whose "Plan:" records what was done.
   */
  static final String DONE_CUE = "done";

  private final TextAnalyzer analyzer;
  private final CodingResources resources;

  public NoteCoder(TextAnalyzer analyzer, CodingResources resources) {
    this.analyzer = analyzer;
    this.resources = resources;
  }

  public CodedNote code(Note note) {
    AnalyzedNote analysed = analyzer.analyse(note);
    LanguageResources lang = resources.get(analysed.language());
    List<Evidence> evidence = new ArrayList<>();
    int flags = 0;
    // A note filed under a sökord such as "Planering" reads as if its text stood under that heading.
    SectionRule noteSection = lang.contextRules().sectionOfNoteType(note.type());
    SectionRule section = noteSection;
    // Where the current section's mentions start in the evidence list: a heading opens a new one.
    int sectionStart = 0;
    // True while an @inline section ("Status: öm trapezius.") lasts only to the end of its line. The
    // lines after it are read as under no heading (the note type's section, if any): headings follow
    // one another, so the one before the Status line ("Anamnes:") is over too.
    boolean endsWithLine = false;
    for (Sentence sentence : analysed.sentences()) {
      if (endsWithLine && sentence.startsLine()) {
        section = noteSection;
        endsWithLine = false;
        sectionStart = evidence.size();
      }
      // Inside an inline section's line, a later sentence may open a heading with its colon.
      ContextRules.Heading heading = lang.contextRules().headingOf(sentence, endsWithLine);
      SectionRule after = section;
      if (heading != null) {
        section = heading.rule();
        after = section;
        sectionStart = evidence.size();
        boolean textFollows = heading.textFollows();
        // A one-line section ("Mål: klara datorarbete.") covers only the sentence it heads when that
        // sentence has text; alone on its line it heads the lines below, to the next heading.
        if (section.lineOnly() && textFollows) {
          after = noteSection;
        }
        endsWithLine = section.restOfLine() && textFollows;
      }
      int bodyStart = heading == null ? 0 : heading.endToken();
      // The patient's absence opening a sentence ("BBAT-grupp tillf. 5. Pat ej närvarande.") says the
      // session named before it in its section did not take place. Not in a discharge summary, which
      // lists what the whole programme gave; inside its own sentence the trigger reads as usual.
      PhraseMatch<ContextRule> absent = section != null && section.summary() ? null
          : lang.contextRules().absenceOpening(sentence.tokens(), bodyStart);
      if (absent != null && lang.annotator().contextOf(sentence.tokens(), bodyStart, analysed.note().date()).keeps(absent)) {
        for (int i = sectionStart; i < evidence.size(); i++) {
          if (evidence.get(i).counted()) {
            evidence.set(i, absent(evidence.get(i), absent.payload()));
          }
        }
      }
      evidence.addAll(codeSentence(analysed, sentence, bodyStart, section, lang));
      section = after;
    }
    for (Evidence e : evidence) {
      if (e.counted()) {
        flags |= CodedNote.bit(e.category());
      }
    }
    return new CodedNote(note, analysed.language(), flags, evidence);
  }

  /** A counted mention before the patient's absence in its section: the session did not take place. */
  private static Evidence absent(Evidence e, ContextRule rule) {
    return new Evidence(e.category(), e.entryId(), e.matchedText(), e.sentence(), e.start(), e.end(), e.section(),
        rule.modifier(), rule.id(), false, e.source(), "modified");
  }

  /** A term found in a sentence, with the context's verdict on it. */
  private record Reading(PhraseMatch<Term> match, Modifier modifier, String triggerId) {}

  /** A term whose cue conditions fail, with the conditions that do ("advice+!own@clause"). */
  private record Unmet(PhraseMatch<Term> match, String conditions) {}

  private List<Evidence> codeSentence(AnalyzedNote analysed, Sentence sentence, int bodyStart, SectionRule section,
      LanguageResources lang) {
    List<Token> tokens = sentence.tokens();
    List<PhraseMatch<Term>> found = lang.lexicon().terms().find(tokens);
    if (found.isEmpty()) {
      return List.of();
    }
    ContextAnnotator.SentenceContext context = lang.annotator().contextOf(tokens, bodyStart, analysed.note().date());
    Clauses clauses = lang.contextRules().clauses();
    // A negated cue word does not hold: "knäböj utan vikter" has no equipment.
    List<PhraseMatch<Cue>> cueMatches = new ArrayList<>(lang.lexicon().cues().find(tokens));
    cueMatches.removeIf(c -> context.negatedRightBefore(c.firstToken(), c.endToken()));
    // The section's cues hold for every sentence and clause under its heading.
    Set<String> sectionCues = section == null ? Set.of() : section.cues();
    Set<String> cues = new HashSet<>(sectionCues);
    for (PhraseMatch<Cue> c : cueMatches) {
      cues.add(c.payload().cueClass());
    }

    List<PhraseMatch<Term>> eligible = new ArrayList<>();
    List<Unmet> unmet = new ArrayList<>();
    for (PhraseMatch<Term> m : found) {
      if (context.insideTrigger(m.firstToken(), m.endToken())) {
        continue; // part of a trigger phrase ("massage" in "massage therapist"), not a mention
      }
      if (bodyStart >= tokens.size() && m.payload().role() == Role.GENERIC
          && !(m.endToken() < tokens.size() && tokens.get(m.endToken()).text().equals("."))) {
        // An "Information" heading alone on its line names a template field; what is written under
        // it decides. "Info: cervikogen yrsel" (information about something) and "Information."
        // (the bare statement) are education by the manual.
        continue;
      }
      String conditions = unmetRequirement(m, cues, sectionCues, cueMatches, tokens, clauses);
      if (conditions == null) {
        eligible.add(m);
      } else {
        unmet.add(new Unmet(m, conditions));
      }
    }
    eligible.removeIf(m -> eligible.stream().anyMatch(o -> o.length() > m.length()
        && o.firstToken() <= m.firstToken() && o.endToken() >= m.endToken()));

    List<Reading> readings = new ArrayList<>();
    for (PhraseMatch<Term> m : eligible) {
      Category category = m.payload().category();
      PhraseMatch<ContextRule> trigger = context.triggerFor(m.firstToken(), m.endToken(), category);
      if (trigger != null) {
        readings.add(new Reading(m, trigger.payload().modifier(), trigger.payload().id()));
      } else if (section != null && section.modifier() != Modifier.NONE
          && !context.ongoingReaches(m.firstToken(), m.endToken(), category)
          && !(section.modifier() == Modifier.PLANNED && cues.contains(DONE_CUE))) {
        readings.add(new Reading(m, section.modifier(), section.id()));
      } else {
        readings.add(new Reading(m, Modifier.NONE, ""));
      }
    }

    String text = analysed.note().text();
    String sentenceText = analysed.sentenceText(sentence);
    String sectionName = section == null ? "" : section.section();
    List<Evidence> out = new ArrayList<>();
    for (Reading r : readings) {
      Term term = r.match().payload();
      String reason;
      if (r.modifier() != Modifier.NONE) {
        reason = "modified";
      } else if (term.role() == Role.GENERIC && namesOtherContent(readings, r.match(), tokens, clauses)) {
        reason = "generic_overridden";
      } else {
        reason = "counted";
      }
      out.add(evidence(term, tokens, r.match(), text, sentenceText, sectionName, r.modifier(), r.triggerId(),
          reason.equals("counted"), reason));
    }
    for (Unmet u : unmet) {
      out.add(evidence(u.match().payload(), tokens, u.match(), text, sentenceText, sectionName, Modifier.NONE, "", false,
          "requires " + u.conditions()));
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.entryId().compareTo(b.entryId()));
    return out;
  }

  /** The term's cue conditions that do not hold, as "advice+!own@clause", or null when all hold. */
  private static String unmetRequirement(PhraseMatch<Term> m, Set<String> sentenceCues, Set<String> sectionCues,
      List<PhraseMatch<Cue>> cueMatches, List<Token> tokens, Clauses clauses) {
    String unmet = null;
    int[] clause = null;
    for (CueCondition c : m.payload().requires()) {
      boolean found;
      if (c.scope() == CueCondition.Scope.SENTENCE || sectionCues.contains(c.cue())) {
        found = sentenceCues.contains(c.cue());
      } else {
        if (clause == null) {
          clause = clauses.around(m, tokens);
        }
        found = c.scope() == CueCondition.Scope.CLAUSE
            ? inSpan(c.cue(), clause, cueMatches)
            : reachesUnclaimed(c.cue(), m.payload(), clause, cueMatches, tokens, clauses);
      }
      if (found != c.present()) {
        unmet = unmet == null ? c.toString() : unmet + "+" + c;
      }
    }
    return unmet;
  }

  private static boolean inSpan(String cueClass, int[] span, List<PhraseMatch<Cue>> cueMatches) {
    for (PhraseMatch<Cue> cue : cueMatches) {
      if (cue.payload().cueClass().equals(cueClass) && within(cue, span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(PhraseMatch<?> m, int[] span) {
    return m.firstToken() >= span[0] && m.endToken() <= span[1];
  }

  /**
   * True when a cue of the class stands in the term's clause, or in another clause that holds none of
   * the cues the term excludes from its own clause ({@code @unclaimed}).
   */
  private static boolean reachesUnclaimed(String cueClass, Term term, int[] termClause,
      List<PhraseMatch<Cue>> cueMatches, List<Token> tokens, Clauses clauses) {
    for (PhraseMatch<Cue> cue : cueMatches) {
      if (!cue.payload().cueClass().equals(cueClass)) {
        continue;
      }
      if (within(cue, termClause) || !holdsExcludedCue(term, clauses.around(cue, tokens), cueMatches)) {
        return true;
      }
    }
    return false;
  }

  /** True when the clause holds a cue the term excludes from its own clause. */
  private static boolean holdsExcludedCue(Term term, int[] clause, List<PhraseMatch<Cue>> cueMatches) {
    for (CueCondition c : term.requires()) {
      if (!c.present() && c.clauseOnly() && inSpan(c.cue(), clause, cueMatches)) {
        return true;
      }
    }
    return false;
  }

  /** The readings of named content that decide what unspecified information in their clause was. */
  private static final Set<Modifier> NAMES_CONTENT = EnumSet.of(Modifier.NONE, Modifier.PLANNED,
      Modifier.DECLINED);

  /**
   * True when the generic term's clause has named content of another category: the information was
   * about, or part of, that intervention ("taping applied and explained"). That holds for content
   * offered or planned as well: "Discussed acupuncture - she would rather not" is the offer that was
   * declined, not education. Content negated, reported or from elsewhere does not decide: in
   * "Information given and no acupuncture today" and "Information om hur TENS används" the
   * information stands. The home-exercise flag is no content: it says where a programme is done, not
   * what it is.
   */
  private static boolean namesOtherContent(List<Reading> readings, PhraseMatch<Term> generic, List<Token> tokens,
      Clauses clauses) {
    int[] clause = clauses.around(generic, tokens);
    for (Reading r : readings) {
      Term t = r.match().payload();
      if (t.role() == Role.CONTENT && t.category() != generic.payload().category()
          && t.category() != Category.HOME_EXERCISE && NAMES_CONTENT.contains(r.modifier())
          && r.match().firstToken() >= clause[0] && r.match().endToken() <= clause[1]) {
        return true;
      }
    }
    return false;
  }

  private static Evidence evidence(Term term, List<Token> tokens, PhraseMatch<Term> m, String text, String sentenceText,
      String section, Modifier modifier, String triggerId, boolean counted, String reason) {
    int start = tokens.get(m.firstToken()).start();
    int end = tokens.get(m.endToken() - 1).end();
    Evidence.Source source = KVA_CODE.matcher(term.phrase()).matches() ? Evidence.Source.CODE : Evidence.Source.LEXICON;
    return new Evidence(term.category(), term.id(), text.substring(start, end), sentenceText, start, end,
        section, modifier, triggerId, counted, source, reason);
  }
}
