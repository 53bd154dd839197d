package org.icoder.code;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
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

  public OutputFiles(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
  }

  public BufferedWriter open(String name) throws IOException {
    return Files.newBufferedWriter(pending(name), StandardCharsets.UTF_8);
  }

  /** For binary outputs such as a workbook. */
  public OutputStream openBytes(String name) throws IOException {
    return Files.newOutputStream(pending(name));
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
