package org.icoder.code;

import java.util.ArrayList;
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
 *       stavgång") one item's advice does not undo another item's guided activity;
 *   <li>drop a term inside a longer term of the sentence (the longest reading wins);
 *   <li>give each term its context modifier (nearest trigger, else the section's), which stops it counting;
 *   <li>drop unspecified "information" when its clause names other content: the content decides.
 *       Clauses end at commas, semicolons and dashes, so in a discharge list ("Erhållit: info,
 *       stab-träning, TENS") the bare "info" still counts as education.
 * </ol>
 * Every mention, counted or not, goes to the evidence with the reason.
 *
 * <pre>"Planering: akupunktur. Åtgärd: TENS 20 min." → c05 counted (TENS); akupunktur planned, not counted</pre>
 *
 * <p>Thread-safe: holds only shared immutable resources.
 */
public final class NoteCoder {
  private static final Pattern KVA_CODE = Pattern.compile("[A-Z]{2}[0-9]{3}");

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
    SectionRule section = null;
    for (Sentence sentence : analysed.sentences()) {
      ContextRules.Heading heading = lang.contextRules().headingOf(sentence);
      if (heading != null) {
        section = heading.rule();
      }
      int bodyStart = heading == null ? 0 : heading.endToken();
      for (Evidence e : codeSentence(analysed, sentence, bodyStart, section, lang)) {
        evidence.add(e);
        if (e.counted()) {
          flags |= CodedNote.bit(e.category());
        }
      }
    }
    return new CodedNote(note, analysed.language(), flags, evidence);
  }

  private List<Evidence> codeSentence(AnalyzedNote analysed, Sentence sentence, int bodyStart, SectionRule section,
      LanguageResources lang) {
    List<Token> tokens = sentence.tokens();
    List<PhraseMatch<Term>> found = lang.lexicon().terms().find(tokens);
    if (found.isEmpty()) {
      return List.of();
    }
    List<PhraseMatch<Cue>> cueMatches = lang.lexicon().cues().find(tokens);
    // The section's cues hold for every sentence and clause under its heading.
    Set<String> sectionCues = section == null ? Set.of() : section.cues();
    Set<String> cues = new HashSet<>(sectionCues);
    for (PhraseMatch<Cue> c : cueMatches) {
      cues.add(c.payload().cueClass());
    }
    List<PhraseMatch<Term>> eligible = new ArrayList<>();
    List<PhraseMatch<Term>> failedRequirement = new ArrayList<>();
    List<String> failedWhy = new ArrayList<>();
    for (PhraseMatch<Term> m : found) {
      String unmet = unmetRequirement(m, cues, sectionCues, cueMatches, tokens);
      if (unmet == null) {
        eligible.add(m);
      } else {
        failedRequirement.add(m);
        failedWhy.add(unmet);
      }
    }
    eligible.removeIf(m -> eligible.stream().anyMatch(o -> o.length() > m.length()
        && o.firstToken() <= m.firstToken() && o.endToken() >= m.endToken()));

    ContextAnnotator.SentenceContext context = lang.annotator().contextOf(tokens, bodyStart);
    eligible.removeIf(m -> context.insideTrigger(m.firstToken(), m.endToken()));
    for (int i = failedRequirement.size() - 1; i >= 0; i--) {
      PhraseMatch<Term> m = failedRequirement.get(i);
      if (context.insideTrigger(m.firstToken(), m.endToken())) {
        failedRequirement.remove(i);
        failedWhy.remove(i);
      }
    }
    String text = analysed.note().text();
    String sentenceText = analysed.sentenceText(sentence);
    String sectionName = section == null ? "" : section.section();

    List<Evidence> out = new ArrayList<>();
    List<Modifier> modifiers = new ArrayList<>();
    List<String> triggerIds = new ArrayList<>();
    for (PhraseMatch<Term> m : eligible) {
      PhraseMatch<ContextRule> trigger = context.triggerFor(m.firstToken(), m.endToken(), m.payload().category());
      if (trigger != null) {
        modifiers.add(trigger.payload().modifier());
        triggerIds.add(trigger.payload().id());
      } else if (section != null && section.modifier() != Modifier.NONE && !context.ongoingReaches(m.firstToken(), m.endToken(), m.payload().category())) {
        modifiers.add(section.modifier());
        triggerIds.add(section.id());
      } else {
        modifiers.add(Modifier.NONE);
        triggerIds.add("");
      }
    }
    for (int i = 0; i < eligible.size(); i++) {
      PhraseMatch<Term> m = eligible.get(i);
      Term term = m.payload();
      Modifier modifier = modifiers.get(i);
      String triggerId = triggerIds.get(i);
      String reason;
      boolean counted;
      if (modifier != Modifier.NONE) {
        counted = false;
        reason = "modified";
      } else if (term.role() == Role.GENERIC && namesOtherContent(eligible, modifiers, m, tokens)) {
        counted = false;
        reason = "generic_overridden";
      } else {
        counted = true;
        reason = "counted";
      }
      out.add(evidence(term, tokens, m, text, sentenceText, sectionName, modifier, triggerId, counted, reason));
    }
    for (int i = 0; i < failedRequirement.size(); i++) {
      PhraseMatch<Term> m = failedRequirement.get(i);
      out.add(evidence(m.payload(), tokens, m, text, sentenceText, sectionName, Modifier.NONE, "", false,
          "requires " + failedWhy.get(i)));
    }
    out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : a.entryId().compareTo(b.entryId()));
    return out;
  }

  /** The term's cue conditions that do not hold, as "advice+!own@clause", or null when all hold. */
  private static String unmetRequirement(PhraseMatch<Term> m, Set<String> sentenceCues, Set<String> sectionCues,
      List<PhraseMatch<Cue>> cueMatches, List<Token> tokens) {
    String unmet = null;
    int[] clause = null;
    for (CueCondition c : m.payload().requires()) {
      boolean found;
      if (!c.clauseOnly()) {
        found = sentenceCues.contains(c.cue());
      } else {
        if (clause == null) {
          clause = Clauses.around(m, tokens);
        }
        found = sectionCues.contains(c.cue());
        for (PhraseMatch<Cue> cue : cueMatches) {
          if (cue.payload().cueClass().equals(c.cue()) && cue.firstToken() >= clause[0] && cue.endToken() <= clause[1]) {
            found = true;
            break;
          }
        }
      }
      if (found != c.present()) {
        unmet = unmet == null ? c.toString() : unmet + "+" + c;
      }
    }
    return unmet;
  }

  /** True when the generic term's clause has unmodified named content of another category. */
  private static boolean namesOtherContent(List<PhraseMatch<Term>> eligible, List<Modifier> modifiers,
      PhraseMatch<Term> generic, List<Token> tokens) {
    int[] clause = Clauses.around(generic, tokens);
    int clauseStart = clause[0];
    int clauseEnd = clause[1];
    for (int i = 0; i < eligible.size(); i++) {
      PhraseMatch<Term> other = eligible.get(i);
      Term t = other.payload();
      if (t.role() == Role.CONTENT && t.category() != generic.payload().category() && modifiers.get(i) == Modifier.NONE
          && other.firstToken() >= clauseStart && other.endToken() <= clauseEnd) {
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
