package org.icoder.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icoder.code.Evidence;
import org.icoder.lexicon.Category;

/**
 * What the reading model sees of one category in one note: what the rules found (entries, their
 * modifiers and triggers, sections, whether the rules counted them), the words of the sentences
 * the mentions stand in, the four words before and after each mention, and the kind of the rules'
 * reason (counted, modified, requires, generic_overridden). Names are readable ("c05_sensory_stimulation|mod=planned",
 * "c01_education|w=broschyr") so that a researcher can look a weight up in {@code reading.tsv}.
 *
 * <p>The features keep the order they are found in (a linked set, not a sorted one: sorting
 * strings that share a long prefix cost more than the rest of the reading), so a score sums its
 * weights in one order fixed by the note and is the same bit for bit on every run, whatever the
 * thread count.
 */
public final class ReadingFeatures {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final Pattern DIGIT = Pattern.compile("[0-9]");
  /** How many words before and after a mention are features of their own. */
  private static final int NEAR = 4;

  private ReadingFeatures() {}

  /** A note's mentions grouped by category, in category order, each group in evidence order. */
  public static Map<Category, List<Evidence>> byCategory(List<Evidence> evidence) {
    Map<Category, List<Evidence>> out = new EnumMap<>(Category.class);
    for (Evidence e : evidence) {
      out.computeIfAbsent(e.category(), k -> new ArrayList<>()).add(e);
    }
    return out;
  }

  /** True when the rules counted at least one of the mentions: the note has the category by the rules. */
  public static boolean rulesCount(List<Evidence> mentions) {
    for (Evidence e : mentions) {
      if (e.counted()) {
        return true;
      }
    }
    return false;
  }

  /** The feature of a category the rules counted in the note. */
  public static final String RULES_COUNT = "rule=1";
  /** The feature of a category whose mentions the rules did not count. */
  public static final String RULES_DO_NOT_COUNT = "rule=0";

  /** True when the features say the rules counted the category. */
  public static boolean rulesCount(Set<String> features) {
    return features.contains(RULES_COUNT);
  }

  /**
   * The features of one category's mentions in a note, as the rules left them.
   *
   * @param mentions the evidence rows of that category (not empty)
   */
  public static Set<String> of(Category category, List<Evidence> mentions) {
    return of(category, mentions, new HashMap<>());
  }

  /**
   * As {@link #of(Category, List)}, with the words of each sentence kept in {@code sentenceWords}
   * between calls: a note's categories often stand in the same sentences.
   */
  public static Set<String> of(Category category, List<Evidence> mentions, Map<String, List<String>> sentenceWords) {
    Set<String> f = new LinkedHashSet<>();
    String c = category.column();
    visit(category, mentions, sentenceWords, new Sink() {
      @Override
      public void feature(String name) {
        f.add(name);
      }

      @Override
      public void word(WordPlace place, String word) {
        f.add(c + place.infix + word);
      }
    });
    return f;
  }

  /**
   * The model's score of one category's mentions: the same as {@code model.score(of(category,
   * mentions, sentenceWords))}, bit for bit up to the sign of a zero score (each feature once, summed
   * in the order found; a word without a weight adds 0.0), without
   * building a name for every word: coding reads word weights by the word itself, whose hash the
   * sentence cache keeps.
   */
  public static double score(ReadingModel model, Category category, List<Evidence> mentions,
      Map<String, List<String>> sentenceWords) {
    Set<String> named = new HashSet<>();
    EnumMap<WordPlace, Set<String>> words = new EnumMap<>(WordPlace.class);
    for (WordPlace place : WordPlace.values()) {
      words.put(place, new HashSet<>());
    }
    double[] z = {model.bias()};
    visit(category, mentions, sentenceWords, new Sink() {
      @Override
      public void feature(String name) {
        if (named.add(name)) {
          z[0] += model.weight(name);
        }
      }

      @Override
      public void word(WordPlace place, String word) {
        if (words.get(place).add(word)) {
          z[0] += model.wordWeight(category, place, word);
        }
      }
    });
    return z[0];
  }

  /** Where a word feature's word stands: in the mention's sentence, or just before or after the mention. */
  public enum WordPlace {
    SENTENCE("|w="), BEFORE("|b="), AFTER("|a=");

    /** What stands between the category and the word in the feature's name. */
    final String infix;

    WordPlace(String infix) {
      this.infix = infix;
    }
  }

  /**
   * Receives a category's features in the order they are found, each as often as it is found. A
   * named feature never starts with a category column and a word place's infix: {@link #score}
   * relies on the two kinds never sharing a name.
   */
  private interface Sink {
    void feature(String name);

    /** The feature named category + place's infix + word. */
    void word(WordPlace place, String word);
  }

  private static void visit(Category category, List<Evidence> mentions, Map<String, List<String>> sentenceWords,
      Sink f) {
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("no mentions of " + category.column() + ": nothing to read");
    }
    String c = category.column();
    boolean counted = rulesCount(mentions);
    String rule = counted ? "1" : "0";
    f.feature("cat=" + c);
    f.feature(counted ? RULES_COUNT : RULES_DO_NOT_COUNT);
    f.feature(c + "|rule=" + rule);
    for (Evidence e : mentions) {
      if (e.category() != category) {
        throw new IllegalArgumentException("a " + e.category().column() + " mention among " + c);
      }
      String modifier = e.modifier().label();
      f.feature("ent=" + e.entryId());
      f.feature("ent=" + e.entryId() + "|" + modifier);
      f.feature(c + "|mod=" + modifier);
      f.feature("trig=" + e.triggerId());
      f.feature(c + "|sec=" + e.section());
      f.feature(c + "|cnt=" + (e.counted() ? "yes" : "no") + "|sec=" + e.section());
      f.feature(c + "|reason=" + reasonKind(e.reason()));
      for (String w : sentenceWords.computeIfAbsent(e.sentence(), ReadingFeatures::words)) {
        f.word(WordPlace.SENTENCE, w);
      }
      // The words right around the mention say most about how it was meant ("föreslår TENS",
      // "TENS hos husläkaren"). Where the matched words stand twice in the sentence, the first place.
      int at = e.sentence().indexOf(e.matchedText());
      if (at >= 0) {
        List<String> before = words(e.sentence().substring(0, at));
        for (String w : before.subList(Math.max(0, before.size() - NEAR), before.size())) {
          f.word(WordPlace.BEFORE, w);
        }
        List<String> after = words(e.sentence().substring(at + e.matchedText().length()));
        for (String w : after.subList(0, Math.min(NEAR, after.size()))) {
          f.word(WordPlace.AFTER, w);
        }
      }
    }
  }

  /** The kind of a rules' reason: counted, modified, requires, generic_overridden. */
  private static String reasonKind(String reason) {
    int space = reason.indexOf(' ');
    return space < 0 ? reason : reason.substring(0, space);
  }

  /**
   * The words of a text, lower case: runs of letters, digits and underscores, every digit written 0
   * ("2019" and "2023" are both "0000"): a model must not learn which years its training notes
   * were written in, only that a year or a dose stands there.
   */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("0"));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
