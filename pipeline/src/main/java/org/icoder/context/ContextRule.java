package org.icoder.context;

import java.util.Set;
import org.icoder.lexicon.Category;

import java.util.Objects;

/**
 * One row of {@code context.tsv}, ConText-style: a trigger phrase that gives the interventions in
 * its scope a {@link Modifier}; or a {@code pseudo} trigger (looks like a trigger but is not, and
 * blocks the triggers it overlaps); or an {@code ongoing} trigger ("fortsatt", "continues": the
 * intervention is going on, so a Planering or Anamnes section does not make it planned or earlier);
 * or a {@code terminate} word that ends a trigger's scope.
 *
 * <pre>sv.neg.ej_aktuellt  ej aktuellt  negated  backward   → "TENS ej aktuellt" is negated</pre>
 *
 * <p>{@code clauseOnly} ({@code backward@clause}) keeps the scope inside the trigger's list item, so
 * "Erhållit: stab, TENS (återlämnad)" does not reach back to "stab"; {@code categories}, when not
 * empty, limits the rule to mentions of those categories ("diskuterat" makes acupuncture a plan,
 * while "smärtfysiologi diskuterades" is education given).
 */
public record ContextRule(String id, String trigger, Kind kind, Modifier modifier, Direction direction, boolean clauseOnly,
    Set<Category> categories, String file, int line) {
  /** What the rule does. */
  public enum Kind {
    MODIFIER,
    PSEUDO,
    ONGOING,
    TERMINATE
  }

  public ContextRule {
    categories = Set.copyOf(categories);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(direction, "direction");
    if ((kind == Kind.MODIFIER) != (modifier != null && modifier != Modifier.NONE)) {
      throw new IllegalArgumentException("a modifier rule needs a modifier other than none, others none: " + id);
    }
  }

  /** Whether the rule applies to a mention of this category (every category when none are listed). */
  public boolean appliesTo(Category category) {
    return categories.isEmpty() || categories.contains(category);
  }
}
