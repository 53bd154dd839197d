package org.icoder.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns a word into the keys the lexicon is matched on, with a Lucene analysis chain per language:
 *
 * <pre>
 * sv: keyword → lower case → dictionary compounds → Swedish light stem → ASCII folding
 * en: keyword → lower case → English minimal (plural) stem → ASCII folding
 * </pre>
 * so that {@code Avslappningsövningar} gives the whole key {@code avslappningsovning} and the
 * compound parts {@code avslappning}, {@code ovning}; and {@code avslappningsovningar}, written
 * without ö, gives the same. The compound dictionary is the lexicon's own words (with and without
 * å/ä/ö), so parts are only found where the lexicon has a use for them.
 *
 * <p>Swedish inflects by adding endings to the base form, and the light stemmer does not always
 * bring base and inflected form together ({@code aktivitet}/{@code aktiviteter},
 * {@code övningarna}, {@code gymmet}). So a Swedish word that is a lexicon word plus an inflection
 * ending ({@link #SWEDISH_ENDINGS}, with the doubled consonant of {@code gym-m-et}) also gets that
 * lexicon word's key.
 *
 * <p>Thread-safe: Lucene analyzers keep per-thread components, and each thread has its own cache
 * (clinical vocabulary repeats, so most words are analysed once per thread).
 */
public final class Normalizer {
  /** Parts shorter than this are never split out of a compound: too many false hits inside words. */
  public static final int MIN_PART = 4;
  private static final int CACHE_LIMIT = 50_000;
  /** Inflection endings of Swedish nouns, adjectives and verbs, longest first, without å/ä/ö. */
  static final List<String> SWEDISH_ENDINGS = List.of(
      "arnas", "ernas", "ornas", "arna", "erna", "orna", "ande", "ende", "ades", "ena", "ens", "ets", "ers",
      "ars", "ors", "ade", "are", "ast", "en", "et", "er", "ar", "or", "na", "ad", "at", "es", "s", "n", "t", "a", "e");

  private final Language language;
  private final Analyzer analyzer;
  private final ThreadLocal<Map<String, String[][]>> cache = ThreadLocal.withInitial(HashMap::new);
  private final Map<String, String> baseForms = new HashMap<>();

  /**
   * @param lexiconWords the lexicon's single words: compound parts to look for, and (Swedish) base
   *     forms whose inflections should reach them
   */
  public Normalizer(Language language, Collection<String> lexiconWords) {
    this.language = language;
    CharArraySet dictionary = new CharArraySet(16, true);
    for (String part : lexiconWords) {
      String lower = part.toLowerCase(Locale.ROOT);
      if (lower.length() >= MIN_PART) {
        dictionary.add(lower);
        dictionary.add(foldSwedishLetters(lower));
      }
    }
    CharArraySet dict = CharArraySet.unmodifiableSet(dictionary);
    if (language == Language.SV) {
      for (String word : lexiconWords) {
        String folded = foldSwedishLetters(word.toLowerCase(Locale.ROOT));
        if (folded.length() >= 3) {
          baseForms.put(folded, null); // key filled in below, once the analyzer exists
        }
      }
    }
    this.analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer();
        TokenStream chain = new LowerCaseFilter(source);
        if (language == Language.SV && !dict.isEmpty()) {
          chain = new DictionaryCompoundWordTokenFilter(chain, dict, MIN_PART * 2, MIN_PART, 30, true);
          chain = new NoOneLetterPrefixFilter(chain);
        }
        chain = language == Language.SV ? new SwedishLightStemFilter(chain) : new EnglishMinimalStemFilter(chain);
        chain = new ASCIIFoldingFilter(chain);
        return new TokenStreamComponents(source, chain);
      }
    };
    baseForms.replaceAll((base, none) -> run(base)[0][0]);
  }

  public Language language() {
    return language;
  }

  /** The own key of a word, without compound parts or base forms: what a lexicon term's word is matched by. */
  public String key(String word) {
    return analyse(word)[0][0];
  }

  /**
   * Analyses a word: {@code [0]} holds the whole word's keys (its own key first, then the keys of
   * lexicon base forms it inflects), {@code [1]} the compound part keys (maybe none). The returned
   * arrays are shared; do not modify them.
   */
  public String[][] analyse(String word) {
    if (word.length() > TextAnalyzer.MAX_CACHED_LENGTH) {
      return run(word); // long "words" are rare and would make the cache large
    }
    Map<String, String[][]> local = cache.get();
    String[][] hit = local.get(word);
    if (hit != null) {
      return hit;
    }
    String[][] result = run(word);
    if (local.size() >= CACHE_LIMIT) {
      local.clear();
    }
    local.put(word, result);
    return result;
  }

  private String[][] run(String word) {
    List<String> parts = new ArrayList<>(2);
    String whole = null;
    try (TokenStream ts = analyzer.tokenStream("", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (whole == null && inc.getPositionIncrement() > 0) {
          whole = term.toString();
        } else {
          String part = term.toString();
          if (!part.equals(whole) && !parts.contains(part)) {
            parts.add(part);
          }
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    if (whole == null) {
      whole = foldSwedishLetters(word.toLowerCase(Locale.ROOT));
    }
    List<String> wholeKeys = new ArrayList<>(2);
    wholeKeys.add(whole);
    if (!baseForms.isEmpty()) {
      addBaseFormKeys(foldSwedishLetters(word.toLowerCase(Locale.ROOT)), wholeKeys);
    }
    return new String[][] {wholeKeys.toArray(String[]::new), parts.toArray(String[]::new)};
  }

  /** Adds the key of every lexicon base form that {@code folded} is an inflection of. */
  private void addBaseFormKeys(String folded, List<String> keys) {
    for (String ending : SWEDISH_ENDINGS) {
      if (!folded.endsWith(ending) || folded.length() - ending.length() < 3) {
        continue;
      }
      String base = folded.substring(0, folded.length() - ending.length());
      addIfBase(base, keys);
      int n = base.length();
      if (n >= 4 && base.charAt(n - 1) == base.charAt(n - 2) && !isVowel(base.charAt(n - 1))) {
        addIfBase(base.substring(0, n - 1), keys); // gymm-et → gym
      }
    }
  }

  private void addIfBase(String base, List<String> keys) {
    String key = baseForms.get(base);
    if (key != null && !keys.contains(key)) {
      keys.add(key);
    }
  }

  private static boolean isVowel(char c) {
    return "aeiouyåäö".indexOf(c) >= 0;
  }

  /** å→a, ä→a, ö→o (and é→e), the way words are typed on a keyboard without Swedish letters. */
  public static String foldSwedishLetters(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = switch (c) {
        case 'å', 'ä' -> 'a';
        case 'ö' -> 'o';
        case 'é' -> 'e';
        case 'Å', 'Ä' -> 'A';
        case 'Ö' -> 'O';
        default -> c;
      };
      if (f != c && b == null) {
        b = new StringBuilder(s);
      }
      if (b != null) {
        b.setCharAt(i, f);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * Drops a compound part that starts after a single letter: Swedish has no one-letter first
   * elements, so "l|andningsövningar" (landing drills) holds no "andningsövning" (breathing exercise).
   * Runs right after the compound filter, while parts are still substrings of the word.
   */
  private static final class NoOneLetterPrefixFilter extends org.apache.lucene.analysis.TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private String word = "";

    NoOneLetterPrefixFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (input.incrementToken()) {
        if (inc.getPositionIncrement() > 0) {
          word = term.toString();
          return true;
        }
        String part = term.toString();
        int at = word.indexOf(part);
        if (at == 1 && word.indexOf(part, 2) < 0) {
          continue;
        }
        return true;
      }
      return false;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      word = "";
    }
  }
}
