package org.icoder.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.icoder.code.CodingResources;
import org.icoder.code.NoteCoder;
import org.icoder.ingest.ExportFormats;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.reading.ReadingFeatures;
import org.icoder.reading.ReadingModel;
import org.icoder.reading.ReadingTrainer;
import org.icoder.reading.TrainingSets;
import org.icoder.text.Language;
import org.icoder.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code icoder train-reading SET... --out DIR}: trains each language's reading model from
 * hand-coded sets and writes {@code DIR/sv/reading.tsv} and {@code DIR/en/reading.tsv}. Every
 * language is trained before any file is written, so a failure leaves the folder as it was.
 */
@Command(
    name = "train-reading",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the reading model: which mentions the rules find a human coder reads as delivered.",
      "Each SET is a folder of record exports with one hand coding, *_note_codes.csv (note_codes.csv layout).",
      "Writes sv/reading.tsv and en/reading.tsv into --out (a lexicon folder). Sets may be listed in a file: @FILE."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE})
final class TrainReadingCommand implements Callable<Integer> {
  /** Below this, a word shared by a handful of one clinic's patients may still point to them. */
  private static final int ADVISED_MIN_PATIENTS = 5;

  @Parameters(arity = "1..*", paramLabel = "SET", description = "Hand-coded set folders, in a fixed order.")
  List<Path> sets = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Lexicon folder to write sv/reading.tsv and en/reading.tsv into.")
  Path out;

  @Option(names = "--lexicons", paramLabel = "DIR",
      description = "Lexicon whose rules code the sets (default: the bundled lexicons/); its reading.tsv is not used.")
  Path lexicons;

  @picocli.CommandLine.Mixin ExportOptions export;

  @Option(names = "--lambda", paramLabel = "L", defaultValue = "2.0", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
  double lambda;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "100", description = "Passes over the examples (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.77",
      description = "Probability above which a note's category is read as delivered (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--min-patients", paramLabel = "N", defaultValue = "5",
      description = "Fewest patients a feature must be seen with to get a weight (default: ${DEFAULT-VALUE}).")
  int minPatients;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReadingTrainer.Settings settings;
    LexiconFiles files;
    Language forced = export.forcedLanguage();
    ExportFormats formats = export.formats();
    try {
      settings = new ReadingTrainer.Settings(lambda, epochs, ReadingTrainer.Settings.DEFAULT.learningRate(), minPatients,
          ReadingTrainer.Settings.DEFAULT.seed(), threshold);
    } catch (IllegalArgumentException e) {
      throw new Icoder.UsageException(e.getMessage());
    }
    files = CodingRun.lexicons(lexicons);
    for (Path set : sets) {
      if (!Files.isDirectory(set)) {
        throw new Icoder.UsageException(set + ": no such set folder");
      }
    }
    var stdout = spec.commandLine().getOut();
    var stderr = spec.commandLine().getErr();
    if (minPatients < ADVISED_MIN_PATIENTS) {
      stderr.printf("icoder: warning: --min-patients %d: words shared by so few patients can identify them; keep"
          + " reading.tsv on this machine%n", minPatients);
    }
    CodingResources resources = CodingResources.load(files);
    NoteCoder rules = new NoteCoder(new TextAnalyzer(forced, resources.normalizers()), resources);
    TrainingSets.Collected collected;
    try {
      collected = new TrainingSets(rules, formats).collect(sets);
    } catch (TrainingSets.SetLayoutException e) {
      throw new Icoder.UsageException(e.getMessage());
    }
    for (String file : collected.unreadableFiles()) {
      stderr.printf("icoder: warning: %s could not be read; its notes are not used%n", file);
    }
    stdout.printf("icoder: %d sets, %,d notes (%,d without a hand coding, %,d rejected)%n", collected.sets(),
        collected.notes(), collected.notesWithoutHandCoding(), collected.rejected());

    Map<Language, String> texts = new EnumMap<>(Language.class);
    List<String> summaries = new ArrayList<>();
    for (Language language : Language.values()) {
      List<ReadingTrainer.Example> examples = collected.examples().getOrDefault(language, List.of());
      if (examples.isEmpty()) {
        summaries.add(String.format("icoder: %s: no examples; %s/%s not written%s", language.code(), language.code(),
            ReadingModel.FILE, Files.exists(target(language)) ? " (the one in --out is left as it was)" : ""));
        continue;
      }
      ReadingModel model;
      try {
        model = ReadingTrainer.train(examples, settings);
      } catch (IllegalArgumentException e) {
        throw new Icoder.UsageException(language.code() + ": " + e.getMessage() + "; nothing written");
      }
      long delivered = examples.stream().filter(ReadingTrainer.Example::delivered).count();
      long rulesRight = examples.stream().filter(e -> ReadingFeatures.rulesCount(e.features()) == e.delivered()).count();
      long modelRight = examples.stream().filter(e -> model.delivered(e.features()) == e.delivered()).count();
      if (modelRight < rulesRight) {
        throw new Icoder.UsageException(String.format("%s: the model agrees with the hand coding less often than the"
            + " rules on its own training examples (%d vs %d of %d): too little to learn from; nothing written",
            language.code(), modelRight, rulesRight, examples.size()));
      }
      texts.put(language, model.format(List.of(
          "Reading model (" + language.code() + "): does a note document as delivered a category whose mentions the"
              + " rules found?",
          "Written by icoder train-reading; do not edit by hand, retrain (README: The reading model).",
          settings.describe() + ".",
          "Trained on " + collected.sets() + " hand-coded sets: " + examples.size() + " examples (" + delivered
              + " delivered) from the notes in " + language.code() + ".",
          "Sets: " + String.join(" ", sets.stream().map(p -> p.getFileName().toString()).toList()),
          ReadingModel.rulesComment(resources.lexiconHash()))));
      summaries.add(String.format("icoder: %s: %,d examples, %,d features; agrees with the hand coding on the training"
              + " examples: rules %.1f%%, model %.1f%%. Wrote %s", language.code(), examples.size(), model.size(),
          100.0 * rulesRight / examples.size(), 100.0 * modelRight / examples.size(), target(language)));
    }
    write(texts);
    summaries.forEach(stdout::println);
    return ExitCode.OK.code();
  }

  private Path target(Language language) {
    return out.resolve(language.code()).resolve(ReadingModel.FILE);
  }

  /**
   * Writes every language's file beside its target first, then moves each into place, so a failed
   * write leaves no half-written model. The temporary files are made like any other file (the
   * user's default permissions), so the model is as readable as the lexicon beside it.
   */
  private void write(Map<Language, String> texts) throws IOException {
    Map<Language, Path> temporary = new EnumMap<>(Language.class);
    try {
      for (Map.Entry<Language, String> e : texts.entrySet()) {
        Path target = target(e.getKey());
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + ReadingModel.FILE + ".tmp");
        temporary.put(e.getKey(), tmp);
        Files.writeString(tmp, e.getValue(), StandardCharsets.UTF_8);
      }
      for (Map.Entry<Language, Path> e : temporary.entrySet()) {
        Files.move(e.getValue(), target(e.getKey()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      for (Path tmp : temporary.values()) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
