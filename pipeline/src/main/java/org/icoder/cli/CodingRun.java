package org.icoder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.icoder.code.CodedNote;
import org.icoder.code.CodingResources;
import org.icoder.code.NoteCoder;
import org.icoder.code.Pipeline;
import org.icoder.ingest.ColumnMapping;
import org.icoder.ingest.DateOrder;
import org.icoder.ingest.ExportFormats;
import org.icoder.ingest.InputFile;
import org.icoder.lexicon.LexiconFiles;
import org.icoder.reading.ModelReading;
import org.icoder.text.Language;
import org.icoder.text.TextAnalyzer;

/**
 * What {@code code} and {@code demo} share: load and validate everything, then run the pipeline
 * with a progress line on stderr (counts only, never note text) for runs longer than a few seconds.
 */
final class CodingRun {
  private CodingRun() {}

  /** How mentions are read as delivered: by the rules, then the reading model; or by the rules alone. */
  enum Reading {
    MODEL, RULES;

    /** The lower-case name the option takes and the manifest records. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Everything that shapes a run besides its inputs and output folder.
   *
   * @param language the {@code --language} value: sv, en or auto
   */
  record Options(LexiconFiles lexicons, ColumnMapping columns, String sheet, DateOrder dateOrder, String language,
      Reading reading, int threads) {
    /** What {@code demo} and {@code validate} use: default columns, day-first dates, auto language, the model. */
    static Options defaults(LexiconFiles lexicons, int threads) {
      return new Options(lexicons, ColumnMapping.defaults(), null, DateOrder.DAY_FIRST, "auto", Reading.MODEL, threads);
    }
  }

  /** The lexicon of a {@code --lexicons} option: the bundled one when absent; a folder that is not one is a usage error. */
  static LexiconFiles lexicons(Path folderOrNull) {
    try {
      return folderOrNull == null ? LexiconFiles.bundled() : LexiconFiles.folder(folderOrNull);
    } catch (IllegalArgumentException e) {
      throw new Icoder.UsageException(e.getMessage());
    }
  }

  static Pipeline.RunResult execute(List<Path> inputs, Path out, Options options, PrintWriter err) throws IOException {
    if (options.threads() < 1) {
      throw new Icoder.UsageException("--threads must be at least 1, was " + options.threads());
    }
    Language forced = ExportOptions.forcedLanguage(options.language());
    List<Path> files;
    try {
      files = ExportFormats.expand(inputs);
    } catch (IllegalArgumentException e) {
      throw new Icoder.UsageException(e.getMessage());
    }
    // A folder coded into an --out folder inside it: the previous run's outputs are not exports.
    // Only icoder's own output files are skipped, and only when found by walking a folder.
    Path outAbs = out.toAbsolutePath().normalize();
    java.util.Set<Path> named = new java.util.HashSet<>();
    inputs.forEach(p -> named.add(p.toAbsolutePath().normalize()));
    files.removeIf(f -> {
      Path abs = f.toAbsolutePath().normalize();
      return !named.contains(abs) && outAbs.equals(abs.getParent())
          && org.icoder.code.Pipeline.OUTPUT_FILE_NAMES.contains(abs.getFileName().toString());
    });
    if (files.isEmpty()) {
      throw new Icoder.UsageException("no export files found in " + inputs + " (looked for "
          + String.join(", ", ExportFormats.EXTENSIONS) + ")");
    }
    CodingResources resources = CodingResources.load(options.lexicons());
    ModelReading model = options.reading() == Reading.MODEL ? ModelReading.load(options.lexicons()) : null;
    ExportFormats formats = new ExportFormats(options.columns(), options.sheet(), options.dateOrder());
    List<InputFile> inspected = new ArrayList<>();
    for (Path f : files) {
      InputFile input = InputFile.inspect(f, displayName(f));
      try {
        formats.readerFor(input).checkConfiguration(input);
      } catch (java.io.IOException | RuntimeException e) {
        if (e instanceof org.icoder.ingest.InputConfigurationException) {
          throw e;
        }
        // an unreadable file is not a configuration problem: it becomes a reject when read
      }
      inspected.add(input);
    }
    TextAnalyzer analyzer = new TextAnalyzer(forced, resources.normalizers());
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("language", options.language());
    settings.put("columns", options.columns().describe());
    if (options.sheet() != null) {
      settings.put("sheet", options.sheet());
    }
    settings.put("dates", options.dateOrder().label());
    settings.put("reading", options.reading().toString());
    // The SHA-256 of each language's model file; a language without one is read by the rules alone.
    settings.put("reading_models", model == null ? Map.of() : model.describe());
    if (model != null) {
      for (String language : model.trainedOnOtherRules(resources.lexiconHash())) {
        err.printf("icoder: warning: %s/%s was trained with other rules than this lexicon's: retrain it"
            + " (README, \"The reading model\")%n", language, org.icoder.reading.ReadingModel.FILE);
      }
    }
    UnaryOperator<CodedNote> reading = model == null ? UnaryOperator.identity() : model;
    Pipeline pipeline = new Pipeline(new NoteCoder(analyzer, resources), reading, resources, options.threads(), Icoder.version(),
        settings);
    try (ProgressLine progress = new ProgressLine(err)) {
      return pipeline.run(inspected, formats, out, progress::update);
    }
  }

  /** Input paths as the user gave them, with forward slashes, so manifests compare across machines. */
  static String displayName(Path p) {
    return p.normalize().toString().replace('\\', '/');
  }

  /** A progress line on stderr, shown only once a run has taken more than three seconds. */
  static final class ProgressLine implements AutoCloseable {
    private static final long QUIET_MS = 3000;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private final AtomicLong notes = new AtomicLong();
    private long lastPrint;
    private boolean printed;

    ProgressLine(PrintWriter err) {
      this.err = err;
    }

    void update(long done) {
      notes.set(done);
      long ms = (System.nanoTime() - started) / 1_000_000;
      if (ms >= QUIET_MS && ms - lastPrint >= 1000) {
        lastPrint = ms;
        printed = true;
        err.printf("\ricoder: %,d notes coded (%,d notes/s)", done, done * 1000 / Math.max(1, ms));
        err.flush();
      }
    }

    @Override
    public void close() {
      if (printed) {
        err.println();
      }
    }
  }
}
