package org.icoder.context;

import java.util.Objects;

/**
 * One row of {@code context.tsv}, ConText-style: a trigger phrase that gives the interventions in
 * its scope a {@link Modifier}; or a {@code pseudo} trigger (looks like a trigger but is not, and
 * blocks the triggers it overlaps); or an {@code ongoing} trigger ("fortsatt", "continues": the
 * intervention is going on, so a Planering or Anamnes section does not make it planned or earlier);
 * or a {@code terminate} word that ends a trigger's scope.
 *
 * <pre>sv.neg.ej_aktuellt  ej aktuellt  negated  backward   → "TENS ej aktuellt" is negated</pre>
 */
public record ContextRule(String id, String trigger, Kind kind, Modifier modifier, Direction direction, String file, int line) {
  /** What the rule does. */
  public enum Kind {
    MODIFIER,
    PSEUDO,
    ONGOING,
    TERMINATE
  }

  public ContextRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(direction, "direction");
    if ((kind == Kind.MODIFIER) != (modifier != null && modifier != Modifier.NONE)) {
      throw new IllegalArgumentException("a modifier rule needs a modifier other than none, others none: " + id);
    }
  }
}
