package org.icoder.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.Problem;
import org.icoder.lexicon.TsvTable;

/**
 * A linear model that reads whether a note documents a category as delivered, from the features of
 * its mentions ({@link ReadingFeatures}): the score is the bias plus the weight of every feature
 * present; its logistic is the probability that a coder reads the category as delivered, and a
 * probability above the model's threshold codes it. The threshold is above one half because a
 * patient has a category when any one note has it: a note's doubtful yes costs more at patient
 * level than a doubtful no.
 * Features the model has no weight for count 0, so a term added to the lexicon after training is
 * read by its rule features alone.
 *
 * <p>Stored as {@code reading.tsv} beside each language's lexicon: {@code feature <TAB> weight}, one
 * row per feature, {@code (bias)} for the bias, {@code (threshold)} for the threshold (0.5 when
 * absent), {@code #} comments saying how it was trained.
 * Immutable and thread-safe.
 */
public final class ReadingModel {
  /** The model's file name in each language folder of a lexicon. */
  public static final String FILE = org.icoder.lexicon.LexiconFiles.READING_MODEL;
  /** The comment line that names the rules a model was trained with (their lexicon SHA-256). */
  static final String RULES_COMMENT = "rules_sha256: ";
  static final String BIAS = "(bias)";
  static final String THRESHOLD = "(threshold)";
  private static final List<String> COLUMNS = List.of("feature", "weight");

  private final Map<String, Double> weights;
  /**
   * The word features' weights by word: per word, one weight per category and place
   * ({@link #wordSlot}), 0 where the model has none. Coding looks words up here by the word alone.
   */
  private final Map<String, double[]> wordWeights;
  private final double bias;
  private final double threshold;
  /** The score the threshold stands for: a category is delivered when its score is above it. */
  private final double cut;

  public ReadingModel(Map<String, Double> weights, double bias) {
    this(weights, bias, 0.5);
  }

