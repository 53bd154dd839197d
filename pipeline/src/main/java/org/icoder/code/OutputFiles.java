package org.icoder.code;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a run's output files so that none is ever seen half-written: each is written to a hidden
 * temporary file in the output folder and moved over its final name only when the whole run has
 * succeeded ({@link #commit}); on failure the temporaries are deleted ({@link #abandon}).
 */
public final class OutputFiles {
  /** CSV as analysts' tools read it: RFC 4180 quoting, LF line ends, UTF-8. */
  public static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private final Path dir;
  private final List<Path[]> pending = new ArrayList<>();
  private final Map<String, Fingerprint> written = new LinkedHashMap<>();

  /** What a closed output file holds: its SHA-256 and size, for the manifest. */
  public record Fingerprint(String sha256, long bytes) {}

  public OutputFiles(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
  }

  public BufferedWriter open(String name) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(openBytes(name), StandardCharsets.UTF_8));
  }

  /** For binary outputs such as a workbook. */
  public OutputStream openBytes(String name) throws IOException {
    return new Fingerprinting(name, Files.newOutputStream(pending(name)));
  }

  /**
   * The SHA-256 and size of an output already closed, computed as it was written (no second read),
   * so that the manifest can tie each file to the lexicon and input that made it.
   */
  public Fingerprint fingerprint(String name) {
    Fingerprint f = written.get(name);
    if (f == null) {
      throw new IllegalStateException(name + " has not been written and closed");
    }
    return f;
  }

  /** Hashes and counts the bytes on their way to the file; records the result on close. */
  private final class Fingerprinting extends FilterOutputStream {
    private final String name;
    private final MessageDigest sha256;
    private long bytes;
    private boolean closed;

    Fingerprinting(String name, OutputStream out) {
      super(out);
      this.name = name;
      try {
        this.sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has SHA-256", e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      sha256.update((byte) b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      sha256.update(b, off, len);
      bytes += len;
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      super.close();
      written.put(name, new Fingerprint(HexFormat.of().formatHex(sha256.digest()), bytes));
    }
  }

  private Path pending(String name) {
    Path tmp = dir.resolve("." + name + ".part");
    pending.add(new Path[] {tmp, dir.resolve(name)});
    return tmp;
  }

  public CSVPrinter csv(String name, List<String> header) throws IOException {
    CSVPrinter printer = new CSVPrinter(open(name), CSV);
    printer.printRecord(header);
    return printer;
  }

  public void commit() throws IOException {
    for (Path[] p : pending) {
      try {
        Files.move(p[0], p[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(p[0], p[1], StandardCopyOption.REPLACE_EXISTING);
      }
    }
    pending.clear();
  }

  public void abandon() {
    for (Path[] p : pending) {
      try {
        Files.deleteIfExists(p[0]);
      } catch (IOException ignored) {
        // best effort: a leftover hidden .part file is harmless and overwritten by the next run
      }
    }
    pending.clear();
  }
}
