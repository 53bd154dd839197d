package org.icoder.context;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icoder.lexicon.PhraseMatch;
import org.icoder.text.Token;

/**
 * Clauses of a sentence: the list items and parts between commas, semicolons, dashes and "samt". Clinicians
 * list what was done ("Erhållit: info, stab-träning, TENS"), so some rules look only at the item
 * a mention stands in.
 */
public final class Clauses {
  private Clauses() {}

  public static boolean isBoundary(Token t) {
    String s = t.text();
    // "samt" joins the items of a Swedish list as a comma does ("stavgång tillsammans med
    // fysioterapeut samt råd om stavgång").
    return s.equals(",") || s.equals(";") || s.equals("–") || s.equals("—") || s.equals("-") || s.equals("•")
        || s.equalsIgnoreCase("samt");
  }

  /**
   * Words that give a reason for what goes before ("avböjde då ...", "declined as ..."): the clause's
   * statement is complete before them. Swedish and English together, since they do not collide.
   */
  private static final Set<String> REASON_WORDS =
      Set.of("då", "eftersom", "pga", "p.g.a.", "as", "since", "because", "due");

  public static boolean isReasonWord(Token t) {
    return REASON_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** "men"/"but": the conjunction that turns to the patient's answer in "TENS föreslogs men hon avböjde". */
  private static final Set<String> BUT_WORDS = Set.of("men", "but");

  public static boolean isBut(Token t) {
    return BUT_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** Words that may stand between "but" and a closing refusal: its subject, never another mention. */
  private static final Set<String> SUBJECT_WORDS = Set.of(
      "hon", "han", "pat", "pat.", "patienten", "patient", "pt", "hen", "de", "vederbörande",
      "är", "var", "she", "he", "they", "the", "was", "is", "were");

  public static boolean isSubjectWord(Token t) {
    return SUBJECT_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * Words that may follow a refusal and still leave its clause closed: what was refused, said again
   * ("avböjer detta"), for how long ("i nuläget", "for now") and where ("här", "locally"). "Men hon
   * avböjer detta i nuläget." answers the offer before "men" as "men hon avböjer." does, and
   * "Tänkte gå igenom andningsövningar men hann inte idag." says the breathing exercises were not
   * done. (A habit before "men" is then read as not done too: "Gör hemövningar dagligen men ej gjort
   * idag" is rarer in session notes than a plan for the day that was not carried out.)
   */
  private static final Set<String> AFTER_REFUSAL_WORDS = Set.of(
      "detta", "det", "dessa", "dem", "den", "i", "nuläget", "dagsläget", "just", "nu", "för", "tillfället",
      "närvarande", "tills", "vidare", "idag", "dag", "här", "lokalt", "this", "that", "it", "them", "these", "for",
      "now", "at", "present", "the", "moment", "time", "being", "currently", "today", "here", "locally");

  public static boolean isAfterRefusalWord(Token t) {
    return AFTER_REFUSAL_WORDS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /** Tokens [start, end) of the clause around a match. */
  public static int[] around(PhraseMatch<?> m, List<Token> tokens) {
    int start = m.firstToken();
    while (start > 0 && !isBoundary(tokens.get(start - 1))) start--;
    int end = m.endToken();
    while (end < tokens.size() && !isBoundary(tokens.get(end))) end++;
    return new int[] {start, end};
  }
}
