package org.icoder.lexicon;

/**
 * One row of {@code cues.tsv}: a word or phrase that puts its sentence in a cue class (advice,
 * together, own, equipment ...) which terms can require.
 */
public record Cue(String id, String cueClass, String phrase, MatchMode match, String file, int line) {}
