package org.icoder.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * and the reason "classifier 0.23 (rules: counted)": the model's probability and what the rules
 * had said, so an auditor sees both readings. A category without mentions stays uncoded: the model
 * only reads what the lexicon found.
 *
 * <p>A language without a model is read by the rules alone. Thread-safe: the models are immutable.
 */
public final class ModelReading implements UnaryOperator<CodedNote> {
  private final Map<Language, ReadingModel> models;

  public ModelReading(Map<Language, ReadingModel> models) {
    this.models = Map.copyOf(models);
  }

  /**
   * The reading models of a lexicon folder ({@code sv/reading.tsv}, {@code en/reading.tsv}), each
   * where present; every problem in either file is reported at once.
   *
   * @throws DataFileException naming file and line of each problem
   */
  public static ModelReading load(LexiconFiles files) {
    List<Problem> problems = new ArrayList<>();
    Map<Language, ReadingModel> models = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      byte[] bytes = files.readOptional(language, ReadingModel.FILE);
      if (bytes != null) {
        ReadingModel model = ReadingModel.parse(files.displayName(language, ReadingModel.FILE), bytes, problems);
        if (model != null) {
          models.put(language, model);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new DataFileException(problems);
    }
    return new ModelReading(models);
  }

  /** The languages that have a model, in code order ("en", "sv"), as the manifest lists them. */
  public List<String> languages() {
    return models.keySet().stream().map(Language::code).sorted().toList();
  }

  @Override
  public CodedNote apply(CodedNote note) {
    ReadingModel model = models.get(note.language());
    if (model == null || note.evidence().isEmpty()) {
      return note;
    }
    Map<Category, List<Evidence>> byCategory = new EnumMap<>(Category.class);
    for (Evidence e : note.evidence()) {
      byCategory.computeIfAbsent(e.category(), k -> new ArrayList<>()).add(e);
    }
    Map<Category, String> overturned = new EnumMap<>(Category.class);
    for (Map.Entry<Category, List<Evidence>> e : byCategory.entrySet()) {
      double score = model.score(ReadingFeatures.of(e.getKey(), e.getValue()));
      if ((score > 0) != ReadingFeatures.rulesCount(e.getValue())) {
        overturned.put(e.getKey(), String.format(Locale.ROOT, "classifier %.2f", ReadingModel.probability(score)));
      }
    }
    if (overturned.isEmpty()) {
      return note;
    }
    List<Evidence> evidence = new ArrayList<>(note.evidence().size());
    int flags = 0;
    for (Evidence e : note.evidence()) {
      String verdict = overturned.get(e.category());
      Evidence read = verdict == null ? e : new Evidence(e.category(), e.entryId(), e.matchedText(), e.sentence(),
          e.start(), e.end(), e.section(), e.modifier(), e.triggerId(), !ReadingFeatures.rulesCount(byCategory.get(e.category())),
          Evidence.Source.CLASSIFIER, verdict + " (rules: " + e.reason() + ")");
      evidence.add(read);
      if (read.counted()) {
        flags |= CodedNote.bit(read.category());
      }
    }
    return new CodedNote(note.note(), note.language(), flags, evidence);
  }
}
