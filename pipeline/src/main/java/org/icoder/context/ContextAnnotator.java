package org.icoder.context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.PhraseMatch;
import org.icoder.text.Token;

/**
 * ConText over one sentence: which modifier, if any, applies to a mention.
 *
 * <p>A trigger's scope runs from the trigger towards the sentence end (forward) or start (backward)
 * and stops at a terminate word. A trigger inside a longer one does not count on its own ("ej"
 * inside "ej aktuellt"); pseudo triggers block the triggers they overlap ("ingen effekt av").
 * When several triggers reach a mention, the nearest wins. A mention that lies inside a trigger
 * phrase ("massage" in "massage therapist") is part of the trigger, not an intervention.
 * An ongoing trigger blocks overlapping triggers like a pseudo one and, where its scope reaches a
 * mention, cancels the section's modifier: "Planering: fortsatt stabilitetsträning" documents
 * training that is going on.
 *
 * <pre>"Akupunktur avböjes, TENS provas." : akupunktur → declined; TENS → none (if "men"/"," ends scope)</pre>
 */
public final class ContextAnnotator {
  /** Words between "men"/"but" and a closing refusal: "men hon", "but the patient was". */
  static final int MAX_SUBJECT_TOKENS = 3;
  /** Words after a refusal that still close its clause: "men hon avböjer detta i nuläget." */
  static final int MAX_AFTER_REFUSAL_TOKENS = 4;

  /** The triggers of one sentence, with pseudo-blocked ones removed. */
  public static final class SentenceContext {
    private final List<PhraseMatch<ContextRule>> modifiers = new ArrayList<>();
    private final List<PhraseMatch<ContextRule>> terminators = new ArrayList<>();
    private final List<PhraseMatch<ContextRule>> pseudo = new ArrayList<>();
    private final List<PhraseMatch<ContextRule>> ongoing = new ArrayList<>();
    private final List<Token> tokens;
    private final Clauses clauses;
    /** True when a checklist box comes before the first word: boxes then bind to the words after them. */
    private final boolean boxesLead;

    SentenceContext(List<Token> tokens, List<PhraseMatch<ContextRule>> all, int fromToken, Clauses clauses) {
      this.tokens = tokens;
      this.clauses = clauses;
      this.boxesLead = boxBeforeFirstWord(tokens, all, fromToken);
      List<PhraseMatch<ContextRule>> found = new ArrayList<>();
      for (PhraseMatch<ContextRule> m : all) {
        if (m.firstToken() >= fromToken && all.stream().noneMatch(o -> o.length() > m.length()
            && o.firstToken() <= m.firstToken() && o.endToken() >= m.endToken())) {
          found.add(m);
        }
      }
      for (PhraseMatch<ContextRule> m : found) {
        if (m.payload().kind() == ContextRule.Kind.PSEUDO) pseudo.add(m);
        if (m.payload().kind() == ContextRule.Kind.ONGOING) ongoing.add(m);
      }
      for (PhraseMatch<ContextRule> m : found) {
        ContextRule.Kind kind = m.payload().kind();
        if (kind == ContextRule.Kind.PSEUDO || kind == ContextRule.Kind.ONGOING
            || pseudo.stream().anyMatch(p -> p.overlaps(m)) || ongoing.stream().anyMatch(p -> p.overlaps(m))) {
          continue;
        }
        (kind == ContextRule.Kind.TERMINATE ? terminators : modifiers).add(m);
      }
    }

    /** True when the trigger match survived: no pseudo or ongoing trigger overlaps it and no longer trigger holds it. */
    public boolean keeps(PhraseMatch<ContextRule> trigger) {
      return modifiers.stream().anyMatch(m -> m.payload() == trigger.payload() && m.firstToken() == trigger.firstToken()
          && m.endToken() == trigger.endToken());
    }

    /** True when tokens [first, end) lie inside a modifier, pseudo or ongoing trigger phrase. */
    public boolean insideTrigger(int first, int end) {
      for (List<PhraseMatch<ContextRule>> list : List.of(modifiers, pseudo, ongoing)) {
        for (PhraseMatch<ContextRule> t : list) {
          if (t.firstToken() <= first && t.endToken() >= end) {
            return true;
          }
        }
      }
      return false;
    }

