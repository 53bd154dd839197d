package org.icoder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportReaderTest {
  @TempDir Path dir;

  private CollectingSink read(String name, byte[] bytes, ColumnMapping mapping) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    CollectingSink sink = new CollectingSink();
    new CsvExportReader(mapping).read(InputFile.inspect(file, name), sink);
    return sink;
  }

  private CollectingSink read(String name, String text, Charset charset) throws IOException {
    return read(name, text.getBytes(charset), ColumnMapping.defaults());
  }

  @Test
  void readsSwedishExcelDialectInWindows1252WithMultiLineQuotedText() throws IOException {
    String csv = "Personnummer;Datum;Sökord;Signatur;Journaltext\r\n"
        + "19121212-1212;2024-03-05;Besök;A.B.;\"Åtgärd: stabilitetsträning.\r\nTENS ej aktuellt.\"\r\n";
    CollectingSink sink = read("sv.csv", csv, Charset.forName("windows-1252"));
    assertEquals(List.of(), sink.rejects);
    Note note = sink.notes.get(0);
    assertEquals("19121212-1212", note.patientId());
    assertEquals(LocalDate.of(2024, 3, 5), note.date());
    assertEquals("Besök", note.type());
    assertEquals("Åtgärd: stabilitetsträning.\r\nTENS ej aktuellt.", note.text());
    assertEquals("sv.csv#1", note.noteId(), "a missing note id is derived from file and row");
  }

  @Test
  void readsUtf8WithBomCommaAndTabDialects() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "patient_id,note_id,date,text\nP1,N1,2024-01-02,\"Övningar, hemma\"\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(body, 0, withBom, 3, body.length);
    CollectingSink comma = read("bom.csv", withBom, ColumnMapping.defaults());
    assertEquals("P1", comma.notes.get(0).patientId(), "the BOM must not stick to the first header");
    assertEquals("Övningar, hemma", comma.notes.get(0).text());

    CollectingSink tab = read("t.tsv", "patient\tdatum\tanteckning\nP2\t2024-01-03\tTENS\n", StandardCharsets.UTF_8);
    assertEquals("P2", tab.notes.get(0).patientId());
    assertEquals("TENS", tab.notes.get(0).text());
  }

  @Test
  void badRowsBecomeRejectsWithRowAndReasonAndReadingGoesOn() throws IOException {
    String csv = "patient_id,date,text\n"
        + ",2024-01-01,no patient\n"
        + "P1,,no date\n"
        + "P1,2024-02-30,bad date\n"
        + "P1,2024-01-01,   \n"
        + "P1\n"
        + "P1,2024-01-05,good\n";
    CollectingSink sink = read("bad.csv", csv, StandardCharsets.UTF_8);
    assertEquals(1, sink.notes.size());
    assertEquals(List.of(RejectReason.MISSING_PATIENT_ID, RejectReason.MISSING_DATE, RejectReason.UNPARSEABLE_DATE,
        RejectReason.EMPTY_TEXT, RejectReason.MALFORMED_ROW), sink.rejects.stream().map(Reject::reason).toList());
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), sink.rejects.stream().map(r -> r.source().position()).toList());
    assertTrue(sink.rejects.stream().noneMatch(r -> r.detail().contains("no patient") || r.detail().contains("bad date")),
        "reject details never carry note text");
  }

  @Test
  void aRowWithBrokenQuotingIsRejectedAndReadingResumesOnTheNextLine() throws IOException {
    String csv = "patient_id,date,text\nP1,2024-01-01,ok\nP2,2024-01-02,\"Ont\" säger pat\nP3,2024-01-03,ok\n"
        + "P4,2024-01-04,\"never closed\nP5,2024-01-05,x\n";
    CollectingSink sink = read("q.csv", csv, StandardCharsets.UTF_8);
    assertEquals(List.of("P1", "P3", "P5"), sink.notes.stream().map(Note::patientId).toList());
    assertEquals(List.of(2L, 4L), sink.rejects.stream().map(r -> r.source().position()).toList());
    assertTrue(sink.rejects.stream().allMatch(r -> r.reason() == RejectReason.MALFORMED_ROW));
  }

  @Test
  void anUnclosedQuoteCannotSwallowTheFileIntoOneCell() throws IOException {
    StringBuilder csv = new StringBuilder("patient_id,date,text\nP1,2024-01-01,\"never closed\n");
    for (int i = 2; i < 2000; i++) {
      csv.append("P").append(i).append(",2024-01-02,stabilitetsträning och TENS\n");
    }
    Path file = dir.resolve("big.csv");
    Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    // The cap must exceed Commons CSV's read-ahead buffer (8 KiB); in use it is 8 MiB.
    new CsvExportReader(ColumnMapping.defaults(), DateOrder.DAY_FIRST, 20_000).read(InputFile.inspect(file, "big.csv"), sink);
    assertEquals(RejectReason.MALFORMED_ROW, sink.rejects.get(0).reason());
    assertTrue(sink.rejects.get(0).detail().contains("longer than 20000 characters"), sink.rejects.get(0).detail());
    assertEquals(1998, sink.notes.size(), "every row after the broken one is read");
  }

  @Test
  void aBomBeforeAQuotedHeaderIsIgnored() throws IOException {
    byte[] body = "\"patient_id\",\"date\",\"text\"\n\"P1\",\"2024-01-01\",\"TENS\"\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Path file = dir.resolve("bom.csv");
    Files.write(file, bytes);
    new CsvExportReader(ColumnMapping.defaults()).checkConfiguration(InputFile.inspect(file, "bom.csv"));
    assertEquals("P1", read("bom2.csv", bytes, ColumnMapping.defaults()).notes.get(0).patientId());
  }

  @Test
  void aFileWithoutHeaderRowIsRefusedWithoutShowingItsFirstNote() throws IOException {
    InputConfigurationException e = assertThrows(InputConfigurationException.class,
        () -> read("nohead.csv", "P1,2024-03-05,Pat berättar om sin skilsmässa och TENS\n", StandardCharsets.UTF_8));
    assertTrue(!e.getMessage().contains("skilsmässa") && !e.getMessage().contains("P1"), e.getMessage());
    assertTrue(e.getMessage().contains("is the header row missing?"), e.getMessage());
  }

  @Test
  void nonEmptyCellsBeyondTheHeaderMakeTheRowMalformed() throws IOException {
    CollectingSink sink = read("x.csv", "patient_id,date,text\nP1,2024-01-01,TENS, akupunktur\nP2,2024-01-02,ok,\n",
        StandardCharsets.UTF_8);
    assertEquals(RejectReason.MALFORMED_ROW, sink.rejects.get(0).reason());
    assertEquals(List.of("P2"), sink.notes.stream().map(Note::patientId).toList(), "an empty trailing cell is fine");
  }

  @Test
  void aMissingTextColumnIsAConfigurationErrorNamingTheFileAndHeaders() throws IOException {
    InputConfigurationException e = assertThrows(InputConfigurationException.class,
        () -> read("x.csv", "patient_id,date,body_text\nP1,2024-01-01,x\n", StandardCharsets.UTF_8));
    assertTrue(e.getMessage().startsWith("x.csv: no text column"), e.getMessage());
    assertTrue(e.getMessage().contains("body_text"), e.getMessage());
  }

  @Test
  void columnOverridesMapUnusualHeaders() throws IOException {
    ColumnMapping mapping = ColumnMapping.parse(List.of("text=Fri text", "patient=Kund"));
    CollectingSink sink = read("o.csv", "Kund;Datum;Fri text\nK9;2024-01-01;Akupunktur\n".getBytes(StandardCharsets.UTF_8), mapping);
    assertEquals("K9", sink.notes.get(0).patientId());
    assertEquals("Akupunktur", sink.notes.get(0).text());
  }

  @Test
  void titleLinesAndEmptyRowsAboveTheHeaderAreSkipped() throws IOException {
    String csv = "Journalutdrag 2024-05-01;;;;\n;;;;\n\n"
        + "Personnummer;Datum;Sökord;Signatur;Journaltext\n"
        + "19121212-1212;2024-03-05;Besök;A.B.;Stabilitetsträning.\n"
        + "19121212-1212;2024-03-12;Besök;A.B.;TENS.\n";
    CollectingSink sink = read("title.csv", csv, StandardCharsets.UTF_8);
    assertEquals(List.of(), sink.rejects);
    assertEquals(List.of("Stabilitetsträning.", "TENS."), sink.notes.stream().map(Note::text).toList());
    assertEquals("title.csv#2", sink.notes.get(1).noteId(), "rows are numbered from the header");
  }

  @Test
  void pipeDelimitedAndUtf16WithByteOrderMarkAreRead() throws IOException {
    String csv = "patient_id|date|text\nP1|2024-03-05|Åtgärd: TENS.\n";
    assertEquals("Åtgärd: TENS.", read("pipe.csv", csv, StandardCharsets.UTF_8).notes.get(0).text());
    byte[] utf16 = ("\uFEFF" + "Personnummer\tDatum\tJournaltext\r\n19121212-1212\t2024-03-05\tBäckenbotten.\r\n")
        .getBytes(StandardCharsets.UTF_16LE);
    CollectingSink sink = read("unicode.csv", utf16, ColumnMapping.defaults());
    assertEquals(List.of(), sink.rejects);
    assertEquals("19121212-1212", sink.notes.get(0).patientId());
    assertEquals("Bäckenbotten.", sink.notes.get(0).text());
  }

  @Test
  void anIdentifierColumnWinsOverAPatientColumnHoldingNames() throws IOException {
    String csv = "Patient;Personnummer;Datum;Anteckning\nAnna Andersson;19121212-1212;2024-03-05;TENS.\n";
    assertEquals("19121212-1212", read("names.csv", csv, StandardCharsets.UTF_8).notes.get(0).patientId());
  }

  @Test
  void aTabDelimitedTxtWithAHeaderIsATableNotAPrintout() throws IOException {
    Path table = dir.resolve("export.txt");
    Files.writeString(table, "Personnummer\tDatum\tJournaltext\n19121212-1212\t2024-03-05\tTENS.\n");
    Path printout = dir.resolve("utskrift.txt");
    Files.writeString(printout, "Patient: P1\n2024-03-05 14:30 Besök, A.B.\nTENS.\n");
    ExportFormats formats = new ExportFormats(ColumnMapping.defaults(), null, DateOrder.DAY_FIRST);
    assertTrue(formats.readerFor(InputFile.inspect(table, "export.txt")) instanceof CsvExportReader);
    assertTrue(formats.readerFor(InputFile.inspect(printout, "utskrift.txt")) instanceof PrintoutReader);
  }

  @Test
  void continuationRowsAndRowsOfOneNoteIdJoinTheirNoteAndEmptyRowsAreSkipped() throws IOException {
    String csv = "patient_id;note_id;date;note_type;text\n"
        + "P1;N1;2024-03-05;Besök;Stabilitetsträning,\n"
        + ";;;;TENS 20 min.\n"
        + ";;;;;\n"
        + "P1;N2;2024-03-12;Åtgärd;Akupunktur.\n"
        + "P1;N2;2024-03-12;Planering;TENS.\n"
        + "P2;N3;2024-03-13;Besök;Hemprogram.\n"
        + "P1;N1;2024-03-05;Besök;Stabilitetsträning.\n";
    CollectingSink sink = read("rows.csv", csv, StandardCharsets.UTF_8);
    assertEquals(List.of("N1|Stabilitetsträning,\nTENS 20 min.", "N2|Åtgärd: Akupunktur.\nPlanering: TENS.", "N3|Hemprogram.",
        "N1|Stabilitetsträning."), sink.notes.stream().map(n -> n.noteId() + "|" + n.text()).toList(),
        "a repeat of N1 further down is not merged: the run rejects it as a duplicate");
    assertEquals(List.of(), sink.rejects);
    assertEquals(1, sink.notes.get(0).source().position(), "a joined note keeps its first row");
  }

  @Test
  void anEmptySokordRowOfANoteIsAbsorbedNotASplit() throws IOException {
    String csv = "patient_id;note_id;date;sökord;text\n"
        + "P1;N1;2024-03-05;Anamnes;Ont i ryggen.\n"
        + "P1;N1;2024-03-05;Status;\n"
        + "P1;N1;2024-03-05;Åtgärd;TENS 20 min.\n";
    CollectingSink sink = read("sokord.csv", csv, StandardCharsets.UTF_8);
    assertEquals(List.of(), sink.rejects);
    assertEquals(List.of("Anamnes: Ont i ryggen.\nÅtgärd: TENS 20 min."), sink.notes.stream().map(Note::text).toList());
  }
}
