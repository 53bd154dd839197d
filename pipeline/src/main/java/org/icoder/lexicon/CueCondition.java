package org.icoder.lexicon;

/**
 * A term's condition on its context: the cue class must be present, or (negated, {@code !}) absent;
 * in the whole sentence, or with {@code @clause} only in the term's own clause (list item, bounded by
 * commas, semicolons and dashes).
 *
 * <pre>advice  !finding  !advice@clause</pre>
 */
public record CueCondition(String cue, boolean present, boolean clauseOnly) {
  /** Parses one item of a {@code requires} cell: {@code cue}, {@code !cue}, {@code cue@clause}, {@code !cue@clause}. */
  public static CueCondition parse(String item) {
    String s = item.strip();
    boolean present = !s.startsWith("!");
    if (!present) {
      s = s.substring(1).strip();
    }
    boolean clause = false;
    int at = s.indexOf('@');
    if (at >= 0) {
      String scope = s.substring(at + 1);
      if (!scope.equals("clause")) {
        throw new IllegalArgumentException("scope '@" + scope + "', expected @clause or none");
      }
      clause = true;
      s = s.substring(0, at);
    }
    return new CueCondition(s, present, clause);
  }

  @Override
  public String toString() {
    return (present ? "" : "!") + cue + (clauseOnly ? "@clause" : "");
  }
}
