package org.icoder.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import weka.classifiers.functions.SGD;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.SparseInstance;

/**
 * Trains a {@link ReadingModel} from hand-coded examples with Weka's stochastic gradient descent
 * (logistic loss, L2 penalty): a linear model, so that coding only sums weights and a researcher can
 * read every weight in {@code reading.tsv}.
 *
 * <p>A feature is kept only when the examples of at least {@code minPatients} different patients
 * have it. That keeps words rare enough to identify someone (a name, a street) out of the model
 * file, and drops features too rare to learn from. Deterministic: the same examples in the same
 * order and settings give the same weights (Weka shuffles with the fixed seed, on one thread).
 */
public final class ReadingTrainer {
  /**
   * One category of one note as the rules left it, and the human coder's verdict.
   *
   * @param patient the patient the note belongs to, unique across training sets
   */
  public record Example(String patient, Set<String> features, boolean delivered) {}

  /**
   * @param lambda the L2 penalty (Weka's -R), on the summed log loss
   * @param epochs passes over the examples
   * @param minPatients fewest patients a feature must be seen with to get a weight
   * @param threshold the probability above which a category is read as delivered
   */
  public record Settings(double lambda, int epochs, double learningRate, int minPatients, int seed, double threshold) {
    public static final Settings DEFAULT = new Settings(2.0, 100, 0.01, 5, 1, 0.77);

    public Settings {
      if (!(lambda >= 0) || epochs < 1 || !(learningRate > 0) || minPatients < 1 || !(threshold > 0 && threshold < 1)) {
        throw new IllegalArgumentException("expected --lambda >= 0, --epochs >= 1, a learning rate > 0 and"
            + " --min-patients >= 1 and a --threshold between 0 and 1; got lambda " + lambda + ", epochs " + epochs
            + ", learning rate " + learningRate + ", min patients " + minPatients + ", threshold " + threshold);
      }
    }

    /** The settings as the model file's comment records them. */
    public String describe() {
      return "Weka SGD, log loss, lambda " + lambda + ", learning rate " + learningRate + ", " + epochs
          + " epochs, seed " + seed + ", features seen with at least " + minPatients + " patients, delivered above"
          + " probability " + threshold;
    }
  }

  private ReadingTrainer() {}

  static {
    // Weka's start-up looks for native linear algebra, which SGD does not use and the jar leaves
    // out: point it at the pure-Java implementations (unless the user chose otherwise), so that it
    // neither fails nor warns on stderr.
    for (String lib : List.of("BLAS", "LAPACK", "ARPACK")) {
      String key = "com.github.fommil.netlib." + lib;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "com.github.fommil.netlib.F2j" + lib);
      }
    }
  }

  /** Weka's SGD, with the weights it learned in reach. */
  private static final class Sgd extends SGD {
    double[] weights() {
      return m_weights.clone();
    }
  }

  /**
   * Trains on the examples (one language's).
   *
   * @throws IllegalArgumentException when the examples are all of one verdict: nothing to learn
   */
  public static ReadingModel train(List<Example> examples, Settings settings) {
    boolean anyYes = examples.stream().anyMatch(Example::delivered);
    boolean anyNo = examples.stream().anyMatch(e -> !e.delivered());
    if (!anyYes || !anyNo) {
      throw new IllegalArgumentException("training needs examples read as delivered and as not delivered; got "
          + examples.size() + " examples, all " + (anyYes ? "delivered" : "not delivered"));
    }
    List<String> features = keptFeatures(examples, settings.minPatients());
    // Without the rules' own verdict among its features a model is a bias and little else: it would
    // code every category the lexicon found a word of, or none.
    for (String verdict : List.of(ReadingFeatures.RULES_COUNT, ReadingFeatures.RULES_DO_NOT_COUNT)) {
      boolean occurs = examples.stream().anyMatch(e -> e.features().contains(verdict));
      if (occurs && !features.contains(verdict)) {
        throw new IllegalArgumentException("too few patients to learn from: the rules' verdict " + verdict
            + " is not seen with " + settings.minPatients() + " or more patients (" + examples.size() + " examples)");
      }
    }
    Map<String, Integer> index = new HashMap<>();
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (String f : features) {
      index.put(f, attributes.size());
      attributes.add(new Attribute("f" + attributes.size()));
    }
    int classIndex = attributes.size();
    attributes.add(new Attribute("delivered", List.of("no", "yes")));
    Instances data = new Instances("reading", attributes, examples.size());
    data.setClassIndex(classIndex);
    for (Example e : examples) {
      List<Integer> present = new ArrayList<>();
      for (String f : e.features()) {
        Integer i = index.get(f);
        if (i != null) {
          present.add(i);
        }
      }
      present.sort(null);
      int n = present.size() + (e.delivered() ? 1 : 0);
      int[] indices = new int[n];
      double[] values = new double[n];
      for (int k = 0; k < present.size(); k++) {
        indices[k] = present.get(k);
        values[k] = 1;
      }
      if (e.delivered()) { // the class comes last; "no" is 0 and so is left out of a sparse row
        indices[n - 1] = classIndex;
        values[n - 1] = 1;
      }
      data.add(new SparseInstance(1, values, indices, attributes.size()));
    }
    Sgd sgd = new Sgd();
    sgd.setLossFunction(new SelectedTag(SGD.LOGLOSS, SGD.TAGS_SELECTION));
    sgd.setLambda(settings.lambda());
    sgd.setLearningRate(settings.learningRate());
    sgd.setEpochs(settings.epochs());
    sgd.setSeed(settings.seed());
    sgd.setDontNormalize(true); // features are 0/1: the weights then read directly
    sgd.setDontReplaceMissing(true); // nothing is missing in a sparse 0/1 row
    try {
      sgd.buildClassifier(data);
    } catch (Exception e) {
      throw new IllegalStateException("Weka SGD failed to train the reading model: " + e.getMessage(), e);
    }
    double[] w = sgd.weights();
    Map<String, Double> weights = new TreeMap<>();
    for (String f : features) {
      weights.put(f, w[index.get(f)]);
    }
    return new ReadingModel(weights, w[w.length - 1], settings.threshold());
  }

  /** The features seen with at least {@code minPatients} patients, in name order. */
  static List<String> keptFeatures(List<Example> examples, int minPatients) {
    Map<String, Set<String>> patients = new TreeMap<>();
    for (Example e : examples) {
      for (String f : e.features()) {
        patients.computeIfAbsent(f, k -> new HashSet<>()).add(e.patient());
      }
    }
    List<String> kept = new ArrayList<>();
    patients.forEach((f, p) -> {
      if (p.size() >= minPatients) {
        kept.add(f);
      }
    });
    return kept;
  }
}
