package org.icoder.code;

import org.icoder.context.ContextAnnotator;
import org.icoder.context.ContextRules;
import org.icoder.lexicon.Lexicon;

/** Everything one language needs to code a note: its lexicon and its context rules. */
public record LanguageResources(Lexicon lexicon, ContextRules contextRules, ContextAnnotator annotator) {
  public LanguageResources(Lexicon lexicon, ContextRules contextRules) {
    this(lexicon, contextRules, new ContextAnnotator(contextRules));
  }
}
