package org.icoder.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icoder.text.Normalizer;
import org.icoder.text.Token;

/**
 * Finds phrases (terms, cues, context triggers, headings) in a sentence's tokens. Phrase words are
 * normalised with the same {@link Normalizer} as the text, then indexed by their first word, so
 * lookup costs one hash probe per token key. Immutable after {@link #add}ing is done; thread-safe
 * for lookup.
 */
public final class PhraseIndex<T> {
  private record Phrase<T>(T payload, String[] words, MatchMode mode) {}

  private final Normalizer normalizer;
  private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();

  public PhraseIndex(Normalizer normalizer) {
    this.normalizer = normalizer;
  }

  /**
   * Adds a phrase.
   *
   * @throws IllegalArgumentException if the phrase has no words
   */
  public void add(String phrase, MatchMode mode, T payload) {
    String[] raw = phrase.strip().split("\\s+");
    if (raw.length == 0 || raw[0].isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    String[] words = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      words[i] = mode == MatchMode.EXACT ? raw[i] : normalizer.key(raw[i]);
    }
    byFirst.computeIfAbsent(indexKey(words[0], mode), k -> new ArrayList<>()).add(new Phrase<>(payload, words, mode));
  }

  private static String indexKey(String word, MatchMode mode) {
    return mode == MatchMode.EXACT ? "=" + word : word;
  }

  /** Every occurrence of every phrase in the tokens, ordered by start token then index order. */
  public List<PhraseMatch<T>> find(List<Token> tokens) {
    List<PhraseMatch<T>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      List<Phrase<T>> seen = null;
      for (String key : t.wholeKeys()) {
        seen = collect(byFirst.get(key), tokens, i, seen, out);
      }
      for (String key : t.partKeys()) {
        seen = collect(byFirst.get(key), tokens, i, seen, out);
      }
      for (String surface : t.surfaces()) {
        seen = collect(byFirst.get("=" + surface), tokens, i, seen, out);
      }
    }
    return out;
  }

  private List<Phrase<T>> collect(List<Phrase<T>> candidates, List<Token> tokens, int start,
      List<Phrase<T>> seen, List<PhraseMatch<T>> out) {
    if (candidates == null) {
      return seen;
    }
    for (Phrase<T> p : candidates) {
      if (seen != null && seen.contains(p)) {
        continue;
      }
      if (start + p.words.length > tokens.size()) {
        continue;
      }
      boolean ok = true;
      for (int w = 0; w < p.words.length && ok; w++) {
        ok = matches(tokens.get(start + w), p.words[w], p.mode);
      }
      if (ok) {
        out.add(new PhraseMatch<>(p.payload, start, start + p.words.length));
        if (seen == null) {
          seen = new ArrayList<>(2);
        }
        seen.add(p);
      }
    }
    return seen;
  }

  static boolean matches(Token token, String word, MatchMode mode) {
    switch (mode) {
      case EXACT:
        for (String s : token.surfaces()) {
          if (s.equals(word)) return true;
        }
        return false;
      case WORD:
        for (String k : token.partKeys()) {
          if (k.equals(word)) return true;
        }
        // fall through: whole keys count too
      case WHOLE:
      default:
        for (String k : token.wholeKeys()) {
          if (k.equals(word)) return true;
        }
        return false;
    }
  }
}
