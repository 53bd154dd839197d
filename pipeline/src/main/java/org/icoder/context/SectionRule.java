package org.icoder.context;

/**
 * One row of {@code sections.tsv}: a note heading (Anamnes, Planering, S, Plan ...), the section it
 * opens, and the modifier that applies to interventions mentioned there unless their own sentence
 * says otherwise (what is under Anamnes happened before the programme).
 */
public record SectionRule(String id, String heading, String section, Modifier modifier, String file, int line) {}
