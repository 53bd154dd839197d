package org.icoder.agree;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.icoder.ingest.InputConfigurationException;
import org.icoder.lexicon.Category;

/**
 * Reads a coding file in icoder's output layout: {@code note_codes.csv} (patient_id, note_id, date
 * and the eleven 0/1 columns) or {@code patient_flags.csv} (patient_id, the eleven columns,
 * n_notes, first_date, last_date, n_categories). The layout is recognised by its {@code note_id}
 * column. The columns may come in any order; a column outside the layout, a missing category
 * column, a duplicate unit or a cell other than 0/1 stops the run (exit 2) with file:line.
 */
public final class CodingFileReader {
  static final List<String> NOTE_COLUMNS = columns(List.of("patient_id", "note_id", "date"), List.of());
  static final List<String> PATIENT_COLUMNS =
      columns(List.of("patient_id"), List.of("n_notes", "first_date", "last_date", "n_categories"));
  /** Identifying and descriptive columns a file may leave out; the category columns and ids it may not. */
  private static final List<String> OPTIONAL = List.of("date", "n_notes", "first_date", "last_date", "n_categories");

  private CodingFileReader() {}

  private static List<String> columns(List<String> before, List<String> after) {
    List<String> all = new ArrayList<>(before);
    all.addAll(Category.columns());
    all.addAll(after);
    return List.copyOf(all);
  }

  public static CodingFile read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = decode(file, bytes);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = new StringReader(text); CSVParser parser = CSVParser.parse(r, format)) {
      List<String> header = parser.getHeaderNames();
      Level layout = header.contains("note_id") ? Level.NOTE : Level.PATIENT;
      List<String> expected = layout == Level.NOTE ? NOTE_COLUMNS : PATIENT_COLUMNS;
      checkHeader(file, header, expected, layout);
      int[] categoryColumns = new int[Category.values().length];
      for (Category c : Category.values()) {
        categoryColumns[c.ordinal()] = header.indexOf(c.column());
      }
      int patientColumn = header.indexOf("patient_id");
      int noteColumn = header.indexOf("note_id");
      Map<UnitKey, boolean[]> units = new LinkedHashMap<>();
      Map<UnitKey, Long> firstLine = new LinkedHashMap<>();
      for (CSVRecord record : parser) {
        // Header is line 1; icoder's coding files never have line breaks inside a cell.
        long line = record.getRecordNumber() + 1;
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        if (record.size() != header.size()) {
          throw new InputConfigurationException(file + ":" + line + ": " + record.size() + " cells, expected "
              + header.size() + " as in the header");
        }
        String patient = record.get(patientColumn).strip();
        if (patient.isEmpty()) {
          throw new InputConfigurationException(file + ":" + line + ": column patient_id is empty");
        }
        String note = "";
        if (layout == Level.NOTE) {
          note = record.get(noteColumn).strip();
          if (note.isEmpty()) {
            throw new InputConfigurationException(file + ":" + line + ": column note_id is empty");
          }
        }
        UnitKey key = new UnitKey(patient, note);
        boolean[] flags = new boolean[categoryColumns.length];
        for (Category c : Category.values()) {
          String cell = record.get(categoryColumns[c.ordinal()]).strip();
          if (cell.equals("1")) {
            flags[c.ordinal()] = true;
          } else if (!cell.equals("0")) {
            throw new InputConfigurationException(file + ":" + line + ": column " + c.column() + ": '" + shorten(cell)
                + "' is not a code, expected 0 or 1");
          }
        }
        Long earlier = firstLine.putIfAbsent(key, line);
        if (earlier != null) {
          throw new InputConfigurationException(file + ":" + line + ": " + describe(key) + " appears again (first on line "
              + earlier + "); each unit must appear once");
        }
        units.put(key, flags);
      }
      return new CodingFile(file, layout, sha256(bytes), units);
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      if (e instanceof InputConfigurationException ice) {
        throw ice;
      }
      // commons-csv reports a malformed header or quoting this way.
      throw new InputConfigurationException(file + ": not a readable CSV coding file (" + e.getMessage() + ")");
    }
  }

  private static void checkHeader(Path file, List<String> header, List<String> expected, Level layout) {
    String expectation = " (a " + (layout == Level.NOTE ? "note-level file like note_codes.csv" : "patient-level file like patient_flags.csv")
        + "), expected the columns " + String.join(", ", expected);
    for (String h : header) {
      if (!expected.contains(h)) {
        throw new InputConfigurationException(file + ":1: unknown column '" + h + "'" + expectation);
      }
    }
    for (String e : expected) {
      if (!header.contains(e) && !OPTIONAL.contains(e)) {
        throw new InputConfigurationException(file + ":1: missing column '" + e + "'" + expectation);
      }
    }
  }

  private static String describe(UnitKey key) {
    return key.noteId().isEmpty() ? "patient " + key.patientId() : "note " + key.patientId() + "/" + key.noteId();
  }

  private static String shorten(String cell) {
    return cell.length() <= 20 ? cell : cell.substring(0, 20) + "...";
  }

  private static String decode(Path file, byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InputConfigurationException(file + ": not UTF-8 text; coding files are icoder's UTF-8 CSV outputs");
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
