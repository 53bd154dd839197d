package org.icoder.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV and TSV record exports in the dialects record systems and Excel write: comma,
 * semicolon (Swedish Excel) or tab, UTF-8 with or without BOM or Windows-1252, quoted fields with
 * line breaks inside. The delimiter is taken from the header line; each data row becomes a note or
 * a reject. A row with broken quoting is rejected on its own and reading resumes on the line after
 * it, so one stray quote does not lose the rest of the export.
 *
 * <pre>
 * patient_id;date;text
 * P1;2024-03-05;"Stabilitetsträning.
 * TENS ej aktuellt."         → Note(P1, 2024-03-05, "Stabilitetsträning.\nTENS ej aktuellt.")
 * </pre>
 */
public final class CsvExportReader implements ExportReader {
  /** A record longer than this is broken (an unclosed quote swallowing the file), not a note. */
  static final long MAX_RECORD_CHARS = 8L << 20;

  private final ColumnMapping mapping;
  private final long maxRecordChars;
  private final DateOrder dateOrder;

  public CsvExportReader(ColumnMapping mapping) {
    this(mapping, DateOrder.DAY_FIRST);
  }

  public CsvExportReader(ColumnMapping mapping, DateOrder dateOrder) {
    this(mapping, dateOrder, MAX_RECORD_CHARS);
  }

  CsvExportReader(ColumnMapping mapping, DateOrder dateOrder, long maxRecordChars) {
    this.mapping = mapping;
    this.dateOrder = dateOrder;
    this.maxRecordChars = maxRecordChars;
  }

  /**
   * Counts the characters read since the last {@link #startRecord}, and fails the read beyond the
   * cap: Commons CSV would otherwise gather an unclosed quote's whole file into one cell.
   */
  private static final class CappedReader extends java.io.FilterReader {
    private final long cap;
    private long sinceStart;

    CappedReader(Reader in, long cap) {
      super(in);
      this.cap = cap;
    }