    /** True when an ongoing trigger's scope reaches tokens [first, end): the section's modifier does not apply. */
    public boolean ongoingReaches(int first, int end, Category category) {
      for (PhraseMatch<ContextRule> t : ongoing) {
        if (!t.payload().appliesTo(category)) {
          continue;
        }
        if (reaches(t, first, end) >= 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * The winning trigger for a mention of {@code category} at tokens [first, end), or null when it is
     * unmodified. A report of use yields to every other trigger: "Har förut använt TENS" is
     * historical, "Cannot use TENS" negated.
     */
    public PhraseMatch<ContextRule> triggerFor(int first, int end, Category category) {
      PhraseMatch<ContextRule> best = triggerFor(first, end, category, false);
      return best != null ? best : triggerFor(first, end, category, true);
    }

    private PhraseMatch<ContextRule> triggerFor(int first, int end, Category category, boolean reports) {
      PhraseMatch<ContextRule> best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (PhraseMatch<ContextRule> t : modifiers) {
        if (!t.payload().appliesTo(category) || (t.payload().modifier() == Modifier.REPORTED) != reports) {
          continue;
        }
        int distance = reaches(t, first, end);
        if (distance >= 0 && distance < bestDistance) {
          best = t;
          bestDistance = distance;
        }
      }
      return best;
    }

    /**
     * True when tokens [first, end) are negated on the spot by a negation for every category: inside
     * its trigger phrase ("ej utfört"), or right after it ("utan vikter", "without weights"). A cue word
     * so negated says the opposite of what the cue means. Nothing may stand between them: a negation
     * further away is about something else ("utfallssteg utan ont med vikter").
     */
    public boolean negatedRightBefore(int first, int end) {
      for (PhraseMatch<ContextRule> t : modifiers) {
        if (t.payload().modifier() != Modifier.NEGATED || !t.payload().categories().isEmpty()) {
          continue; // a trigger limited to some categories ("diskuterat" for activities) negates no cue word
        }
        if (t.firstToken() <= first && t.endToken() >= end) {
          return true;
        }
        if (t.endToken() == first
            && t.payload().direction() != Direction.BACKWARD && t.payload().direction() != Direction.ITEM && !clauseBoundaryBetween(t.endToken(), first)
            && !terminatedBetween(t.endToken(), first)) {
          return true;
        }
      }
      return false;
    }

    private static boolean boxBeforeFirstWord(List<Token> tokens, List<PhraseMatch<ContextRule>> all, int fromToken) {
      int firstWord = fromToken;
      while (firstWord < tokens.size() && (!hasLetterOrDigit(tokens.get(firstWord).text())
          || tokens.get(firstWord).text().matches("\\d{1,2}[.)]?|[a-zA-Z][.)]"))) { // list markers "1." "a)"
        firstWord++;
      }
      for (PhraseMatch<ContextRule> m : all) {
        if (m.payload().direction() == Direction.ITEM && m.firstToken() >= fromToken && m.firstToken() <= firstWord) {
          return true;
        }
      }
      return false;
    }

    private static boolean hasLetterOrDigit(String s) {
      for (int i = 0; i < s.length(); i++) {
        // 'x' inside "[x]" is a box, not a word: only count tokens of two or more characters or digits
        if (Character.isLetterOrDigit(s.charAt(i)) && (s.length() > 1 || Character.isDigit(s.charAt(i)))) {
          return true;
        }
      }
      return false;
    }

    /** The token distance from trigger {@code t} to tokens [first, end) if its scope reaches them, else -1. */
    private int reaches(PhraseMatch<ContextRule> t, int first, int end) {
      Direction d = t.payload().direction();
      if (d == Direction.ITEM) {
        d = boxesLead ? Direction.FORWARD : Direction.BACKWARD;
      } else if (d == Direction.SESSION) {
        d = Direction.FORWARD; // within its sentence; the note's earlier sentences are NoteCoder's
      }
      boolean clause = t.payload().clauseOnly();
      if (t.endToken() <= first && d != Direction.BACKWARD && !terminatedBetween(t.endToken(), first)
          && !(clause && clauseBoundaryBetween(t.endToken(), first))) {
        return first - t.endToken();
      }
      if (t.firstToken() >= end && d != Direction.FORWARD) {
        int but = butClosedByRefusal(t);
        // A refusal after "men"/"but" answers the clause right before it, even across the comma
        // that ends that clause ("… övningar att göra hemma, men hon avböjde"), and no earlier one.
        int clauseEnd = but == t.firstToken() ? t.firstToken()
            : but > 0 && clauses.isBoundary(tokens.get(but - 1)) ? but - 1 : but;
        boolean viaBut = but != t.firstToken();
        if (!terminatedBetween(end, but) && !((clause || viaBut) && clauseBoundaryBetween(end, clauseEnd))) {
          return t.firstToken() - end;
        }
      }
      return -1;
    }

    /**
     * True for a refusal or negation that closes its clause right after "men"/"but" and a short
     * subject: "TENS föreslogs men hon avböjde.", "I suggested a gym programme, but he was not
     * interested, saying ...". Such a "but" turns to the patient's answer about what came before,
     * so it does not end the trigger's backward scope. With more words after it ("but she declined
     * acupuncture") the refusal is about those, and "but" ends the scope as usual.
     *
     * @return where the trigger's backward scope may meet a terminator: the start of such a "but",
     *     else the trigger's own start
     */
    private int butClosedByRefusal(PhraseMatch<ContextRule> t) {
      Modifier m = t.payload().modifier();
      if (m != Modifier.DECLINED && m != Modifier.NEGATED) {
        return t.firstToken();
      }
      int next = t.endToken();
      int limit = Math.min(tokens.size(), next + MAX_AFTER_REFUSAL_TOKENS);
      while (next < limit && clauses.is(Clauses.Role.AFTER_REFUSAL, tokens.get(next))) {
        next++;
      }
      boolean closes = next >= tokens.size() || clauses.isBoundary(tokens.get(next))
          || !hasLetterOrDigit(tokens.get(next).text()) || clauses.is(Clauses.Role.REASON, tokens.get(next));
      if (!closes) {
        return t.firstToken();
      }
      for (PhraseMatch<ContextRule> but : terminators) {
        if (but.length() == 1 && clauses.is(Clauses.Role.BUT, tokens.get(but.firstToken())) && but.endToken() <= t.firstToken()
            && but.endToken() >= t.firstToken() - MAX_SUBJECT_TOKENS && onlySubjectBetween(but.endToken(), t.firstToken())) {
          return but.firstToken();
        }
      }
      return t.firstToken();
    }

    /** True when tokens [from, to) are only a subject ("hon", "the patient was"), not another mention. */
    private boolean onlySubjectBetween(int from, int to) {
      for (int i = from; i < to; i++) {
        if (!clauses.is(Clauses.Role.SUBJECT, tokens.get(i))) {
          return false;
        }
      }
      return true;
    }

    private boolean clauseBoundaryBetween(int from, int to) {
      for (int i = from; i < to; i++) {
        if (clauses.isBoundary(tokens.get(i))) {
          return true;
        }
      }
      return false;
    }

    private boolean terminatedBetween(int from, int to) {
      for (PhraseMatch<ContextRule> t : terminators) {
        if (t.firstToken() >= from && t.endToken() <= to) {
          return true;
        }
      }
      return false;
    }
  }

  private final ContextRules rules;

  public ContextAnnotator(ContextRules rules) {
    this.rules = rules;
  }

  /**
   * The context of a sentence's tokens; triggers that start before {@code fromToken} (the sentence's
   * heading, which sets the section instead) are ignored.
   */
  public SentenceContext contextOf(List<Token> tokens, int fromToken, LocalDate noteDate) {
    return new SentenceContext(tokens, rules.triggersIn(tokens, noteDate), fromToken, rules.clauses());
  }
}
