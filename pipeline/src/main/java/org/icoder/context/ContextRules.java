package org.icoder.context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.lexicon.MatchMode;
import org.icoder.lexicon.PhraseIndex;
import org.icoder.lexicon.PhraseMatch;
import org.icoder.lexicon.Problem;
import org.icoder.lexicon.TsvTable;
import org.icoder.text.Language;
import org.icoder.text.Normalizer;
import org.icoder.text.Sentence;
import org.icoder.text.Token;

/**
 * The context triggers and section headings of one language, compiled for matching. Loading
 * validates {@code context.tsv}, {@code sections.tsv} and {@code clauses.tsv} and reports problems as file:line.
 */
public final class ContextRules {
  public static final List<String> CONTEXT_COLUMNS = List.of("id", "trigger", "modifier", "direction");
  public static final List<String> SECTION_COLUMNS = List.of("id", "heading", "section", "modifier");

  private final List<ContextRule> rules;
  private final List<SectionRule> sections;
  private final PhraseIndex<ContextRule> triggers;
  private final PhraseIndex<SectionRule> headings;
  /** The {@code session} triggers alone, looked for in every sentence (the others only where a term is). */
  private final PhraseIndex<ContextRule> absences;
  private final boolean hasAbsences;
  /** Sections marked {@code @type} by their heading's spelling key, for notes filed under a sökord. */
  private final Map<String, SectionRule> byNoteType;
  private final Clauses clauses;
  /** Rules whose trigger is {@link #EARLIER_YEAR}: found by comparing years, not by words. */
  private final List<ContextRule> earlierYearRules;

  /**
   * The reserved trigger for a year standing alone that is earlier than the note's own date: "Gick i
   * BBAT-grupp i Jönköping 2019.", "Had a course of physio in 2021 w/ core exercises".
   */
  public static final String EARLIER_YEAR = "{earlier year}";

  private ContextRules(Normalizer normalizer, List<ContextRule> rules, List<SectionRule> sections, Clauses clauses) {
    this.clauses = clauses;
    this.rules = List.copyOf(rules);
    this.sections = List.copyOf(sections);
    Map<String, SectionRule> noteTypes = new HashMap<>();
    for (SectionRule s : sections) {
      if (s.noteType()) {
        noteTypes.putIfAbsent(headingKey(s.heading()), s);
      }
    }
    this.byNoteType = Map.copyOf(noteTypes);
    this.triggers = new PhraseIndex<>(normalizer);
    this.headings = new PhraseIndex<>(normalizer);
    rules.stream().filter(r -> !r.trigger().equals(EARLIER_YEAR)).forEach(r -> addTrigger(triggers, r));
    this.earlierYearRules = rules.stream().filter(r -> r.trigger().equals(EARLIER_YEAR)).toList();
    sections.forEach(s -> headings.add(s.heading(), MatchMode.WHOLE, s));
    this.absences = new PhraseIndex<>(normalizer);
    List<ContextRule> sessionRules = rules.stream().filter(r -> r.direction() == Direction.SESSION).toList();
    sessionRules.forEach(r -> addTrigger(absences, r));
    this.hasAbsences = !sessionRules.isEmpty();
  }

  /**
   * "=läkare": the words as written (any case, not stemmed), for a trigger whose normalised key
   * collides with other words ("läkare" and "läkt"/"läker" share a stem); otherwise whole words.
   */
  private static void addTrigger(PhraseIndex<ContextRule> index, ContextRule r) {
    boolean surface = r.trigger().startsWith("=");
    index.add(surface ? r.trigger().substring(1) : r.trigger(), surface ? MatchMode.SURFACE : MatchMode.WHOLE, r);
  }

  /**
   * A {@code session} trigger that opens the sentence after its heading, with at most a subject
   * before it ("Pat uteblev.", "Pat ej närvarande, sjukanmäld.", "DNA."): the patient was not there,
   * so what the note names before it in its section was not delivered. Elsewhere in a sentence, or
   * followed by what was missed or another place ("Did not attend sessions 2-3", "Pat uteblev
   * 24/10", "absent from work"), such words are about something else.
   *
   * @return the trigger, or null
   */
  public PhraseMatch<ContextRule> absenceOpening(List<Token> tokens, int fromToken) {
    if (!hasAbsences) {
      return null;
    }
    int first = fromToken;
    while (first < tokens.size() && (clauses.is(Clauses.Role.SUBJECT, tokens.get(first)) || !hasLetterOrDigit(tokens.get(first).text()))) {
      first++;
    }
    for (PhraseMatch<ContextRule> m : absences.findAt(tokens, first)) {
      if (closesItsClause(tokens, m.endToken())) {
        return m;
      }
    }
    return null;
  }

