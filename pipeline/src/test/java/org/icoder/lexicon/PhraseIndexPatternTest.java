package org.icoder.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icoder.text.Language;
import org.icoder.text.Normalizer;
import org.icoder.text.Token;
import org.junit.jupiter.api.Test;

/**
 * Pattern rows (doses, loads) are matched through a per-thread memo of which patterns a run of
 * text matches. These tests hold the memo to what matching every pattern afresh gives.
 */
class PhraseIndexPatternTest {
  private static final List<String> PATTERNS = List.of("(?i)[0-9]+x[0-9]+(s|sec)?", "[0-9]+kg", "(?i)kg", "[0-9]+");

  private static PhraseIndex<String> index(List<String> patterns) {
    PhraseIndex<String> index = new PhraseIndex<>(new Normalizer(Language.EN, Set.of()));
    patterns.forEach(p -> index.add(p, MatchMode.PATTERN, p));
    return index;
  }

  /** Tokens from pieces; a piece starting with a space is written apart from the one before it. */
  private static List<Token> tokens(List<String> pieces) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String piece : pieces) {
      String text = piece.strip();
      at += piece.length() - text.length();
      tokens.add(new Token(text, at, at + text.length(), new String[] {text}, new String[] {text.toLowerCase()}, new String[0]));
      at += text.length();
    }
    return tokens;
  }

  /** What the index should find: every pattern tried on every run of up to four tokens written together. */
  private static List<PhraseMatch<String>> expected(List<String> patterns, List<Token> tokens) {
    List<PhraseMatch<String>> out = new ArrayList<>();
    for (int start = 0; start < tokens.size(); start++) {
      StringBuilder run = new StringBuilder();
      for (int end = start; end < tokens.size() && end < start + 4; end++) {
        if (end > start && tokens.get(end - 1).end() != tokens.get(end).start()) {
          break;
        }
        run.append(tokens.get(end).text());
        for (String p : patterns) {
          if (Pattern.compile(p).matcher(run).matches()) {
            out.add(new PhraseMatch<>(p, start, end + 1));
          }
        }
      }
    }
    return out;
  }

  @Provide
  Arbitrary<List<String>> pieces() {
    Arbitrary<String> text = Arbitraries.of("3", "x", "12", "3x12", "kg", "KG", "40", "40kg", "s", "sec", "reps", "X", "10x30s", "-");
    Arbitrary<String> piece = Arbitraries.oneOf(text, text.map(t -> " " + t));
    return piece.list().ofMinSize(1).ofMaxSize(30);
  }

  @Property(tries = 300)
  void theMemoFindsWhatMatchingAfreshFinds(@ForAll("pieces") List<String> pieces) {
    PhraseIndex<String> index = index(PATTERNS);
    List<Token> tokens = tokens(pieces);
    assertEquals(expected(PATTERNS, tokens), index.find(tokens));
    // a second time, now answered from the memo
    assertEquals(expected(PATTERNS, tokens), index.find(tokens));
  }

  @Test
  void aPatternAddedAfterALookupIsFound() {
    PhraseIndex<String> index = index(List.of("[0-9]+kg"));
    List<Token> tokens = tokens(List.of("40", "kg", " 3x12"));
    assertEquals(List.of(new PhraseMatch<>("[0-9]+kg", 0, 2)), index.find(tokens));
    index.add("(?i)[0-9]+x[0-9]+", MatchMode.PATTERN, "(?i)[0-9]+x[0-9]+");
    assertEquals(List.of(new PhraseMatch<>("[0-9]+kg", 0, 2), new PhraseMatch<>("(?i)[0-9]+x[0-9]+", 2, 3)), index.find(tokens));
  }

  @Test
  void runsForgottenWhenTheMemoIsFullAreMatchedAgain() {
    PhraseIndex<String> index = index(PATTERNS);
    List<Token> first = tokens(List.of("3x12"));
    List<PhraseMatch<String>> before = index.find(first);
    for (int i = 0; i <= PhraseIndex.PATTERN_MEMO_SIZE; i++) {
      index.find(tokens(List.of(i + "kg")));
    }
    assertEquals(PhraseIndex.PATTERN_MEMO_SIZE, index.rememberedRuns(), "the memo stays at its bound");
    assertEquals(before, index.find(first));
    assertEquals(expected(PATTERNS, first), before);
  }

  @Test
  void longRunsAreMatchedButNotRemembered() {
    PhraseIndex<String> index = index(List.of("[0-9a-z]+"));
    String longRun = "a".repeat(PhraseIndex.MEMO_RUN_LENGTH + 1);
    assertEquals(List.of(new PhraseMatch<>("[0-9a-z]+", 0, 1)), index.find(tokens(List.of(longRun))));
    assertEquals(0, index.rememberedRuns());
  }

  @Test
  void twoIndexesWithAsManyPatternsKeepTheirOwnMemos() {
    PhraseIndex<String> kg = index(List.of("[0-9]+kg"));
    PhraseIndex<String> dose = index(List.of("[0-9]+x[0-9]+"));
    List<Token> load = tokens(List.of("40kg"));
    List<Token> sets = tokens(List.of("3x12"));
    for (int round = 0; round < 2; round++) {
      assertEquals(List.of(new PhraseMatch<>("[0-9]+kg", 0, 1)), kg.find(load));
      assertEquals(List.of(), kg.find(sets));
      assertEquals(List.of(), dose.find(load));
      assertEquals(List.of(new PhraseMatch<>("[0-9]+x[0-9]+", 0, 1)), dose.find(sets));
    }
  }

  @Test
  void threadsFindTheSameAsOneThread() throws Exception {
    PhraseIndex<String> index = index(PATTERNS);
    List<List<Token>> notes = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      notes.add(tokens(List.of(i + "x" + (i % 7), " " + i, "kg", " reps", " 3x12s")));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (List<Token> note : notes) {
            if (!expected(PATTERNS, note).equals(index.find(note))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertEquals(true, r.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