  /**
   * @param threshold the probability above which a category is delivered; rounded to six decimals,
   *     as the file writes it, so that a model behaves the same before and after it is saved
   */
  public ReadingModel(Map<String, Double> weights, double bias, double threshold) {
    threshold = Math.round(threshold * 1e6) / 1e6;
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold " + threshold + " is not a probability between 0 and 1");
    }
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (!Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException("weight of " + e.getKey() + " is " + e.getValue());
      }
      if (e.getKey().equals(BIAS) || e.getKey().equals(THRESHOLD) || e.getKey().isBlank() || e.getKey().contains("\t") || e.getKey().contains("\n")) {
        throw new IllegalArgumentException("'" + e.getKey() + "' cannot be a feature name");
      }
    }
    if (!Double.isFinite(bias)) {
      throw new IllegalArgumentException("bias is " + bias);
    }
    this.weights = Map.copyOf(weights);
    this.wordWeights = byWord(this.weights);
    this.bias = bias;
    this.threshold = threshold;
    this.cut = StrictMath.log(threshold / (1 - threshold));
  }

  /** True when the features' probability is above the threshold: the note documents the category as delivered. */
  public boolean delivered(Set<String> features) {
    return delivered(score(features));
  }

  /** True when a score is above the threshold's. */
  public boolean delivered(double score) {
    return score > cut;
  }

  public double threshold() {
    return threshold;
  }

  /** The score of a set of features: bias plus their weights, summed in the set's (iteration) order. */
  public double score(Set<String> features) {
    double z = bias;
    for (String f : features) {
      Double w = weights.get(f);
      if (w != null) {
        z += w;
      }
    }
    return z;
  }

  /** The probability a score stands for (logistic). StrictMath: the same digits on every platform. */
  public static double probability(double score) {
    return 1.0 / (1.0 + StrictMath.exp(-score));
  }

  public int size() {
    return weights.size();
  }

  public double bias() {
    return bias;
  }

  /** The weight of the word feature {@code category + place's infix + word}: 0 when the model has none. */
  public double wordWeight(Category category, ReadingFeatures.WordPlace place, String word) {
    double[] w = wordWeights.get(word);
    return w == null ? 0.0 : w[wordSlot(category, place)];
  }

  private static final int PLACES = ReadingFeatures.WordPlace.values().length;

  private static int wordSlot(Category category, ReadingFeatures.WordPlace place) {
    return category.ordinal() * PLACES + place.ordinal();
  }

  /**
   * The word features among the weights ("c05_sensory_stimulation|w=gp"), indexed by their word: one
   * pass over the weights (a category column holds no '|', so the first '|' ends it).
   */
  private static Map<String, double[]> byWord(Map<String, Double> weights) {
    Map<String, Category> byColumn = new HashMap<>();
    for (Category c : Category.values()) {
      byColumn.put(c.column(), c);
    }
    Map<String, double[]> out = new HashMap<>();
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      String name = e.getKey();
      int bar = name.indexOf('|');
      Category category = bar < 0 ? null : byColumn.get(name.substring(0, bar));
      if (category == null) {
        continue;
      }
      for (ReadingFeatures.WordPlace place : ReadingFeatures.WordPlace.values()) {
        if (name.startsWith(place.infix, bar)) {
          out.computeIfAbsent(name.substring(bar + place.infix.length()),
              k -> new double[Category.values().length * PLACES])[wordSlot(category, place)] = e.getValue();
        }
      }
    }
    return Map.copyOf(out);
  }

  public double weight(String feature) {
    return feature.equals(BIAS) ? bias : feature.equals(THRESHOLD) ? threshold : weights.getOrDefault(feature, 0.0);
  }

  /**
   * The model as {@code reading.tsv} text: the comment lines, the header, the bias, the threshold, then every
   * feature in name order with six decimals. Weights that round to zero are left out.
   */
  public String format(List<String> comments) {
    StringBuilder out = new StringBuilder();
    for (String c : comments) {
      out.append("# ").append(c).append('\n');
    }
    out.append(String.join("\t", COLUMNS)).append('\n');
    out.append(BIAS).append('\t').append(decimal(bias)).append('\n');
    out.append(THRESHOLD).append('\t').append(decimal(threshold)).append('\n');
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      String w = decimal(e.getValue());
      if (!w.equals("0.000000") && !w.equals("-0.000000")) {
        out.append(e.getKey()).append('\t').append(w).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * The lexicon SHA-256 of the rules a model file says it was trained with (its
   * {@code # rules_sha256: } comment), or null when it does not say.
   */
  public static String trainedOnRules(byte[] bytes) {
    for (String line : new String(bytes, java.nio.charset.StandardCharsets.UTF_8).split("\r?\n")) {
      if (line.startsWith("# " + RULES_COMMENT)) {
        return line.substring(2 + RULES_COMMENT.length()).strip();
      }
      if (!line.startsWith("#") && !line.isBlank()) {
        return null; // the comments come first
      }
    }
    return null;
  }

  /** The comment that records the rules a model was trained with. */
  public static String rulesComment(String lexiconHash) {
    return RULES_COMMENT + lexiconHash;
  }

  private static String decimal(double w) {
    return String.format(Locale.ROOT, "%.6f", w);
  }

  /**
   * Reads a {@code reading.tsv}; every problem (a weight that is not a number, a feature twice, no
   * bias row) goes to {@code problems} with its line, and the result is then null.
   */
  public static ReadingModel parse(String file, byte[] bytes, List<Problem> problems) {
    int before = problems.size();
    List<TsvTable.Row> rows = TsvTable.parse(file, bytes, COLUMNS, problems);
    Map<String, Double> weights = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    Double bias = null;
    double threshold = 0.5;
    for (TsvTable.Row row : rows) {
      String feature = row.get("feature");
      String text = row.get("weight");
      if (feature.isEmpty()) {
        problems.add(row.problem("feature is empty"));
        continue;
      }
      double w;
      try {
        w = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        // Problems name the line, never the feature: trained on a user's records, features hold their words.
        problems.add(row.problem("the weight is not a number"));
        continue;
      }
      if (!Double.isFinite(w)) {
        problems.add(row.problem("the weight is not a finite number"));
        continue;
      }
      Integer earlier = lines.putIfAbsent(feature, row.line());
      if (earlier != null) {
        problems.add(row.problem("the feature already has a weight on line " + earlier));
        continue;
      }
      if (feature.equals(BIAS)) {
        bias = w;
      } else if (feature.equals(THRESHOLD)) {
        if (!(w > 0 && w < 1)) {
          problems.add(row.problem("the threshold is not a probability between 0 and 1"));
          continue;
        }
        threshold = w;
      } else {
        weights.put(feature, w);
      }
    }
    if (bias == null && problems.size() == before) {
      problems.add(new Problem(file, 1, "no " + BIAS + " row; a model needs its bias"));
    }
    return problems.size() == before ? new ReadingModel(weights, bias, threshold) : null;
  }
}
