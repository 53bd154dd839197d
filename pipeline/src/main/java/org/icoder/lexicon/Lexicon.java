package org.icoder.lexicon;

import java.util.ArrayList;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icoder.text.Language;
import org.icoder.text.Normalizer;

/**
 * The terms and cues of one language, compiled for matching, with the {@link Normalizer} built over
 * the lexicon's own words (so compounds split where the lexicon has a use for the parts).
 *
 * <pre>
 * Lexicon sv = Lexicon.load(LexiconFiles.bundled(), Language.SV, problems);
 * sv.terms().find(sentence.tokens()) → [PhraseMatch(Term sv.c05.tens, 0, 1), ...]
 * </pre>
 */
public final class Lexicon {
  public static final List<String> TERM_COLUMNS = List.of("id", "category", "term", "match", "requires", "role", "comment");
  public static final List<String> CUE_COLUMNS = List.of("id", "cue", "term", "match");

  private final Language language;
  private final Normalizer normalizer;
  private final List<Term> termList;
  private final List<Cue> cueList;
  private final PhraseIndex<Term> terms;
  private final PhraseIndex<Cue> cues;

  private Lexicon(Language language, Normalizer normalizer, List<Term> termList, List<Cue> cueList) {
    this.language = language;
    this.normalizer = normalizer;
    this.termList = List.copyOf(termList);
    this.cueList = List.copyOf(cueList);
    this.terms = new PhraseIndex<>(normalizer);
    this.cues = new PhraseIndex<>(normalizer);
    termList.forEach(t -> terms.add(t.phrase(), t.match(), t));
    cueList.forEach(c -> cues.add(c.phrase(), c.match(), c));
  }

  public Language language() {
    return language;
  }

  public Normalizer normalizer() {
    return normalizer;
  }

  public List<Term> termList() {
    return termList;
  }

  /** The cue classes defined in {@code cues.tsv}, in file order. */
  public Set<String> cueClasses() {
    Set<String> classes = new LinkedHashSet<>();
    cueList.forEach(c -> classes.add(c.cueClass()));
    return classes;
  }

  public List<Cue> cueList() {
    return cueList;
  }

  public PhraseIndex<Term> terms() {
    return terms;
  }

  public PhraseIndex<Cue> cues() {
    return cues;
  }

  /**
   * Loads and validates {@code terms.tsv} and {@code cues.tsv}; problems are added to the list
   * (the caller stops before any note is processed if there are any).
   *
   * @param seenIds ids already used by other files, to keep ids unique across the lexicon
   */
  public static Lexicon load(LexiconFiles files, Language language, Map<String, String> seenIds, List<Problem> problems) {
    String cueFile = files.displayName(language, "cues.tsv");
    List<Cue> cueList = new ArrayList<>();
    Set<String> cueClasses = new LinkedHashSet<>();
    for (TsvTable.Row row : TsvTable.parse(cueFile, files.read(language, "cues.tsv"), CUE_COLUMNS, problems)) {
      String id = TsvTable.uniqueId(row, seenIds, problems);
      String cueClass = row.get("cue");
      String phrase = row.get("term");
      MatchMode mode = matchMode(row, problems);
      if (id == null || mode == null) continue;
      if (!cueClass.matches("[a-z][a-z0-9_]*")) {
        problems.add(row.problem("cue '" + cueClass + "' must be a lower-case name like advice or own_exercise"));
        continue;
      }
      if (phrase.isEmpty()) {
        problems.add(row.problem("term is empty"));
        continue;
      }
      if (!validPattern(row, mode, phrase, problems)) {
        continue;
      }
      cueClasses.add(cueClass);
      cueList.add(new Cue(id, cueClass, phrase, mode, row.file(), row.line()));
    }

    String termFile = files.displayName(language, "terms.tsv");
    List<Term> termList = new ArrayList<>();
    for (TsvTable.Row row : TsvTable.parse(termFile, files.read(language, "terms.tsv"), TERM_COLUMNS, problems)) {
      String id = TsvTable.uniqueId(row, seenIds, problems);
      MatchMode mode = matchMode(row, problems);
      Category category = null;
      try {
        category = Category.fromColumn(row.get("category"));
      } catch (IllegalArgumentException e) {
        problems.add(row.problem("category " + e.getMessage()));
      }
      Role role = null;
      try {
        role = Role.fromLabel(row.get("role"));
      } catch (IllegalArgumentException e) {
        problems.add(row.problem("role " + e.getMessage()));
      }
      List<CueCondition> requires = new ArrayList<>();
      String req = row.get("requires");
      boolean requiresOk = true;
      if (!req.isEmpty()) {
        for (String part : req.split("\\+")) {
          CueCondition condition;
          try {
            condition = CueCondition.parse(part);
          } catch (IllegalArgumentException e) {
            problems.add(row.problem("requires '" + part.strip() + "': " + e.getMessage()));
            requiresOk = false;
            continue;
          }
          if (!cueClasses.contains(condition.cue())) {
            problems.add(row.problem("requires '" + condition.cue() + "' is not a cue class of " + cueFile
                + ", expected one of " + String.join(", ", cueClasses)));
            requiresOk = false;
          } else {
            requires.add(condition);
          }
        }
      }
      String phrase = row.get("term");
      if (phrase.isEmpty()) {
        problems.add(row.problem("term is empty"));
        continue;
      }
      if (!validPattern(row, mode, phrase, problems)) {
        continue;
      }
      if (id != null && mode != null && category != null && role != null && requiresOk) {
        termList.add(new Term(id, category, phrase, mode, requires, role, row.file(), row.line()));
      }
    }

    Set<String> parts = new LinkedHashSet<>();
    for (Term t : termList) {
      if (t.match() == MatchMode.WORD && !t.phrase().contains(" ")) parts.add(t.phrase());
    }
    for (Cue c : cueList) {
      if (c.match() == MatchMode.WORD && !c.phrase().contains(" ")) parts.add(c.phrase());
    }
    return new Lexicon(language, new Normalizer(language, parts), termList, cueList);
  }

  private static boolean validPattern(TsvTable.Row row, MatchMode mode, String phrase, List<Problem> problems) {
    if (mode != MatchMode.PATTERN) {
      return true;
    }
    try {
      PhraseIndex.compilePattern(phrase);
      return true;
    } catch (IllegalArgumentException e) {
      problems.add(row.problem("pattern '" + phrase + "': " + e.getMessage()));
      return false;
    }
  }

  static MatchMode matchMode(TsvTable.Row row, List<Problem> problems) {
    String m = row.get("match");
    if (m.isEmpty()) {
      return MatchMode.WORD;
    }
    try {
      return MatchMode.fromLabel(m);
    } catch (IllegalArgumentException e) {
      problems.add(row.problem("match " + e.getMessage()));
      return null;
    }
  }

}
