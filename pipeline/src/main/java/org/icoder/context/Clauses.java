package org.icoder.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.lexicon.PhraseMatch;
import org.icoder.lexicon.Problem;
import org.icoder.lexicon.TsvTable;
import org.icoder.text.Language;
import org.icoder.text.Token;

/**
 * Clauses of a sentence: the list items and parts between commas, semicolons, dashes and words such
 * as "samt". Clinicians list what was done ("Erhållit: info, stab-träning, TENS"), so some rules look
 * only at the item a mention stands in. The words are one language's {@code clauses.tsv}; the
 * punctuation is fixed here, since it is the same in every language.
 */
public final class Clauses {
  public static final List<String> COLUMNS = List.of("id", "role", "words");

  /** What a word of {@code clauses.tsv} does; the column value is the lower-case name. */
  public enum Role {
    /** Joins the items of a list as a comma does: "samt". */
    BOUNDARY,
    /** Gives a reason for what goes before ("avböjde då ...", "declined as ..."): the statement is complete. */
    REASON,
    /** Turns to the patient's answer: "TENS föreslogs men hon avböjde". */
    BUT,
    /** May stand between "but" and a closing refusal: its subject, never another mention. */
    SUBJECT,
    /**
     * May follow a refusal and still leave its clause closed: what was refused, said again ("avböjer
     * detta"), for how long ("i nuläget", "for now") and where ("här", "locally"). "Men hon avböjer
     * detta i nuläget." answers the offer before "men" as "men hon avböjer." does, and "Tänkte gå
     * igenom andningsövningar men hann inte idag." says the breathing exercises were not done. (A habit
     * before "men" is then read as not done too: "Gör hemövningar dagligen men ej gjort idag" is
     * rarer in session notes than a plan for the day that was not carried out.)
     */
    AFTER_REFUSAL,
    /** May follow an absence that is about this session: "Pat uteblev utan återbud", "DNA today". */
    ABSENCE_FOLLOWER,
    /**
     * Right before a year, makes it no time of an earlier treatment: a month or "sedan"/"since" (a
     * period that may run into the programme), or a determiner ("her 2022 MRI": a thing dated).
     */
    BEFORE_YEAR,
    /** Right after a number that looks like a year, makes it a count: "Stötvåg 2000 slag", "2000 steps". */
    AFTER_YEAR;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a {@code role} cell, or null. */
    static Role fromLabel(String label) {
      for (Role r : values()) {
        if (r.label().equals(label)) {
          return r;
        }
      }
      return null;
    }
  }

  private final Map<Role, Set<String>> words;
  private final List<String> ids;

  private Clauses(Map<Role, Set<String>> words, List<String> ids) {
    this.words = words;
    this.ids = List.copyOf(ids);
  }

  /** The ids of the file's rows, for the examples that document them. */
  public List<String> ids() {
    return ids;
  }

  public boolean isBoundary(Token t) {
    String s = t.text();
    return s.equals(",") || s.equals(";") || s.equals("–") || s.equals("—") || s.equals("-") || s.equals("•")
        || is(Role.BOUNDARY, t);
  }

  /** True when the token, in any case, is one of the role's words. */
  public boolean is(Role role, Token t) {
    return words.get(role).contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** Tokens [start, end) of the clause around a match. */
  public int[] around(PhraseMatch<?> m, List<Token> tokens) {
    int start = m.firstToken();
    while (start > 0 && !isBoundary(tokens.get(start - 1))) start--;
    int end = m.endToken();
    while (end < tokens.size() && !isBoundary(tokens.get(end))) end++;
    return new int[] {start, end};
  }

  /**
   * Loads and validates {@code clauses.tsv}: a known role per row, each role once, each word once
   * (words are separated by any white space, a no-break space too, and each is one token as the
   * tokenizer cuts it). A role without a row has no words.
   */
  public static Clauses load(LexiconFiles files, Language language, Map<String, String> seenIds, List<Problem> problems) {
    Map<Role, Set<String>> words = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      words.put(r, Set.of());
    }
    List<String> ids = new ArrayList<>();
    Set<Role> seen = new HashSet<>();
    String file = files.displayName(language, "clauses.tsv");
    for (TsvTable.Row row : TsvTable.parse(file, files.read(language, "clauses.tsv"), COLUMNS, problems)) {
      String id = TsvTable.uniqueId(row, seenIds, problems);
      String label = row.get("role");
      Role role = Role.fromLabel(label);
      if (role == null) {
        problems.add(row.problem("role '" + label + "' is unknown, expected one of "
            + String.join(", ", Arrays.stream(Role.values()).map(Role::label).toList())));
        continue;
      }
      String cell = row.get("words");
      if (cell.isEmpty()) {
        problems.add(row.problem("words is empty: list the role's words separated by spaces, or leave out the row"));
        continue;
      }
      if (!seen.add(role)) {
        problems.add(row.problem("role '" + label + "' has a row already: list all its words in one row"));
        continue;
      }
      Set<String> set = new HashSet<>();
      for (String w : cell.split("[\\s\\u00A0]+")) {
        if (!set.add(w.toLowerCase(Locale.ROOT))) {
          problems.add(row.problem("word '" + w + "' is listed twice"));
        }
      }
      if (id != null) {
        words.put(role, Set.copyOf(set));
        ids.add(id);
      }
    }
    return new Clauses(words, ids);
  }
}
