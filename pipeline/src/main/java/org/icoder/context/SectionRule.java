package org.icoder.context;

import java.util.Set;

/**
 * One row of {@code sections.tsv}: a note heading (Anamnes, Planering, S, Plan ...), the section it
 * opens, the modifier that applies to interventions mentioned there unless their own sentence says
 * otherwise (what is under Anamnes happened before the programme), and the cue classes every
 * sentence of the section carries (under "HP:" things are done on the patient's own; under "Råd:"
 * advice is given; under "Status:" findings are described). {@code lineOnly}: the heading covers only
 * its own line when text follows it ({@code @line}); {@code colonOnly}: a heading only with its colon
 * ({@code Återbesök:}); {@code noteType}: a note whose note type is this heading reads as this
 * section ({@code @type}: {@code Planering}, not {@code Remiss}); {@code summary}: a discharge
 * summary ({@code @summary}: Epikris), which lists what the whole programme gave, so a closing "Pat
 * uteblev" is about the last booking, not about what the summary lists. {@code restOfLine}
 * ({@code @inline}): with text after it on its line, the heading covers the rest of that line only
 * ("Status: öm över trapezius. Uppresning 5 ggr." and then, on the next line, what was done); alone on
 * its line it covers the lines below, to the next heading.
 */
public record SectionRule(String id, String heading, String section, Modifier modifier, Set<String> cues, String file,
    int line, boolean lineOnly, boolean colonOnly, boolean noteType, boolean summary, boolean restOfLine) {
  public SectionRule {
    cues = Set.copyOf(cues);
  }

  /** A section that lasts to the next heading. */
  public SectionRule(String id, String heading, String section, Modifier modifier, Set<String> cues, String file,
      int line) {
    this(id, heading, section, modifier, cues, file, line, false, false, false, false, false);
  }
}
