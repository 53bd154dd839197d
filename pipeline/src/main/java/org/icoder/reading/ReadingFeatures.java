package org.icoder.reading;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icoder.code.Evidence;
import org.icoder.lexicon.Category;

/**
 * What the reading model sees of one category in one note: what the rules found (entries, their
 * modifiers and triggers, sections, whether the rules counted them) and the words of the sentences
 * the mentions stand in. Names are readable ("c05_sensory_stimulation|mod=planned",
 * "c01_education|w=broschyr") so that a researcher can look a weight up in {@code reading.tsv}.
 *
 * <p>The features are sorted, so a score sums its weights in one fixed order and is the same bit
 * for bit on every run.
 */
public final class ReadingFeatures {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  private ReadingFeatures() {}

  /** True when the rules counted at least one of the mentions: the note has the category by the rules. */
  public static boolean rulesCount(List<Evidence> mentions) {
    for (Evidence e : mentions) {
      if (e.counted()) {
        return true;
      }
    }
    return false;
  }

  /** True when the features say the rules counted the category (they hold "rule=1"). */
  public static boolean rulesCount(SortedSet<String> features) {
    return features.contains("rule=1");
  }

  /**
   * The features of one category's mentions in a note, as the rules left them.
   *
   * @param mentions the evidence rows of that category (not empty)
   */
  public static SortedSet<String> of(Category category, List<Evidence> mentions) {
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("no mentions of " + category.column() + ": nothing to read");
    }
    String c = category.column();
    String rule = rulesCount(mentions) ? "1" : "0";
    SortedSet<String> f = new TreeSet<>();
    f.add("cat=" + c);
    f.add("rule=" + rule);
    f.add(c + "|rule=" + rule);
    for (Evidence e : mentions) {
      if (e.category() != category) {
        throw new IllegalArgumentException("a " + e.category().column() + " mention among " + c);
      }
      String modifier = e.modifier().label();
      f.add("ent=" + e.entryId());
      f.add("ent=" + e.entryId() + "|" + modifier);
      f.add(c + "|mod=" + modifier);
      f.add("trig=" + e.triggerId());
      f.add(c + "|sec=" + e.section());
      f.add(c + "|cnt=" + (e.counted() ? "yes" : "no") + "|sec=" + e.section());
      Matcher m = WORD.matcher(e.sentence().toLowerCase(Locale.ROOT));
      while (m.find()) {
        f.add(c + "|w=" + m.group());
      }
    }
    return f;
  }
}
