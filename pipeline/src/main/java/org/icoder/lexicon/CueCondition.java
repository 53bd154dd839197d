package org.icoder.lexicon;

/**
 * A term's condition on its context: the cue class must be present, or (negated, {@code !}) absent,
 * within a scope:
 * <ul>
 *   <li>none: anywhere in the sentence;
 *   <li>{@code @clause}: only in the term's own clause (list item, bounded by commas, semicolons and
 *       dashes);
 *   <li>{@code @unclaimed} (present cues only): in the term's own clause, or in another clause of the
 *       sentence that holds none of the cues the term excludes from its own clause. A cue belongs to
 *       its clause's reading: in "PMR relaxation, supervised gym-based strengthening" the gym is the
 *       supervised one, so it does not make the PMR (which excludes {@code together@clause}) the
 *       patient's own.
 * </ul>
 *
 * <pre>advice  !finding  !advice@clause  own@unclaimed</pre>
 */
public record CueCondition(String cue, boolean present, Scope scope) {
  /** Where in the sentence the cue is looked for. */
  public enum Scope {
    SENTENCE, CLAUSE, UNCLAIMED
  }

  /** Parses one item of a {@code requires} cell: {@code cue}, {@code !cue}, {@code cue@clause}, {@code !cue@clause}, {@code cue@unclaimed}. */
  public static CueCondition parse(String item) {
    String s = item.strip();
    boolean present = !s.startsWith("!");
    if (!present) {
      s = s.substring(1).strip();
    }
    Scope scope = Scope.SENTENCE;
    int at = s.indexOf('@');
    if (at >= 0) {
      String name = s.substring(at + 1);
      if (name.equals("clause")) {
        scope = Scope.CLAUSE;
      } else if (name.equals("unclaimed") && present) {
        scope = Scope.UNCLAIMED;
      } else if (name.equals("unclaimed")) {
        throw new IllegalArgumentException("@unclaimed is for a cue that must be present");
      } else {
        throw new IllegalArgumentException("scope '@" + name + "', expected @clause, @unclaimed or none");
      }
      s = s.substring(0, at);
    }
    return new CueCondition(s, present, scope);
  }

  /** True when the cue is looked for only in the term's own clause. */
  public boolean clauseOnly() {
    return scope == Scope.CLAUSE;
  }

  @Override
  public String toString() {
    return (present ? "" : "!") + cue + switch (scope) {
      case SENTENCE -> "";
      case CLAUSE -> "@clause";
      case UNCLAIMED -> "@unclaimed";
    };
  }
}