  /**
   * True when the word after the absence ends its clause (end of sentence, full stop, comma, dash),
   * gives a reason ("då", "pga", "due"), says "today", or brackets one word of reason ("(VAB)"): "Pat
   * uteblev, sjuk." What names the missed visit or another place ("Did not attend sessions 2-3",
   * "Uteblev (25/10)", "frånvarande från arbetet", "Kom ej: tillf 4") is about something else.
   */
  private boolean closesItsClause(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return true;
    }
    Token t = tokens.get(next);
    String s = t.text();
    if (s.equals("(")) { // one word of reason in brackets: "(VAB)", "(sjuk)", "(holiday)"
      return next + 2 < tokens.size() && tokens.get(next + 2).text().equals(")")
          && tokens.get(next + 1).text().chars().noneMatch(Character::isDigit);
    }
    return clauses.isBoundary(t) || s.equals(".") || s.equals("!") || s.equals("?") || clauses.is(Clauses.Role.REASON, t)
        || clauses.is(Clauses.Role.ABSENCE_FOLLOWER, t);
  }

  private static boolean hasLetterOrDigit(String s) {
    return s.chars().anyMatch(Character::isLetterOrDigit);
  }

  public List<ContextRule> rules() {
    return rules;
  }

  /** The words that find the clauses of a sentence ({@code clauses.tsv}). */
  public Clauses clauses() {
    return clauses;
  }

  public List<SectionRule> sections() {
    return sections;
  }

  /**
   * The triggers of a sentence in a note of the given date, with the {@link #EARLIER_YEAR} ones: a
   * token of four digits from 1950 to 2039, earlier than the note's year, whose word before it is
   * not one of {@code clauses.tsv}'s {@code before_year} words and whose word after it is not one of
   * its {@code after_year} words ("Stötvåg 2000 slag" is a count). (A month or "sedan"/"since" makes it
   * the start of a period that may run into the programme: "augusti till december 2023" in a 2024
   * discharge summary; "her 2022 MRI" is a thing dated, not a treatment.)
   */
  public List<PhraseMatch<ContextRule>> triggersIn(List<Token> tokens, LocalDate noteDate) {
    List<PhraseMatch<ContextRule>> found = triggers.find(tokens);
    if (earlierYearRules.isEmpty()) {
      return found;
    }
    List<PhraseMatch<ContextRule>> all = null;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      if (t.length() != 4 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
        continue;
      }
      int year = Integer.parseInt(t);
      if (year < 1950 || year > 2039 || year >= noteDate.getYear() || (i > 0 && clauses.is(Clauses.Role.BEFORE_YEAR, tokens.get(i - 1)))
          || (i + 1 < tokens.size() && clauses.is(Clauses.Role.AFTER_YEAR, tokens.get(i + 1)))) {
        continue;
      }
      if (all == null) {
        all = new ArrayList<>(found);
      }
      for (ContextRule r : earlierYearRules) {
        all.add(new PhraseMatch<>(r, i, i + 1));
      }
    }
    if (all == null) {
      return found;
    }
    all.sort(Comparator.comparingInt((PhraseMatch<ContextRule> m) -> m.firstToken())
        .thenComparingInt(PhraseMatch::endToken));
    return all;
  }

  /**
   * The section a whole note is written under when its note type is a heading that changes what
   * counts: exports with one row per sökord and no note id give each row its own note, and a row
   * filed under "Planering" or "Anamnes" is a plan or history as if its text stood under that
   * heading. Only headings marked {@code @type} in sections.tsv are used: visit kinds ("Återbesök",
   * "Behandling") and headings that also name a visit ("Remiss") open no section.
   *
   * @return the section, or null
   */
  public SectionRule sectionOfNoteType(String noteType) {
    return noteType == null || noteType.isBlank() || byNoteType.isEmpty() ? null : byNoteType.get(headingKey(noteType));
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern TRAILING_COLON_OR_STOP = java.util.regex.Pattern.compile("[:.]+$");

  /**
   * Lower case, å/ä/ö folded, spaces collapsed, a trailing colon or full stop dropped. Runs once per
   * note, so the patterns are compiled once.
   */
  private static String headingKey(String heading) {
    String s = SPACES.matcher(Normalizer.foldSwedishLetters(heading.strip().toLowerCase(Locale.ROOT))).replaceAll(" ");
    return TRAILING_COLON_OR_STOP.matcher(s).replaceAll("").strip();
  }

  /**
   * A heading found at the start of a sentence: the section rule, the tokens it spans (with its
   * colon), and whether text follows it in the sentence ("Status." alone has none).
   */
  public record Heading(SectionRule rule, int endToken, boolean textFollows) {}

  /**
   * The section a sentence opens, if it begins a line with a heading followed by a colon, or
   * consists of the heading alone: {@code "Planering: TENS."}, {@code "Anamnes"}.
   */
  public Heading headingOf(Sentence sentence) {
    return headingOf(sentence, false);
  }

  /**
   * As {@link #headingOf(Sentence)}; with {@code midLine}, a sentence inside a line may also open a
   * heading, with its colon ("Status: ua. Åtgärd: balans på bosuboll.").
   */
  public Heading headingOf(Sentence sentence, boolean midLine) {
    if ((!sentence.startsLine() && !midLine) || sentence.tokens().isEmpty()) {
      return null;
    }
    boolean colonNeeded = !sentence.startsLine();
    Heading best = null;
    int bestLength = 0;
    List<Token> tokens = sentence.tokens();
    for (PhraseMatch<SectionRule> m : headings.find(tokens)) {
      if (m.firstToken() != 0) {
        continue;
      }
      int after = m.endToken();
      boolean colon = after < tokens.size() && tokens.get(after).text().startsWith(":");
      boolean alone = after == tokens.size()
          || (after == tokens.size() - 1 && tokens.get(after).text().matches("[.:]"));
      boolean singleLetter = m.payload().heading().strip().length() == 1;
      if ((colon || (alone && !colonNeeded && !singleLetter && !m.payload().colonOnly())) && m.length() > bestLength) {
        int end = colon ? after + 1 : after;
        boolean text = tokens.subList(end, tokens.size()).stream().anyMatch(t -> hasLetterOrDigit(t.text()));
        best = new Heading(m.payload(), end, text);
        bestLength = m.length();
      }
    }
    return best;
  }

  /**
   * Loads and validates {@code context.tsv}, {@code sections.tsv} and {@code clauses.tsv}.
   *
   * @param cueClasses the cue classes of the language's {@code cues.tsv}, which sections may carry
   */
  public static ContextRules load(LexiconFiles files, Language language, Normalizer normalizer, Set<String> cueClasses,
      Map<String, String> seenIds, List<Problem> problems) {
    List<ContextRule> rules = new ArrayList<>();
    String contextFile = files.displayName(language, "context.tsv");
    for (TsvTable.Row row : TsvTable.parse(contextFile, files.read(language, "context.tsv"), CONTEXT_COLUMNS, problems)) {
      String id = TsvTable.uniqueId(row, seenIds, problems);
      String trigger = row.get("trigger");
      String kindText = row.get("modifier");
      ContextRule.Kind kind;
      Modifier modifier = null;
      switch (kindText) {
        case "pseudo" -> kind = ContextRule.Kind.PSEUDO;
        case "ongoing" -> kind = ContextRule.Kind.ONGOING;
        case "terminate" -> kind = ContextRule.Kind.TERMINATE;
        default -> {
          kind = ContextRule.Kind.MODIFIER;
          try {
            modifier = Modifier.fromLabel(kindText);
            if (modifier == Modifier.NONE) {
              throw new IllegalArgumentException("'none'");
            }
          } catch (IllegalArgumentException e) {
            problems.add(row.problem("modifier " + e.getMessage().replace(", expected one of none,", ", expected one of")
                + " (or pseudo, ongoing, terminate)"));
            continue;
          }
        }
      }
      Direction direction;
      String d = row.get("direction");
      boolean clauseOnly = d.endsWith("@clause");
      if (clauseOnly) {
        d = d.substring(0, d.length() - "@clause".length());
      }
      try {
        direction = d.isEmpty() ? Direction.FORWARD : Direction.fromLabel(d);
      } catch (IllegalArgumentException e) {
        problems.add(row.problem("direction " + e.getMessage() + " (optionally with @clause)"));
        continue;
      }
      Set<Category> categories = new LinkedHashSet<>();
      boolean categoriesOk = true;
      for (String c : row.get("categories").split("\\+")) {
        if (c.isBlank()) {
          continue;
        }
        try {
          categories.add(Category.fromColumn(c.strip()));
        } catch (IllegalArgumentException e) {
          problems.add(row.problem("categories " + e.getMessage()));
          categoriesOk = false;
        }
      }
      if (!categoriesOk) {
        continue;
      }
      if (trigger.isEmpty()) {
        problems.add(row.problem("trigger is empty"));
        continue;
      }
      if (trigger.startsWith("{") && !trigger.equals(EARLIER_YEAR)) {
        problems.add(row.problem("trigger '" + trigger + "' is no reserved trigger, expected " + EARLIER_YEAR));
        continue;
      }
      if (trigger.equals(EARLIER_YEAR) && direction == Direction.SESSION) {
        problems.add(row.problem("trigger " + EARLIER_YEAR + " cannot have direction session"));
        continue;
      }
      if (id != null) {
        if (direction == Direction.SESSION && kind != ContextRule.Kind.MODIFIER) {
          problems.add(row.problem("direction session needs a modifier (the patient's absence), not " + kindText));
          continue;
        }
        if (direction == Direction.SESSION && !categories.isEmpty()) {
          problems.add(row.problem("direction session applies to every category: leave categories empty"));
          continue;
        }
        rules.add(new ContextRule(id, trigger, kind, modifier, direction, clauseOnly, categories, row.file(), row.line()));
      }
    }
    List<SectionRule> sections = new ArrayList<>();
    String sectionFile = files.displayName(language, "sections.tsv");
    for (TsvTable.Row row : TsvTable.parse(sectionFile, files.read(language, "sections.tsv"), SECTION_COLUMNS, problems)) {
      String id = TsvTable.uniqueId(row, seenIds, problems);
      Modifier modifier;
      try {
        String m = row.get("modifier");
        modifier = m.isEmpty() ? Modifier.NONE : Modifier.fromLabel(m);
      } catch (IllegalArgumentException e) {
        problems.add(row.problem("modifier " + e.getMessage()));
        continue;
      }
      String heading = row.get("heading");
      String section = row.get("section");
      // "mal@line": the heading covers only its own line ("Mål: klara datorarbete. Info om smärta."
      // goes on to what was done, and the next line is no goal either).
      // "planering@type": a note whose note type is this heading reads as this section.
      // "status@inline": with text after it, the heading covers the rest of its line ("Status: öm
      // trapezius." and then, on the next line, "Hemövn: ...", which is no finding).
      boolean lineOnly = false;
      boolean restOfLine = false;
      boolean noteType = false;
      boolean summary = false;
      String[] flags = section.split("@", -1);
      section = flags[0];
      boolean flagsOk = true;
      for (int f = 1; f < flags.length; f++) {
        switch (flags[f]) {
          case "line" -> lineOnly = true;
          case "inline" -> restOfLine = true;
          case "type" -> noteType = true;
          case "summary" -> summary = true;
          default -> {
            problems.add(row.problem("section '" + row.get("section") + "' has an unknown flag '@" + flags[f]
                + "', expected @line, @inline, @type or @summary"));
            flagsOk = false;
          }
        }
      }
      if (!flagsOk) {
        continue;
      }
      if (heading.isEmpty() || section.isEmpty()) {
        problems.add(row.problem("heading and section must not be empty"));
        continue;
      }
      Set<String> cues = new LinkedHashSet<>();
      boolean cuesOk = true;
      for (String cue : row.get("cues").split("\\+")) {
        String c = cue.strip();
        if (c.isEmpty()) {
          continue;
        }
        if (!cueClasses.contains(c)) {
          problems.add(row.problem("cues '" + c + "' is not a cue class of cues.tsv, expected one of "
              + String.join(", ", cueClasses)));
          cuesOk = false;
        }
        cues.add(c);
      }
      if (id != null && cuesOk) {
        // "Återbesök:": a heading only with its colon; alone on a line the word is the note's type.
        boolean colonOnly = heading.endsWith(":");
        String words = colonOnly ? heading.substring(0, heading.length() - 1).strip() : heading;
        sections.add(new SectionRule(id, words, section, modifier, cues, row.file(), row.line(), lineOnly, colonOnly,
            noteType, summary, restOfLine));
      }
    }
    return new ContextRules(normalizer, rules, sections, Clauses.load(files, language, seenIds, problems));
  }

}
