package org.icoder.context;

import java.util.List;
import org.icoder.lexicon.PhraseMatch;
import org.icoder.text.Token;

/**
 * Clauses of a sentence: the list items and parts between commas, semicolons and dashes. Clinicians
 * list what was done ("Erhållit: info, stab-träning, TENS"), so some rules look only at the item
 * a mention stands in.
 */
public final class Clauses {
  private Clauses() {}

  public static boolean isBoundary(Token t) {
    String s = t.text();
    return s.equals(",") || s.equals(";") || s.equals("–") || s.equals("—") || s.equals("-") || s.equals("•");
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