    void startRecord() {
      sinceStart = 0;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c < 0 ? 0 : 1);
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      sinceStart += n;
      if (sinceStart > cap) {
        throw new IOException("a record longer than " + cap + " characters");
      }
    }
  }

  /** The file's text, BOM skipped. */
  private static BufferedReader open(InputFile file) throws IOException {
    return file.openText();
  }

  /** Lines looked at for the header: title lines, blank lines and empty rows may come first. */
  static final int HEADER_SEARCH_LINES = 30;

  /**
   * Where the header is: how many physical lines come before it, the delimiter, and whether that
   * line has every required role (false: the first non-blank line, kept for the error message).
   */
  record HeaderPosition(int linesBefore, char delimiter, boolean found) {}

  /**
   * The first of the file's first {@value #HEADER_SEARCH_LINES} lines that, split by comma,
   * semicolon, tab or bar, has a column for every required role; if none has, the first non-blank
   * line with its most frequent delimiter, so that the error message shows what was found there.
   */
  static HeaderPosition findHeader(InputFile file, ColumnMapping mapping) throws IOException {
    java.util.List<String> lines = new java.util.ArrayList<>();
    try (BufferedReader reader = open(file)) {
      for (int i = 0; i < HEADER_SEARCH_LINES; i++) {
        String line = readCappedLine(reader);
        if (line == null) {
          break;
        }
        lines.add(line);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      for (char d : new char[] {';', ',', '\t', '|'}) {
        if (line.indexOf(d) >= 0 && mapping.resolves(splitLine(line, d))) {
          return new HeaderPosition(i, d, true);
        }
      }
    }
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    return new HeaderPosition(first, first < lines.size() ? delimiterOf(lines.get(first)) : ',', false);
  }

  /** Longest line looked at for a header: a file without line breaks is not read whole to find one. */
  private static final int MAX_HEADER_LINE = 10_000;

  /**
   * The next line, or null at the end; a longer line than {@link #MAX_HEADER_LINE} is returned empty
   * (it is no header) and the rest of it skipped without being kept.
   */
  private static String readCappedLine(BufferedReader reader) throws IOException {
    StringBuilder b = new StringBuilder();
    boolean tooLong = false;
    int c;
    while ((c = reader.read()) >= 0) {
      if (c == '\n') {
        break;
      }
      if (c == '\r') {
        reader.mark(1);
        if (reader.read() != '\n') {
          reader.reset();
        }
        break;
      }
      if (b.length() < MAX_HEADER_LINE) {
        b.append((char) c);
      } else {
        tooLong = true;
      }
    }
    if (c < 0 && b.length() == 0 && !tooLong) {
      return null;
    }
    return tooLong ? "" : b.toString();
  }

  private static java.util.List<String> splitLine(String line, char delimiter) {
    try (CSVParser p = CSVParser.parse(line, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
      Iterator<CSVRecord> it = p.iterator();
      return it.hasNext() ? it.next().toList() : java.util.List.of();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return java.util.List.of(); // an unclosed quote: not a header
    }
  }

  /** True when a .txt file is a delimited table with a recognisable header, not a printout. */
  public static boolean looksLikeTable(InputFile file, ColumnMapping mapping) throws IOException {
    return findHeader(file, mapping).found();
  }


  private static CSVFormat format(char delimiter) {
    return CSVFormat.RFC4180.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(true)
        .setTrim(false)
        .get();
  }

  @Override
  public void checkConfiguration(InputFile file) throws IOException {
    HeaderPosition h = findHeader(file, mapping);
    try (BufferedReader reader = open(file)) {
      for (int i = 0; i < h.linesBefore(); i++) {
        readCappedLine(reader);
      }
      try (CSVParser parser = CSVParser.parse(reader, format(h.delimiter()))) {
        Iterator<CSVRecord> records = parser.iterator();
        if (records.hasNext()) {
          new TableRowMapper(file.displayName(), records.next().toList(), mapping, dateOrder);
        }
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      // a broken header row is reported as a reject when the file is read
    }
  }

  @Override
  public void read(InputFile file, ExportSink sink) throws IOException {
    HeaderPosition header = findHeader(file, mapping);
    CSVFormat format = format(header.delimiter());
    TableRowMapper rows = null;
    long row = 0;
    long skipLines = header.linesBefore(); // physical lines before the header, then those consumed when resuming
    while (true) {
      try (BufferedReader reader = open(file)) {
        for (long i = 0; i < skipLines; i++) {
          if (reader.readLine() == null) {
            return;
          }
        }
        CappedReader capped = new CappedReader(reader, maxRecordChars);
        try (CSVParser parser = CSVParser.parse(capped, format)) {
          Iterator<CSVRecord> records = parser.iterator();
          if (rows == null) {
            if (!records.hasNext()) {
              sink.reject(new Reject(SourceRef.row(file.displayName(), 1), RejectReason.UNREADABLE_FILE,
                  "the file is empty (no header row)"));
              return;
            }
            rows = new TableRowMapper(file.displayName(), records.next().toList(), mapping, dateOrder);
          }
          while (true) {
            long linesBefore = parser.getCurrentLineNumber();
            capped.startRecord();
            CSVRecord record;
            try {
              if (!records.hasNext()) {
                rows.finish(sink);
                return;
              }
              record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
              // Commons CSV cannot resynchronise by itself: reject this row, resume on its next line.
              row++;
              sink.reject(new Reject(SourceRef.row(file.displayName(), row), RejectReason.MALFORMED_ROW,
                  "broken quoting in the row starting at line " + (skipLines + linesBefore + 1)
                      + (e.getCause() != null && e.getCause().getMessage() != null
                          && e.getCause().getMessage().startsWith("a record longer") ? " (" + e.getCause().getMessage() + ")" : "")
                      + "; reading resumed on the next line"));
              skipLines += linesBefore + 1;
              break;
            }
            row++;
            rows.emit(row, record.toList(), false, sink);
          }
        }
      }
    }
  }

  /** Picks the delimiter that occurs most often outside quotes in the header line. */
  static char sniffDelimiter(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    return header == null ? ',' : delimiterOf(header);
  }

  private static char delimiterOf(String header) {
    int comma = 0, semicolon = 0, tab = 0;
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ',') comma++;
        else if (c == ';') semicolon++;
        else if (c == '\t') tab++;
      }
    }
    if (tab >= semicolon && tab >= comma && tab > 0) {
      return '\t';
    }
    return semicolon > comma ? ';' : ',';
  }
}
