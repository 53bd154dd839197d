package org.icoder.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.icoder.code.CodingResources;
import org.icoder.code.NoteCoder;
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
 * hand-coded sets and writes {@code DIR/sv/reading.tsv} and {@code DIR/en/reading.tsv}.
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
  @Parameters(arity = "1..*", paramLabel = "SET", description = "Hand-coded set folders, in a fixed order.")
  List<Path> sets = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Lexicon folder to write sv/reading.tsv and en/reading.tsv into.")
  Path out;

  @Option(names = "--lexicons", paramLabel = "DIR",
      description = "Lexicon whose rules code the sets (default: the bundled lexicons/); its reading.tsv is not used.")
  Path lexicons;

  @Option(names = "--language", paramLabel = "sv|en|auto", defaultValue = "auto",
      description = "Language of the notes, as for code (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--lambda", paramLabel = "L", defaultValue = "0.3", description = "L2 penalty (default: ${DEFAULT-VALUE}).")
  double lambda;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "30", description = "Passes over the examples (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--min-patients", paramLabel = "N", defaultValue = "5",
      description = "Fewest patients a feature must be seen with to get a weight (default: ${DEFAULT-VALUE}).")
  int minPatients;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReadingTrainer.Settings settings;
    LexiconFiles files;
    Language forced;
    try {
      settings = new ReadingTrainer.Settings(lambda, epochs, ReadingTrainer.Settings.DEFAULT.learningRate(), minPatients,
          ReadingTrainer.Settings.DEFAULT.seed());
      forced = language.equals("auto") ? null : Language.fromCode(language);
      files = lexicons == null ? LexiconFiles.bundled() : LexiconFiles.folder(lexicons);
    } catch (IllegalArgumentException e) {
      throw new Icoder.UsageException(e.getMessage());
    }
    for (Path set : sets) {
      if (!Files.isDirectory(set)) {
        throw new Icoder.UsageException(set + ": no such set folder");
      }
    }
    CodingResources resources = CodingResources.load(files);
    NoteCoder rules = new NoteCoder(new TextAnalyzer(forced, resources.normalizers()), resources);
    TrainingSets.Collected collected;
    try {
      collected = new TrainingSets(rules).collect(sets);
    } catch (IllegalArgumentException e) {
      throw new Icoder.UsageException(e.getMessage());
    }
    var stdout = spec.commandLine().getOut();
    stdout.printf("icoder: %d sets, %,d notes (%,d without a hand coding, %,d rejected)%n", collected.sets(),
        collected.notes(), collected.notesWithoutHandCoding(), collected.rejected());
    for (Language language : Language.values()) {
      List<ReadingTrainer.Example> examples = collected.examples().getOrDefault(language, List.of());
      if (examples.isEmpty()) {
        stdout.printf("icoder: %s: no examples; %s/%s not written%n", language.code(), language.code(), ReadingModel.FILE);
        continue;
      }
      ReadingModel model;
      try {
        model = ReadingTrainer.train(examples, settings);
      } catch (IllegalArgumentException e) {
        throw new Icoder.UsageException(language.code() + ": " + e.getMessage());
      }
      long delivered = examples.stream().filter(ReadingTrainer.Example::delivered).count();
      long rulesRight = examples.stream().filter(e -> ReadingFeatures.rulesCount(e.features()) == e.delivered()).count();
      long modelRight = examples.stream().filter(e -> (model.score(e.features()) > 0) == e.delivered()).count();
      List<String> comments = List.of(
          "Reading model (" + language.code() + "): does a note document as delivered a category whose mentions the"
              + " rules found?",
          "Written by icoder train-reading; do not edit by hand, retrain (README: The reading model).",
          settings.describe() + ".",
          "Trained on " + collected.sets() + " hand-coded sets: " + examples.size() + " examples (" + delivered
              + " delivered) from the notes in " + language.code() + ".",
          "Sets: " + String.join(" ", sets.stream().map(p -> p.getFileName().toString()).toList()));
      Path target = out.resolve(language.code()).resolve(ReadingModel.FILE);
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".reading", ".tmp");
      try {
        Files.writeString(tmp, model.format(comments), StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      stdout.printf("icoder: %s: %,d examples, %,d features; agrees with the hand coding on the training examples:"
              + " rules %.1f%%, model %.1f%%. Wrote %s%n", language.code(), examples.size(), model.size(),
          100.0 * rulesRight / examples.size(), 100.0 * modelRight / examples.size(), target);
    }
    return ExitCode.OK.code();
  }
}
