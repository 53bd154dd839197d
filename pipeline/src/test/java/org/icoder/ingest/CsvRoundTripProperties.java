package org.icoder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Whatever the note texts, delimiter and encoding, a CSV written the way Excel or a record system
 * writes it is read back note for note, and every row is either a note or a reject.
 */
class CsvRoundTripProperties {
  @Provide
  Arbitrary<String> noteText() {
    return Arbitraries.strings()
        .withChars("abcåäöÅÄÖ éü,;\t\"'\n\r.:-()/0123456789")
        .ofMinLength(0).ofMaxLength(80);
  }

  @Property(tries = 200)
  void everyRowComesBackAsTheSameNoteOrAsAReject(
      @ForAll @Size(max = 12) List<@From("noteText") String> texts,
      @ForAll @IntRange(min = 0, max = 2) int dialect,
      @ForAll boolean windows1252) throws IOException {
    char delimiter = ",;\t".charAt(dialect);
    Charset charset = windows1252 ? Charset.forName("windows-1252") : java.nio.charset.StandardCharsets.UTF_8;
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.EXCEL.builder().setDelimiter(delimiter).get())) {
      p.printRecord("patient_id", "date", "text");
      for (int i = 0; i < texts.size(); i++) {
        p.printRecord("P" + i, "2024-01-0" + (1 + i % 9), texts.get(i));
      }
    }
    Path dir = Files.createTempDirectory("csvprop");
    Path file = dir.resolve("x.csv");
    Files.write(file, w.toString().getBytes(charset));
    CollectingSink sink = new CollectingSink();
    new CsvExportReader(ColumnMapping.defaults()).read(InputFile.inspect(file, "x.csv"), sink);
    Files.delete(file);
    Files.delete(dir);

    assertEquals(texts.size(), sink.notes.size() + sink.rejects.size(), "every row is a note or a reject");
    int n = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).isBlank()) {
        continue;
      }
      Note note = sink.notes.get(n++);
      assertEquals("P" + i, note.patientId());
      assertEquals(texts.get(i), note.text());
    }
    assertEquals(n, sink.notes.size());
  }
}
