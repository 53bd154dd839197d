package org.icoder.agree;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.icoder.ingest.InputConfigurationException;

/**
 * The counted evidence sentences from the {@code evidence.csv} files icoder wrote next to the coding
 * files, so that a reviewer sees why icoder said yes where a rater said no. Only rows with
 * {@code counted = yes} are kept; a sentence found twice is shown once.
 */
public final class EvidenceIndex {
  public static final EvidenceIndex NONE = new EvidenceIndex(List.of());
  private static final List<String> NEEDED = List.of("patient_id", "note_id", "category", "sentence", "counted");

  private final Map<String, Set<String>> byNote = new LinkedHashMap<>();
  private final Map<String, Set<String>> byPatient = new LinkedHashMap<>();
  private final List<Path> files;

  private EvidenceIndex(List<Path> files) {
    this.files = List.copyOf(files);
  }

  /** Reads {@code evidence.csv} beside each of {@code codingFiles} that has one (each folder once). */
  public static EvidenceIndex beside(List<Path> codingFiles) throws IOException {
    Set<Path> found = new LinkedHashSet<>();
    for (Path f : codingFiles) {
      // Keep the path as the user gave it (relative stays relative), so reports do not depend on the machine.
      Path parent = f.getParent();
      Path evidence = parent == null ? Path.of("evidence.csv") : parent.resolve("evidence.csv");
      if (evidence != null && Files.isRegularFile(evidence)) {
        found.add(evidence.normalize());
      }
    }
    EvidenceIndex index = new EvidenceIndex(new ArrayList<>(found));
    for (Path e : found) {
      index.read(e);
    }
    return index;
  }

  public List<Path> files() {
    return files;
  }

  /** The same evidence, reported under other file names (e.g. as seen from the repository root). */
  public EvidenceIndex named(List<Path> names) {
    if (names.size() != files.size()) {
      throw new IllegalArgumentException("one name per evidence file: " + files.size() + " files, " + names.size() + " names");
    }
    EvidenceIndex renamed = new EvidenceIndex(names);
    renamed.byNote.putAll(byNote);
    renamed.byPatient.putAll(byPatient);
    return renamed;
  }

  private void read(Path file) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(r, format)) {
      List<String> header = parser.getHeaderNames();
      for (String n : NEEDED) {
        if (!header.contains(n)) {
          throw new InputConfigurationException(file + ":1: missing column '" + n + "', expected icoder's evidence.csv "
              + "columns (patient_id, note_id, date, category, entry_id, matched_text, sentence, start, end, section, "
              + "modifier, trigger_id, counted, source, reason)");
        }
      }
      for (CSVRecord rec : parser) {
        if (!rec.isConsistent() || !"yes".equals(rec.get("counted"))) {
          continue;
        }
        String sentence = rec.get("sentence").strip();
        if (sentence.isEmpty()) {
          continue;
        }
        String patient = rec.get("patient_id");
        String category = rec.get("category");
        byNote.computeIfAbsent(key(patient, rec.get("note_id"), category), k -> new LinkedHashSet<>()).add(sentence);
        byPatient.computeIfAbsent(key(patient, "", category), k -> new LinkedHashSet<>()).add(sentence);
      }
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      if (e instanceof InputConfigurationException ice) {
        throw ice;
      }
      throw new InputConfigurationException(file + ": not a readable evidence.csv (" + e.getMessage() + ")");
    }
  }

  private static String key(String patient, String note, String category) {
    return patient + '\u0000' + note + '\u0000' + category;
  }

  /** The counted sentences for a unit and category joined with " | ", or empty. */
  public String sentences(UnitKey unit, String category) {
    Map<String, Set<String>> map = unit.noteId().isEmpty() ? byPatient : byNote;
    Set<String> s = map.get(key(unit.patientId(), unit.noteId(), category));
    return s == null ? "" : String.join(" | ", s);
  }
}
