package org.icoder.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV and TSV record exports in the dialects record systems and Excel write: comma,
 * semicolon (Swedish Excel) or tab, UTF-8 with or without BOM or Windows-1252, quoted fields with
 * line breaks inside. The delimiter is taken from the header line; each data row becomes a note or
 * a reject.
 *
 * <pre>
 * patient_id;date;text
 * P1;2024-03-05;"Stabilitetsträning.
 * TENS ej aktuellt."         → Note(P1, 2024-03-05, "Stabilitetsträning.\nTENS ej aktuellt.")
 * </pre>
 */
public final class CsvExportReader implements ExportReader {
  private final ColumnMapping mapping;

  public CsvExportReader(ColumnMapping mapping) {
    this.mapping = mapping;
  }

  @Override
  public void read(InputFile file, ExportSink sink) throws IOException {
    char delimiter;
    try (BufferedReader probe = Files.newBufferedReader(file.path(), file.charset())) {
      delimiter = sniffDelimiter(probe);
    }
    try (Reader reader = Files.newBufferedReader(file.path(), file.charset())) {
      if (file.utf8Bom()) {
        reader.skip(1);
      }
      CSVFormat format = CSVFormat.RFC4180.builder()
          .setDelimiter(delimiter)
          .setIgnoreEmptyLines(true)
          .setTrim(false)
          .get();
      try (CSVParser parser = CSVParser.parse(reader, format)) {
        readRecords(file, parser, sink);
      }
    }
  }

  @Override
  public void checkConfiguration(InputFile file) throws IOException {
    char delimiter;
    try (BufferedReader probe = Files.newBufferedReader(file.path(), file.charset())) {
      delimiter = sniffDelimiter(probe);
    }
    // The header is read as a CSV record (it may be quoted); a BOM is ignored by the header match.
    try (Reader reader = Files.newBufferedReader(file.path(), file.charset());
         CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
      Iterator<CSVRecord> records = parser.iterator();
      if (records.hasNext()) {
        new TableRowMapper(file.displayName(), records.next().toList(), mapping);
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      // a broken header row is reported as a reject when the file is read
    }
  }

  private void readRecords(InputFile file, CSVParser parser, ExportSink sink) {
    Iterator<CSVRecord> records = parser.iterator();
    if (!records.hasNext()) {
      sink.reject(new Reject(SourceRef.row(file.displayName(), 1), RejectReason.UNREADABLE_FILE,
          "the file is empty (no header row)"));
      return;
    }
    List<String> header = new ArrayList<>();
    records.next().forEach(header::add);
    TableRowMapper rows = new TableRowMapper(file.displayName(), header, mapping);
    long row = 0;
    while (true) {
      CSVRecord record;
      try {
        if (!records.hasNext()) {
          return;
        }
        record = records.next();
      } catch (UncheckedIOException | IllegalStateException e) {
        // Commons CSV cannot resynchronise after broken quoting: the rest of the file is one reject.
        sink.reject(new Reject(SourceRef.row(file.displayName(), row + 1), RejectReason.MALFORMED_ROW,
            "the row could not be parsed (unterminated or misplaced quote near line "
                + parser.getCurrentLineNumber() + "); the rest of the file was not read"));
        return;
      }
      row++;
      rows.emit(row, record.toList(), sink);
    }
  }

  /** Picks the delimiter that occurs most often outside quotes in the header line. */
  static char sniffDelimiter(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (header == null) {
      return ',';
    }
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
