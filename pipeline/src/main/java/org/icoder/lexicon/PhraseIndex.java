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
 * lookup costs one hash probe per token key. Add every phrase before looking any up; lookup is
 * thread-safe (the only state it changes is each thread's own memo of pattern matches).
 */
public final class PhraseIndex<T> {
  private record Phrase<T>(T payload, String[] words, MatchMode mode) {}

  private record TokenPattern<T>(java.util.regex.Pattern pattern, T payload) {}

  private final Normalizer normalizer;
  private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();
  private final List<TokenPattern<T>> patterns = new ArrayList<>();

  public PhraseIndex(Normalizer normalizer) {
    this.normalizer = normalizer;
  }

  /**
   * Adds a phrase.
   *
   * @throws IllegalArgumentException if the phrase has no words, or is not a valid one-token pattern
   */
  public void add(String phrase, MatchMode mode, T payload) {
    if (mode == MatchMode.PATTERN) {
      patterns.add(new TokenPattern<>(compilePattern(phrase), payload));
      return;
    }
    String[] raw = phrase.strip().split("\\s+");
    if (raw.length == 0 || raw[0].isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    String[] words = new String[raw.length];
    for (int i = 0; i < raw.length; i++) {
      words[i] = switch (mode) {
        case EXACT -> raw[i];
        case SURFACE -> raw[i].toLowerCase(java.util.Locale.ROOT);
        default -> normalizer.key(raw[i]);
      };
    }
    byFirst.computeIfAbsent(indexKey(words[0], mode), k -> new ArrayList<>()).add(new Phrase<>(payload, words, mode));
  }

  /**
   * Compiles a one-token pattern.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static java.util.regex.Pattern compilePattern(String phrase) {
    if (phrase.isBlank() || phrase.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("a pattern matches one token, so it cannot be empty or contain spaces");
    }
    try {
      return java.util.regex.Pattern.compile(phrase);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalArgumentException("not a valid regular expression: " + e.getDescription());
    }
  }

  private static String indexKey(String word, MatchMode mode) {
    return switch (mode) {
      case EXACT -> "=" + word;
      case SURFACE -> "~" + word;
      default -> word;
    };
  }

  /** Every occurrence of every phrase in the tokens, ordered by start token then index order. */
  public List<PhraseMatch<T>> find(List<Token> tokens) {
    List<PhraseMatch<T>> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      findAt(tokens, i, out);
    }
    return out;
  }

  /** The phrases that start at token {@code start}, in index order: one position, not the whole sentence. */
  public List<PhraseMatch<T>> findAt(List<Token> tokens, int start) {
    List<PhraseMatch<T>> out = new ArrayList<>();
    if (start >= 0 && start < tokens.size()) {
      findAt(tokens, start, out);
    }
    return out;
  }

  private void findAt(List<Token> tokens, int i, List<PhraseMatch<T>> out) {
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
      seen = collect(byFirst.get("~" + surface.toLowerCase(java.util.Locale.ROOT)), tokens, i, seen, out);
    }
    if (!patterns.isEmpty()) {
      matchPatterns(tokens, i, out);
    }
  }

  /**
   * Patterns match a token, or a run of tokens written without space between them ("40kg" may be
   * tokenised as "40", "kg"), starting at token {@code start}.
   */
  private void matchPatterns(List<Token> tokens, int start, List<PhraseMatch<T>> out) {
    StringBuilder run = new StringBuilder();
    for (int end = start; end < tokens.size() && end < start + MAX_PATTERN_RUN; end++) {
      if (end > start && tokens.get(end - 1).end() != tokens.get(end).start()) {
        break;
      }
      run.append(tokens.get(end).text());
      String text = run.toString();
      // a dose or a load is short; a long unspaced run (a pasted link) is matched afresh, not remembered
      int[] matching = text.length() > MEMO_RUN_LENGTH ? patternsMatchingAfresh(text) : patternsMatching(text);
      for (int p : matching) {
        out.add(new PhraseMatch<>(patterns.get(p).payload(), start, end + 1));
      }
    }
  }

  private static final int MAX_PATTERN_RUN = 4;
  private static final int[] NONE = new int[0];
  /** Distinct runs remembered per thread: enough for a language's common words, bounded whatever the input. */
  static final int PATTERN_MEMO_SIZE = 8192;
  /** The longest run remembered, so that the memo's size in characters is bounded too. */
  static final int MEMO_RUN_LENGTH = 32;

  /**
   * Which patterns (by index) match a run, remembered per thread: every token of every note is
   * tried against every pattern, and nearly all runs are common words seen before, so a lookup
   * replaces a dozen regular-expression matches. Each thread keeps its own bounded, least recently
   * used memo, so lookup needs no locking and memory does not grow with the input.
   */
  private int[] patternsMatching(String run) {
    PatternMemo memo = patternMemo.get();
    if (memo.patternCount != patterns.size()) {
      // a pattern was added after this thread's last lookup: what it remembered is incomplete
      memo.clear();
      memo.patternCount = patterns.size();
    }
    int[] found = memo.get(run);
    if (found == null) {
      found = patternsMatchingAfresh(run);
      memo.put(run, found);
    }
    return found;
  }

  private int[] patternsMatchingAfresh(String run) {
    int[] found = NONE;
    for (int p = 0; p < patterns.size(); p++) {
      if (patterns.get(p).pattern().matcher(run).matches()) {
        found = java.util.Arrays.copyOf(found, found.length + 1);
        found[found.length - 1] = p;
      }
    }
    return found;
  }

  /** How many runs this thread remembers (for tests of the bound). */
  int rememberedRuns() {
    return patternMemo.get().size();
  }

  private final ThreadLocal<PatternMemo> patternMemo = ThreadLocal.withInitial(PatternMemo::new);

  /** A least recently used map from run to matching pattern indexes, for the patterns there were. */
  private static final class PatternMemo extends java.util.LinkedHashMap<String, int[]> {
    int patternCount;

    PatternMemo() {
      super(256, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
      return size() > PATTERN_MEMO_SIZE;
    }
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
      case SURFACE:
        for (String s : token.surfaces()) {
          if (s.toLowerCase(java.util.Locale.ROOT).equals(word)) return true;
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
