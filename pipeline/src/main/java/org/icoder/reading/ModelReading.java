package org.icoder.reading;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.icoder.code.CodedNote;
import org.icoder.code.Evidence;
import org.icoder.lexicon.Category;
import org.icoder.lexicon.DataFileException;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.lexicon.Problem;
import org.icoder.text.Language;

/**
 * The stage after the rules: for each category the rules found mentions of in a note, the reading
 * model decides whether the note documents it as delivered. Where it agrees with the rules nothing
 * changes. Where it does not, the category's mentions are re-marked, with source {@code classifier}
 * and the reason "classifier 0.230, threshold 0.77 (rules: lexicon, counted)": the model's
 * probability and the threshold it was held against, and where
 * the mention came from and what the rules had said, so an auditor sees both readings. A category
 * without mentions stays uncoded: the model only reads what the lexicon found.
 *
 * <p>A language without a model is read by the rules alone. Thread-safe: the models are immutable.
 */
public final class ModelReading implements UnaryOperator<CodedNote> {
  /** One language's model, the SHA-256 of its file, and the rules' hash it says it was trained with (or null). */
  public record Loaded(ReadingModel model, String sha256, String trainedOnRules) {}

  private final Map<Language, Loaded> models;

  private ModelReading(Map<Language, Loaded> loaded) {
    this.models = Map.copyOf(loaded);
  }

  /** Models not read from files (no file hash, no rules hash). */
  public static ModelReading of(Map<Language, ReadingModel> models) {
    Map<Language, Loaded> loaded = new EnumMap<>(Language.class);
    models.forEach((l, m) -> loaded.put(l, new Loaded(m, "", null)));
    return new ModelReading(loaded);
  }

  /**
   * The reading models of a lexicon folder ({@code sv/reading.tsv}, {@code en/reading.tsv}), each
   * where present; every problem in either file is reported at once.
   *
   * @throws DataFileException naming file and line of each problem
   */
  public static ModelReading load(LexiconFiles files) {
    List<Problem> problems = new ArrayList<>();
    Map<Language, Loaded> models = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      byte[] bytes;
      try {
        bytes = files.readOptional(language, ReadingModel.FILE);
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(files.displayName(language, ReadingModel.FILE), 1, e.getMessage()));
        continue;
      }
      if (bytes != null) {
        ReadingModel model = ReadingModel.parse(files.displayName(language, ReadingModel.FILE), bytes, problems);
        if (model != null) {
          models.put(language, new Loaded(model, sha256(bytes), ReadingModel.trainedOnRules(bytes)));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new DataFileException(problems);
    }
    return new ModelReading(models);
  }

  /** Each language's model file SHA-256, by language code in order, as the manifest records them. */
  public Map<String, String> describe() {
    Map<String, String> out = new TreeMap<>();
    models.forEach((l, m) -> out.put(l.code(), m.sha256()));
    return out;
  }

  /** The languages whose model says it was trained with rules other than these (by their hash), in code order. */
  public List<String> trainedOnOtherRules(String lexiconHash) {
    return models.entrySet().stream()
        .filter(e -> e.getValue().trainedOnRules() != null && !e.getValue().trainedOnRules().equals(lexiconHash))
        .map(e -> e.getKey().code()).sorted().toList();
  }

  @Override
  public CodedNote apply(CodedNote note) {
    Loaded loaded = models.get(note.language());
    if (loaded == null || note.evidence().isEmpty()) {
      return note;
    }
    Map<Category, List<Evidence>> byCategory = ReadingFeatures.byCategory(note.evidence());
    // Per category the model overturns: the reason its mentions get (they count when the rules' did not)
    Map<Category, String> overturned = new EnumMap<>(Category.class);
    Map<String, List<String>> sentenceWords = new HashMap<>();
    for (Map.Entry<Category, List<Evidence>> e : byCategory.entrySet()) {
      double score = ReadingFeatures.score(loaded.model(), e.getKey(), e.getValue(), sentenceWords);
      if (loaded.model().delivered(score) != ReadingFeatures.rulesCount(e.getValue())) {
        // The probability with the threshold it was held against: "0.768 of 0.77" cannot be read as above it.
        overturned.put(e.getKey(), String.format(Locale.ROOT, "classifier %.3f, threshold %s", ReadingModel.probability(score),
            BigDecimal.valueOf(loaded.model().threshold()).stripTrailingZeros().toPlainString()));
      }
    }
    if (overturned.isEmpty()) {
      return note;
    }
    int flagsByRules = note.flags();
    List<Evidence> evidence = new ArrayList<>(note.evidence().size());
    int flags = 0;
    for (Evidence e : note.evidence()) {
      String verdict = overturned.get(e.category());
      // An overturned category's mentions count exactly when the rules counted none of them.
      Evidence read = verdict == null ? e : new Evidence(e.category(), e.entryId(), e.matchedText(), e.sentence(),
          e.start(), e.end(), e.section(), e.modifier(), e.triggerId(), (flagsByRules & CodedNote.bit(e.category())) == 0,
          Evidence.Source.CLASSIFIER, verdict + " (rules: " + e.source().label() + ", " + e.reason() + ")");
      evidence.add(read);
      if (read.counted()) {
        flags |= CodedNote.bit(read.category());
      }
    }
    return new CodedNote(note.note(), note.language(), flags, evidence);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
