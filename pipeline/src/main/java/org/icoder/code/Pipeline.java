package org.icoder.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.UnaryOperator;
import org.icoder.ingest.ExportFormats;
import org.icoder.ingest.ExportReader;
import org.icoder.ingest.ExportSink;
import org.icoder.ingest.InputConfigurationException;
import org.icoder.ingest.InputFile;
import org.icoder.ingest.Note;
import org.icoder.ingest.PrintoutReader;
import org.icoder.ingest.Reject;
import org.icoder.ingest.RejectReason;
import org.icoder.ingest.SourceRef;
import org.icoder.lexicon.Category;

/**
 * Wires the stages for a run: ingest → text → lexicon/context → code → reading model → outputs.
 *
 * <p>A reader thread streams notes out of the input files in batches; worker threads code the
 * batches; the calling thread writes the results in input order. The queue between them is
 * bounded, so memory stays flat however large the export, and output is byte-identical whatever
 * the thread count. Per patient only a small tally is kept for {@code patient_flags.csv}.
 */
public final class Pipeline {
  static final int BATCH = 256;

  /** The files a run writes into its output folder. */
  public static final java.util.Set<String> OUTPUT_FILE_NAMES = java.util.Set.of(RunOutputs.PATIENT_FLAGS,
      RunOutputs.NOTE_CODES, RunOutputs.EVIDENCE, RunOutputs.REJECTS, RunOutputs.MANIFEST);

  /** Counts for one input file, as the manifest reports them (read = coded + rejected). */
  public record InputCounts(String file, String sha256, long bytes, long read, long coded, long rejected) {}

  /** What a run did. {@code patientsWith} counts patients per category. */
  public record RunResult(List<InputCounts> inputs, long read, long coded, long rejected, int patients,
      Map<Category, Integer> patientsWith) {}

  private final NoteCoder coder;
  private final UnaryOperator<CodedNote> reading;
  private final CodingResources resources;
  private final int threads;
  private final String toolVersion;
  private final Map<String, Object> settings;

