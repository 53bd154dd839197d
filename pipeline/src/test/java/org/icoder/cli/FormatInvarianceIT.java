package org.icoder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same records give the same patient flags whatever the file format: development sets written
 * as UTF-8 comma CSV, Swedish-Excel semicolon CSV in Windows-1252, tab-separated, .xlsx, one .docx
 * printout and one .txt printout per patient.
 */
class FormatInvarianceIT {
  @TempDir static Path dir;

  /** patient, note, date, type, author, text of each note of a development set file. */
  static List<String[]> readDevSet(String file, char delimiter) throws IOException {
    List<String[]> notes = new ArrayList<>();
    Path source = Path.of("src/test/resources", file);
    try (Reader r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
          .get().parse(r)) {
        notes.add(new String[] {rec.get("patient_id"), rec.get("note_id"), rec.get("date"), rec.get("note_type"),
            rec.get("author"), rec.get("text")});
      }
    }
    return notes;
  }

  static List<String> flags(Path input) throws IOException {
    Path out = Files.createTempDirectory(dir, "out");
    CliRunner.Result r = CliRunner.run("code", input.toString(), "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    return Files.readAllLines(out.resolve("patient_flags.csv"));
  }

  static Path csv(Path set, List<String[]> notes, String name, char delimiter, Charset charset) throws IOException {
    Path file = set.resolve(name);
    // Like Excel, write '?' for characters the code page lacks (→ in "7→5").
    java.io.Writer writer = new java.io.OutputStreamWriter(Files.newOutputStream(file),
        charset.newEncoder().onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE));
    try (CSVPrinter p = new CSVPrinter(writer,
        CSVFormat.EXCEL.builder().setDelimiter(delimiter).get())) {
      p.printRecord("Personnummer", "Anteckning_ID", "Datum", "Sökord", "Signatur", "Journaltext");
      for (String[] n : notes) {
        p.printRecord((Object[]) n);
      }
    }
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"devset/dev-sv.csv|;|24", "devset14/dev14-sv.csv|;|14",
      "devset14/dev14-en.csv|,|6"})
  void everyFormatGivesTheSamePatientFlags(String file, char delimiter, int patients) throws IOException {
    List<String[]> notes = readDevSet(file, delimiter);
    Path set = Files.createTempDirectory(dir, "set");
    List<String> reference = flags(csv(set, notes, "utf8.csv", ',', StandardCharsets.UTF_8));
    assertEquals(patients + 1, reference.size(), "patients and the header");
    assertEquals(reference, flags(csv(set, notes, "excel-sv.csv", ';', Charset.forName("windows-1252"))),
        "semicolon, Windows-1252");
    assertEquals(reference, flags(csv(set, notes, "export.tsv", '\t', StandardCharsets.UTF_8)), "tab-separated");
    assertEquals(reference, flags(xlsx(set, notes)), "xlsx");
    assertEquals(reference, flags(printouts(set, notes, "txt")), "txt printouts");
    assertEquals(reference, flags(printouts(set, notes, "docx")), "docx printouts");
  }

  @Test
  void anotherIndependentlyWrittenPrintoutLayoutCodesLikeItsCsv() throws IOException {
    // devset21's printouts: three clinics' layouts, a patient line with a second field ("Namn:").
    Path set = Path.of("src/test/resources/devset21");
    Path csvOut = dir.resolve("dev21-csv");
    Path printOut = dir.resolve("dev21-printouts");
    assertEquals(0, CliRunner.run("code", set.resolve("dev21-sv.csv").toString(), "--out", csvOut.toString()).exitCode());
    assertEquals(0, CliRunner.run("code", set.resolve("printouts").toString(), "--out", printOut.toString()).exitCode());
    List<String> fromCsv = Files.readAllLines(csvOut.resolve("patient_flags.csv"));
    assertEquals(21, fromCsv.size(), "20 patients and the header");
    assertEquals(fromCsv, Files.readAllLines(printOut.resolve("patient_flags.csv")));
  }

  @Test
  void anIndependentlyWrittenPrintoutCodesLikeItsCsv() throws IOException {
    // devset8's printouts were written by its author from the same notes as its CSV files.
    Path set = Path.of("src/test/resources/devset8");
    Path csvOut = dir.resolve("dev8-csv");
    Path printOut = dir.resolve("dev8-printouts");
    assertEquals(0, CliRunner.run("code", set.resolve("dev8-en.csv").toString(), set.resolve("dev8-sv.csv").toString(),
        "--out", csvOut.toString()).exitCode());
    assertEquals(0, CliRunner.run("code", set.resolve("printouts").toString(), "--out", printOut.toString()).exitCode());
    List<String> fromCsv = Files.readAllLines(csvOut.resolve("patient_flags.csv"));
    assertEquals(29, fromCsv.size(), "28 patients and the header");
    assertEquals(fromCsv, Files.readAllLines(printOut.resolve("patient_flags.csv")));
  }

  static Path xlsx(Path set, List<String[]> notes) throws IOException {
    Path file = set.resolve("export.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Journal");
      String[] header = {"patient_id", "note_id", "datum", "anteckningstyp", "signatur", "anteckning"};
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) h.createCell(i).setCellValue(header[i]);
      int row = 1;
      for (String[] n : notes) {
        Row r = sheet.createRow(row++);
        for (int i = 0; i < n.length; i++) r.createCell(i).setCellValue(n[i]);
      }
      wb.write(out);
    }
    return file;
  }

  /** One printout per patient, in a folder, as a record system prints a journal. */
  static Path printouts(Path set, List<String[]> notes, String extension) throws IOException {
    Path folder = Files.createDirectories(set.resolve("printouts-" + extension));
    Map<String, List<String>> lines = new TreeMap<>();
    for (String[] n : notes) {
      List<String> l = lines.computeIfAbsent(n[0], p -> new ArrayList<>(List.of("Journalutskrift", "Patient: " + p, "")));
      l.add(n[2] + " " + n[3] + ", " + n[4]);
      l.addAll(List.of(n[5].split("\r?\n")));
      l.add("");
    }
    for (Map.Entry<String, List<String>> e : lines.entrySet()) {
      Path file = folder.resolve(e.getKey() + "." + extension);
      if (extension.equals("txt")) {
        Files.write(file, e.getValue(), StandardCharsets.UTF_8);
      } else {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
          for (String line : e.getValue()) {
            doc.createParagraph().createRun().setText(line);
          }
          doc.write(out);
        }
      }
    }
    return folder;
  }
}
