package org.icoder.lexicon;

/** A term's condition on its sentence: the cue class must be present, or (negated) absent. */
public record CueCondition(String cue, boolean present) {
  public boolean holds(java.util.Set<String> cuesInSentence) {
    return cuesInSentence.contains(cue) == present;
  }

  @Override
  public String toString() {
    return present ? cue : "!" + cue;
  }
}