  /**
   * @param reading what reads the rules' coding of a note once more (the reading model), or
   *     {@code UnaryOperator.identity()} for the rules alone
   * @param settings the run's options as the manifest records them (language, threads, columns ...)
   */
  public Pipeline(NoteCoder coder, UnaryOperator<CodedNote> reading, CodingResources resources, int threads,
      String toolVersion, Map<String, Object> settings) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.coder = coder;
    this.reading = reading;
    this.resources = resources;
    this.threads = threads;
    this.toolVersion = toolVersion;
    this.settings = new LinkedHashMap<>(settings);
  }

  public RunResult run(List<InputFile> inputs, ExportFormats formats, Path outDir, LongConsumer progress) throws IOException {
    OutputFiles out = new OutputFiles(outDir);
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("icoder-worker"));
    try {
      RunResult result = runInto(inputs, formats, out, workers, progress);
      out.commit();
      return result;
    } catch (IOException | RuntimeException | Error e) {
      out.abandon();
      throw e;
    } finally {
      workers.shutdownNow();
    }
  }

  private RunResult runInto(List<InputFile> inputs, ExportFormats formats, OutputFiles out, ExecutorService workers,
      LongConsumer progress) throws IOException {
    BlockingQueue<Future<List<CodedNote>>> queue = new ArrayBlockingQueue<>(threads * 4);
    Future<List<CodedNote>> endOfInput = CompletableFuture.completedFuture(null);
    AtomicReference<Throwable> readerFailure = new AtomicReference<>();
    List<InputCounts> counts = new ArrayList<>();

    try (RunOutputs outputs = new RunOutputs(out)) {
      Thread reader = new Thread(() -> {
        try {
          readAll(inputs, formats, workers, queue, outputs, counts);
        } catch (Throwable t) {
          readerFailure.set(t);
        } finally {
          if (!Thread.currentThread().isInterrupted()) {
            putUninterruptibly(queue, endOfInput);
          } // else the writer gave up and is no longer taking
        }
      }, "icoder-reader");
      reader.setDaemon(true);
      reader.start();

      TreeMap<String, PatientTally> patients = new TreeMap<>();
      long done = 0;
      try {
        while (true) {
          Future<List<CodedNote>> next = takeUninterruptibly(queue);
          if (next == endOfInput) {
            break;
          }
          for (CodedNote coded : await(next)) {
            outputs.note(coded);
            patients.computeIfAbsent(coded.note().patientId(), k -> new PatientTally()).add(coded);
            done++;
          }
          progress.accept(done);
        }
      } catch (IOException | RuntimeException | Error e) {
        // Stop the reader before the outputs it writes to are closed: it may be blocked on the full queue.
        reader.interrupt();
        queue.clear();
        try {
          reader.join(5_000);
        } catch (InterruptedException ignored) {
          Thread.currentThread().interrupt();
        }
        throw e;
      }
      joinUninterruptibly(reader);
      Throwable failure = readerFailure.get();
      if (failure != null) {
        rethrow(failure);
      }
      outputs.close(); // the streamed files are complete: the manifest records their SHA-256

      Map<Category, Integer> patientsWith = outputs.patientFlags(patients);
      long read = counts.stream().mapToLong(InputCounts::read).sum();
      long coded = counts.stream().mapToLong(InputCounts::coded).sum();
      long rejected = counts.stream().mapToLong(InputCounts::rejected).sum();
      if (coded != done) {
        throw new IllegalStateException("counted " + coded + " notes to code but wrote " + done);
      }
      RunResult result = new RunResult(List.copyOf(counts), read, coded, rejected, patients.size(), patientsWith);
      outputs.manifest(toolVersion, resources, settings, result);
      return result;
    }
  }

  /** Runs on the reader thread: streams every file into batches for the workers, rejects straight to file. */
  private void readAll(List<InputFile> inputs, ExportFormats formats, ExecutorService workers,
      BlockingQueue<Future<List<CodedNote>>> queue, RunOutputs outputs, List<InputCounts> counts) throws IOException {
    NoteIdRegister noteIds = new NoteIdRegister();
    for (InputFile input : inputs) {
      BatchingSink sink = new BatchingSink(workers, queue, outputs, noteIds);
      ExportReader reader = formats.readerFor(input);
      try {
        reader.read(input, sink);
      } catch (IOException | RuntimeException e) {
        if (e instanceof InputConfigurationException) {
          throw e; // configuration (column mapping, sheet name): stops the run
        }
        // A corrupt or unsupported file: what was read stands, the rest is one reject.
        long seen = sink.coded + sink.rejected;
        SourceRef where = reader instanceof PrintoutReader
            ? SourceRef.line(input.displayName(), 1) : SourceRef.row(input.displayName(), 1);
        sink.reject(new Reject(where, RejectReason.UNREADABLE_FILE,
            "the file could not be read: " + e.getClass().getSimpleName()
            + (seen > 0 ? "; the " + seen + " notes before the failure were read" : "")));
      }
      sink.flush();
      counts.add(new InputCounts(input.displayName(), input.sha256(), input.bytes(), sink.coded + sink.rejected,
          sink.coded, sink.rejected));
    }
  }

  /** Collects one file's notes into batches for the workers and counts what it was given. */
  private final class BatchingSink implements ExportSink {
    private final ExecutorService workers;
    private final BlockingQueue<Future<List<CodedNote>>> queue;
    private final RunOutputs outputs;
    private final NoteIdRegister seen;
    private List<Note> batch = new ArrayList<>(BATCH);
    long coded;
    long rejected;

    BatchingSink(ExecutorService workers, BlockingQueue<Future<List<CodedNote>>> queue, RunOutputs outputs,
        NoteIdRegister seen) {
      this.workers = workers;
      this.queue = queue;
      this.outputs = outputs;
      this.seen = seen;
    }

    @Override
    public void accept(Note note) {
      if (!seen.firstTime(note.patientId(), note.noteId())) {
        reject(new Reject(note.source(), RejectReason.DUPLICATE_NOTE_ID,
            "this patient's note id was already read earlier in the run; the first copy is coded"));
        return;
      }
      coded++;
      batch.add(note);
      if (batch.size() == BATCH) {
        flush();
      }
    }

    @Override
    public void reject(Reject reject) {
      rejected++;
      outputs.reject(reject);
    }

    void flush() {
      if (!batch.isEmpty()) {
        submit(batch, workers, queue);
        batch = new ArrayList<>(BATCH);
      }
    }
  }

  private void submit(List<Note> notes, ExecutorService workers, BlockingQueue<Future<List<CodedNote>>> queue) {
    List<Note> mine = List.copyOf(notes);
    putUninterruptibly(queue, workers.submit(() -> {
      List<CodedNote> coded = new ArrayList<>(mine.size());
      for (Note n : mine) {
        coded.add(reading.apply(coder.code(n)));
      }
      return coded;
    }));
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private static <T> T await(Future<T> f) {
    while (true) {
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while coding", e);
      } catch (ExecutionException e) {
        rethrow(e.getCause());
      }
    }
  }

  private static <T> void putUninterruptibly(BlockingQueue<T> q, T item) {
    try {
      q.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static <T> T takeUninterruptibly(BlockingQueue<T> q) {
    try {
      return q.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void joinUninterruptibly(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void rethrow(Throwable t) {
    if (t instanceof RuntimeException r) throw r;
    if (t instanceof Error e) throw e;
    if (t instanceof IOException io) throw new UncheckedIOException(io);
    throw new IllegalStateException(t);
  }
}
