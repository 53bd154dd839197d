package org.icoder.agree;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icoder.lexicon.Category;

/**
 * One coder's (or icoder's) 0/1 codes for the eleven category columns, per unit, in file order.
 * {@code layout} is what the file holds; {@link #atPatientLevel} turns notes into patients.
 */
public record CodingFile(Path path, Level layout, String sha256, Map<UnitKey, boolean[]> units) {
  public CodingFile {
    if (path == null || layout == null || sha256 == null || units == null) {
      throw new IllegalArgumentException("a coding file needs a path, layout, hash and units");
    }
    for (Map.Entry<UnitKey, boolean[]> e : units.entrySet()) {
      if (e.getValue().length != Category.values().length) {
        throw new IllegalArgumentException(path + ": unit " + e.getKey() + " has " + e.getValue().length
            + " codes, expected " + Category.values().length);
      }
      if ((layout == Level.PATIENT) != e.getKey().noteId().isEmpty()) {
        throw new IllegalArgumentException(path + ": unit " + e.getKey() + " does not fit layout " + layout.label());
      }
    }
    units = Collections.unmodifiableMap(new LinkedHashMap<>(units));
  }

  /**
   * The file at patient level: a patient has a category when any of their notes has it, as in
   * {@code patient_flags.csv}.
   */
  public CodingFile atPatientLevel() {
    if (layout == Level.PATIENT) {
      return this;
    }
    Map<UnitKey, boolean[]> patients = new LinkedHashMap<>();
    for (Map.Entry<UnitKey, boolean[]> e : units.entrySet()) {
      boolean[] flags = patients.computeIfAbsent(UnitKey.patient(e.getKey().patientId()),
          k -> new boolean[Category.values().length]);
      for (int c = 0; c < flags.length; c++) {
        flags[c] |= e.getValue()[c];
      }
    }
    return new CodingFile(path, Level.PATIENT, sha256, patients);
  }
}
