package org.icoder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintoutAndExcelReaderTest {
  @TempDir Path dir;

  static final String PRINTOUT = String.join("\n",
      "Journalutskrift",
      "Patient: P-17",
      "2024-03-05 14:30 Besöksanteckning, Leg. fysioterapeut A.B.",
      "Åtgärd: Stabilitetsträning.",
      "TENS ej aktuellt.",
      "",
      "2024-03-12 Telefonkontakt",
      "Pat mår bättre.",
      "Patient-ID: P-18",
      "2024-04-01 Nybesök - PT C.D.",
      "Anamnes: tidigare akupunktur.");

  private CollectingSink read(Path file, ExportReader reader) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(InputFile.inspect(file, file.getFileName().toString()), sink);
    return sink;
  }

  @Test
  void aTextPrintoutSplitsPatientsAndNotesAtDateLines() throws IOException {
    Path file = dir.resolve("utskrift.txt");
    Files.writeString(file, PRINTOUT, StandardCharsets.UTF_8);
    CollectingSink sink = read(file, new PrintoutReader());
    assertEquals(List.of(), sink.rejects);
    assertEquals(3, sink.notes.size());
    Note first = sink.notes.get(0);
    assertEquals("P-17", first.patientId());
    assertEquals("Besöksanteckning", first.type());
    assertEquals("Leg. fysioterapeut A.B.", first.author());
    assertEquals("Åtgärd: Stabilitetsträning.\nTENS ej aktuellt.", first.text());
    assertEquals(3, first.source().position(), "the note's line in the file");
    assertEquals("Telefonkontakt", sink.notes.get(1).type());
    assertEquals("P-18", sink.notes.get(2).patientId());
    assertEquals("PT C.D.", sink.notes.get(2).author());
  }

  @Test
  void aDocxPrintoutReadsLikeTheTextOne() throws IOException {
    Path file = dir.resolve("utskrift.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      for (String line : PRINTOUT.split("\n")) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
    }
    CollectingSink sink = read(file, new PrintoutReader());
    assertEquals(3, sink.notes.size());
    assertEquals("Åtgärd: Stabilitetsträning.\nTENS ej aktuellt.", sink.notes.get(0).text());
  }

  @Test
  void aDateAtTheStartOfABodyLineIsTextNotANewNote() throws IOException {
    Path file = dir.resolve("body.txt");
    Files.writeString(file, String.join("\n", "Patient: P1", "2024-01-01 Nybesök", "Anamnes:",
        "2023-11-02 röntgen visade diskbråck.", "", "2024-01-08 14:00 Besök", "TENS.",
        "2024-01-15 Besök", "Akupunktur."), StandardCharsets.UTF_8);
    CollectingSink sink = read(file, new PrintoutReader());
    assertEquals(3, sink.notes.size(), "the x-ray line stays in the first note; 'Besök' after the date names a note type");
    assertEquals("Anamnes:\n2023-11-02 röntgen visade diskbråck.", sink.notes.get(0).text());
    assertEquals("Akupunktur.", sink.notes.get(2).text());
  }

  @Test
  void noteHeadingsAsRecordSystemsPrintThem() throws IOException {
    Path file = dir.resolve("varianter.txt");
    Files.writeString(file, String.join("\n",
        "Journalkopia - Region Exempel            Sida 1 (4)",
        "Namn: Test Testsson   Personnr: 19121212-1212",
        "2024-03-05, Fysioterapi, Anna Berg",
        "Stabilitetsträning.",
        "2024-03-05 14:59 Signerad av A.B.",
        "05.03.2024 Återbesök",
        "TENS.",
        "",
        "Datum: 2024-03-12  Tid: 10:00",
        "Anteckningstyp: Återbesök",
        "Signatur: Anna Berg",
        "Akupunktur.",
        "",
        "Tisdag 2024-03-19 kl. 09:15:00 Telefon - A.B.",
        "Hemprogram.",
        "Personnummer 19850101-1234",
        "2024-04-02 13:00-1345 Visit, C.D.",
        "Education on pain physiology.",
        "",
        "19700315-5678 Anna Andersson",
        "2024/04/09 Visit, C.D.",
        "Walking.",
        "",
        "Patient: Anna Andersson, 20010920-9876",
        "9/4/2024 Visit, C.D.",
        "Bike."), StandardCharsets.UTF_8);
    CollectingSink sink = read(file, new PrintoutReader());
    assertEquals(List.of(), sink.rejects.stream().map(Object::toString).toList());
    assertEquals(List.of("19121212-1212|2024-03-05|Fysioterapi|Anna Berg|Stabilitetsträning.",
        "19121212-1212|2024-03-05|Återbesök||TENS.",
        "19121212-1212|2024-03-12|Återbesök|Anna Berg|Akupunktur.",
        "19121212-1212|2024-03-19|Telefon|A.B.|Hemprogram.",
        "19850101-1234|2024-04-02|Visit|C.D.|Education on pain physiology.",
        "19700315-5678|2024-04-09|Visit|C.D.|Walking.",
        "20010920-9876|2024-04-09|Visit|C.D.|Bike."),
        sink.notes.stream().map(n -> n.patientId() + "|" + n.date() + "|" + n.type() + "|" + n.author() + "|" + n.text())
            .toList());
  }

  @Test
  void notesPrintedAsAWordTableAreReadAndPageFurnitureIsDropped() throws IOException {
    Path file = dir.resolve("tabell.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("Journalkopia - Region Exempel            Sida 1 (2)");
      var id = doc.createTable(1, 2);
      id.getRow(0).getCell(0).setText("Personnummer");
      id.getRow(0).getCell(1).setText("19121212-1212");
      var notes = doc.createTable(3, 4);
      String[][] cells = {{"Datum", "Tid", "Typ", "Anteckning"},
          {"2024-03-05", "14:30", "Återbesök", "Stabilitetsträning. TENS ej aktuellt."},
          {"2024-03-12", "10:00", "Telefon", "Hemprogram genomgånget."}};
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 4; c++) {
          notes.getRow(r).getCell(c).setText(cells[r][c]);
        }
      }
      doc.write(out);
    }
    CollectingSink sink = read(file, new PrintoutReader());
    assertEquals(List.of(), sink.rejects.stream().map(Object::toString).toList());
    assertEquals(List.of("19121212-1212|2024-03-05|Återbesök|Stabilitetsträning. TENS ej aktuellt.",
        "19121212-1212|2024-03-12|Telefon|Hemprogram genomgånget."),
        sink.notes.stream().map(n -> n.patientId() + "|" + n.date() + "|" + n.type() + "|" + n.text()).toList());
  }

  @Test
  void aBodyLineMentioningAPatientIsNotAPatientLine() {
    assertEquals(null, PrintoutReader.patientIdOf("Patient uppger smärta 5/10 vid gång."));
    assertEquals(null, PrintoutReader.patientIdOf("Patient 45-årig kvinna med ländryggssmärta."));
    assertEquals("P-17", PrintoutReader.patientIdOf("Patient: P-17"));
    // a second field on the patient line is not part of the id
    assertEquals("D21-07", PrintoutReader.patientIdOf("Personnummer: D21-07          Namn: XXXXXXX XXXXXXXX"));
    assertEquals("D21-07", PrintoutReader.patientIdOf("Patient-ID: D21-07\tNamn: A. Andersson"));
    assertEquals("P-17", PrintoutReader.patientIdOf("Patient: P-17 Födelsedatum: 1980-01-01"));
    assertEquals("123456", PrintoutReader.patientIdOf("Patient Name: Test  MRN: 123456"));
  }

  @Test
  void aPrintoutWithoutPatientLineTakesThePatientFromTheFileName() throws IOException {
    Path file = dir.resolve("P-99.txt");
    Files.writeString(file, "2024-01-01 Besök\nTENS.\n", StandardCharsets.UTF_8);
    assertEquals("P-99", read(file, new PrintoutReader()).notes.get(0).patientId());
  }

  @Test
  void anExcelSheetReadsDateCellsAndTheSameColumns() throws IOException {
    checkWorkbook(dir.resolve("export.xlsx"), new XSSFWorkbook());
  }

  @Test
  void anOldExcelXlsSheetReadsTheSame() throws IOException {
    checkWorkbook(dir.resolve("export.xls"), new org.apache.poi.hssf.usermodel.HSSFWorkbook());
  }

  @Test
  void numericPatientIdsKeepAllTheirDigitsAndAnEmptyLastCellIsEmptyText() throws IOException {
    Path file = dir.resolve("pnr.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Journal");
      String[] header = {"Personnummer", "Datum", "Anteckning"};
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) h.createCell(i).setCellValue(header[i]);
      double[] ids = {191212121212d, 191212121299d, 191212121299d};
      for (int r = 0; r < ids.length; r++) {
        Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue(ids[r]);
        row.createCell(1).setCellValue("2024-01-0" + (r + 1));
        if (r < 2) {
          row.createCell(2).setCellValue("TENS");
        }
      }
      wb.write(out);
    }
    CollectingSink sink = read(file, new ExcelExportReader(ColumnMapping.defaults(), null));
    assertEquals(List.of("19121212-1212", "19121212-1299"), sink.notes.stream().map(Note::patientId).toList());
    assertEquals(RejectReason.EMPTY_TEXT, sink.rejects.get(0).reason());
  }

  @Test
  void aNamedSheetIsReadAndAnUnknownOneIsAConfigurationError() throws IOException {
    Path file = dir.resolve("two.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("Info").createRow(0).createCell(0).setCellValue("nothing here");
      Sheet sheet = wb.createSheet("Journal");
      Row h = sheet.createRow(0);
      h.createCell(0).setCellValue("patient_id");
      h.createCell(1).setCellValue("date");
      h.createCell(2).setCellValue("text");
      Row r = sheet.createRow(1);
      r.createCell(0).setCellValue("P1");
      r.createCell(1).setCellValue("2024-01-02");
      r.createCell(2).setCellValue("TENS");
      wb.write(out);
    }
    assertEquals("TENS", read(file, new ExcelExportReader(ColumnMapping.defaults(), "Journal")).notes.get(0).text());
    InputConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(InputConfigurationException.class,
        () -> read(file, new ExcelExportReader(ColumnMapping.defaults(), "Journl")));
    assertEquals("two.xlsx: no sheet named 'Journl', expected one of Info, Journal", e.getMessage());
  }

  private void checkWorkbook(Path file, Workbook workbook) throws IOException {
    try (Workbook wb = workbook; OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Journal");
      Row h = sheet.createRow(0);
      String[] header = {"Patient", "Datum", "Anteckningstyp", "Anteckning"};
      for (int i = 0; i < header.length; i++) h.createCell(i).setCellValue(header[i]);
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row r = sheet.createRow(1);
      r.createCell(0).setCellValue("P1");
      r.createCell(1).setCellValue(LocalDate.of(2024, 3, 5));
      r.getCell(1).setCellStyle(dateStyle);
      r.createCell(2).setCellValue("Besök");
      r.createCell(3).setCellValue("Akupunktur 20 min.\nTENS.");
      Row bad = sheet.createRow(2);
      bad.createCell(0).setCellValue("P1");
      bad.createCell(1).setCellValue("inte ett datum");
      bad.createCell(3).setCellValue("x");
      wb.write(out);
    }
    CollectingSink sink = read(file, new ExcelExportReader(ColumnMapping.defaults(), null));
    assertEquals(1, sink.notes.size());
    assertEquals(LocalDate.of(2024, 3, 5), sink.notes.get(0).date());
    assertEquals("Akupunktur 20 min.\nTENS.", sink.notes.get(0).text());
    assertEquals(RejectReason.UNPARSEABLE_DATE, sink.rejects.get(0).reason());
    assertEquals(3, sink.rejects.get(0).source().position(), "the sheet's own row number");
  }

  @Test
  void anExcelTitleRowIsSkippedAndAnEmptyFirstSheetGivesWayToTheSheetWithTheNotes() throws IOException {
    Path file = dir.resolve("export.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("Blad1");
      var sheet = wb.createSheet("Anteckningar");
      sheet.createRow(0).createCell(0).setCellValue("Journalutdrag fysioterapi 2024");
      var header = sheet.createRow(2);
      String[] names = {"Personnummer", "Datum", "Journaltext"};
      for (int c = 0; c < 3; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      var row = sheet.createRow(3);
      row.createCell(0).setCellValue("19121212-1212");
      row.createCell(1).setCellValue("2024-03-05");
      row.createCell(2).setCellValue("TENS.");
      wb.write(out);
    }
    CollectingSink sink = read(file, new ExcelExportReader(ColumnMapping.defaults(), null));
    assertEquals(List.of(), sink.rejects.stream().map(Object::toString).toList());
    assertEquals(1, sink.notes.size());
    assertEquals(4, sink.notes.get(0).source().position(), "the row number is the sheet's own");
  }

  @Test
  void pageHeadersRepeatedInsideANoteAndSentencesThatLookLikeStampsKeepTheText() throws IOException {
    Path file = dir.resolve("sidor.txt");
    String longLine = "Lång sammanhängande anteckning utan radbrytning. ".repeat(60);
    Files.writeString(file, String.join("\n",
        "Personnr: 19121212-1212",
        "2024-03-05 14:30 Besök, A.B.",
        "Stabilitetsträning.",
        "Personnr: 19121212-1212",
        "TENS 20 min given.",
        "Utskriven från ortopeden i januari.",
        "Printed exercise programme given.",
        "",
        "2024-03-12 10:00 Besök, A.B.",
        "Kl. 10.30 gick vi igenom hemövningarna.",
        "",
        "2024-03-19 10:00 Besök, A.B.",
        longLine,
        "Anamnes:",
        "2023-11-02 behandling med TENS på vårdcentralen utan effekt."), StandardCharsets.UTF_8);
    CollectingSink sink = read(file, new PrintoutReader());
    assertEquals(List.of(), sink.rejects.stream().map(Object::toString).toList());
    assertEquals(3, sink.notes.size(), "a history line starting with a date and a note-type word is text");
    assertTrue(sink.notes.get(0).text().contains("TENS 20 min given."));
    assertTrue(sink.notes.get(0).text().contains("Utskriven från ortopeden"));
    assertTrue(sink.notes.get(0).text().contains("Printed exercise programme given."));
    assertEquals("Kl. 10.30 gick vi igenom hemövningarna.", sink.notes.get(1).text());
    assertTrue(sink.notes.get(2).text().startsWith("Lång sammanhängande"));
    assertTrue(sink.notes.get(2).text().contains("2023-11-02 behandling med TENS"));
  }

  @Test
  void aHeadingLineOfManySpacesIsReadQuickly() throws IOException {
    Path file = dir.resolve("spaces.txt");
    Files.writeString(file, "Patient: P1\n2024-03-05" + " ".repeat(1980) + "\u0085x\nTENS.\n", StandardCharsets.UTF_8);
    CollectingSink sink = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
        () -> read(file, new PrintoutReader()), "the heading pattern must not backtrack over the spaces");
    assertEquals(1, sink.notes.size());
  }

  @Test
  void aWordTableWithAHeaderRowUsesItsColumns() throws IOException {
    Path file = dir.resolve("tabell2.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText("Patient: P-9");
      var t = doc.createTable(4, 4);
      String[][] cells = {{"Datum", "Signatur", "Anteckning", "Typ"},
          {"5 mars 2024", "Leg. fysioterapeut Anna Andersson", "TENS 20 min.", "Besök"},
          {"", "", "Akupunktur utförd", ""},
          {"20240312", "A.A.", "Hemprogram.", "Telefon"}};
      for (int r = 0; r < 4; r++) {
        for (int c = 0; c < 4; c++) {
          t.getRow(r).getCell(c).setText(cells[r][c]);
        }
      }
      doc.write(out);
    }
    CollectingSink sink = read(file, new PrintoutReader());
    assertEquals(List.of(), sink.rejects.stream().map(Object::toString).toList());
    assertEquals(List.of("P-9|2024-03-05|Besök|Leg. fysioterapeut Anna Andersson|TENS 20 min.\nAkupunktur utförd",
        "P-9|2024-03-12|Telefon|A.A.|Hemprogram."),
        sink.notes.stream().map(n -> n.patientId() + "|" + n.date() + "|" + n.type() + "|" + n.author() + "|" + n.text())
            .toList());
  }

  @Test
  void headingsWithALabelFirstOrAMonthNameAndNhsNumberPatientLinesAreRead() throws IOException {
    Path file = dir.resolve("uk.txt");
    Files.writeString(file, String.join("\n",
        "NHS Number: 943 476 5919",
        "05 Mar 2024 14:30 - Chris Dale (Physiotherapist) - Visit",
        "Education on pain physiology.",
        "",
        "12-Mar-2024 10:00   Visit   Chris Dale",
        "Bike 10 min with physio.",
        "",
        "Patient: P2",
        "Anteckning 2024-03-19 09:15 Fysioterapeut Anna Berg",
        "Stabilitetsträning."), StandardCharsets.UTF_8);
    CollectingSink sink = read(file, new PrintoutReader());
    assertEquals(List.of(), sink.rejects.stream().map(Object::toString).toList());
    assertEquals(List.of("943 476 5919|2024-03-05", "943 476 5919|2024-03-12", "P2|2024-03-19"),
        sink.notes.stream().map(n -> n.patientId() + "|" + n.date()).toList());
  }
}
