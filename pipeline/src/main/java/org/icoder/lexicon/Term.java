package org.icoder.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@code terms.tsv}: a word or phrase that documents a category, with how it is matched,
 * the cues its sentence must (not) have, and whether it names content or is generic information.
 *
 * <pre>sv.c03.promenad  c03_pa_advice  promenad  word  advice  content</pre>
 */
public record Term(
    String id, Category category, String phrase, MatchMode match, List<CueCondition> requires, Role role,
    String file, int line) {
  public Term {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(role, "role");
    requires = List.copyOf(requires);
  }
}
