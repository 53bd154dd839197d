package org.icoder.code;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVPrinter;
import org.icoder.ingest.Note;
import org.icoder.ingest.Reject;
import org.icoder.lexicon.Category;

/**
 * The files of one coding run, in their stable layouts: note_codes.csv, evidence.csv and
 * rejects.csv while notes stream past, then patient_flags.csv and manifest.json at the end. All go
 * through {@link OutputFiles}, so none appears before the run has succeeded.
 */
final class RunOutputs implements AutoCloseable {
  static final String PATIENT_FLAGS = "patient_flags.csv";
  static final String NOTE_CODES = "note_codes.csv";
  static final String EVIDENCE = "evidence.csv";
  static final String REJECTS = "rejects.csv";
  static final String MANIFEST = "manifest.json";

  static final List<String> NOTE_CODES_HEADER;
  static final List<String> REJECTS_HEADER = List.of("file", "unit", "position", "reason", "detail");

  static {
    List<String> h = new ArrayList<>(List.of("patient_id", "note_id", "date"));
    h.addAll(Category.columns());
    NOTE_CODES_HEADER = List.copyOf(h);
  }

  private final OutputFiles out;
  private final CSVPrinter noteCodes;
  private final CSVPrinter evidence;
  private final CSVPrinter rejects;

  RunOutputs(OutputFiles out) throws IOException {
    this.out = out;
    this.noteCodes = out.csv(NOTE_CODES, NOTE_CODES_HEADER);
    this.evidence = out.csv(EVIDENCE, EVIDENCE_HEADER);
    this.rejects = out.csv(REJECTS, REJECTS_HEADER);
  }

  static final List<String> EVIDENCE_HEADER = List.of("patient_id", "note_id", "date", "category", "entry_id",
      "matched_text", "sentence", "start", "end", "section", "modifier", "trigger_id", "counted", "source", "reason");

  /** A coded note's row in note_codes.csv and its rows in evidence.csv (writer thread). */
  void note(CodedNote coded) throws IOException {
    writeNote(noteCodes, coded);
    writeEvidence(evidence, coded);
  }

  /** A reject's row in rejects.csv (reader thread). */
  void reject(Reject r) {
    writeReject(rejects, r);
  }

  void flush() throws IOException {
    noteCodes.flush();
    evidence.flush();
    rejects.flush();
  }

  @Override
  public void close() throws IOException {
    try (noteCodes; evidence; rejects) {
      // closes all three, even if one fails
    }
  }

  private static void writeNote(CSVPrinter p, CodedNote coded) throws IOException {
    Note n = coded.note();
    List<Object> row = new ArrayList<>(16);
    row.add(n.patientId());
    row.add(n.noteId());
    row.add(n.date().toString());
    for (Category c : Category.values()) {
      row.add(coded.has(c) ? "1" : "0");
    }
    p.printRecord(row);
  }

  private static void writeEvidence(CSVPrinter p, CodedNote coded) throws IOException {
    Note n = coded.note();
    for (Evidence e : coded.evidence()) {
      p.printRecord(n.patientId(), n.noteId(), n.date().toString(), e.category().column(), e.entryId(),
          e.matchedText(), e.sentence(), e.start(), e.end(), e.section(), e.modifier().label(), e.triggerId(),
          e.counted() ? "yes" : "no", e.source().label(), e.reason());
    }
  }

  private static void writeReject(CSVPrinter p, Reject r) {
    try {
      p.printRecord(r.source().file(), r.source().unit().label(), r.source().position(), r.reason().label(), r.detail());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** patient_flags.csv from the run's per-patient tallies; returns the number of patients per category. */
  Map<Category, Integer> patientFlags(TreeMap<String, PatientTally> patients) throws IOException {
    List<String> header = new ArrayList<>();
    header.add("patient_id");
    header.addAll(Category.columns());
    header.addAll(List.of("n_notes", "first_date", "last_date", "n_categories"));
    Map<Category, Integer> with = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      with.put(c, 0);
    }
    try (CSVPrinter p = out.csv(PATIENT_FLAGS, header)) {
      for (Map.Entry<String, PatientTally> e : patients.entrySet()) {
        PatientTally t = e.getValue();
        List<Object> row = new ArrayList<>(16);
        row.add(e.getKey());
        int categories = 0;
        for (Category c : Category.values()) {
          boolean has = (t.flags & CodedNote.bit(c)) != 0;
          row.add(has ? "1" : "0");
          if (has) {
            with.merge(c, 1, Integer::sum);
            if (c != Category.HOME_EXERCISE) categories++;
          }
        }
        row.add(t.notes);
        row.add(t.first.toString());
        row.add(t.last.toString());
        row.add(categories);
        p.printRecord(row);
      }
    }
    return with;
  }

  /** manifest.json: what produced these files and what went in, with counts that add up. */
  void manifest(String toolVersion, CodingResources resources, Map<String, Object> settings, Pipeline.RunResult result)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", "icoder");
    m.put("tool_version", toolVersion);
    m.put("lexicon_sha256", resources.lexiconHash());
    m.put("lexicon_source", resources.lexiconSource());
    m.put("settings", settings);
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (Pipeline.InputCounts c : result.inputs()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("file", c.file());
      i.put("sha256", c.sha256());
      i.put("bytes", c.bytes());
      i.put("notes", counts(c.read(), c.coded(), c.rejected()));
      inputs.add(i);
    }
    m.put("inputs", inputs);
    m.put("notes", counts(result.read(), result.coded(), result.rejected()));
    m.put("patients", result.patients());
    // Each output's SHA-256 beside the lexicon's: a file copied away from its folder can still be
    // checked against the run (and the lexicon) that wrote it.
    List<Map<String, Object>> outputs = new ArrayList<>();
    for (String name : List.of(PATIENT_FLAGS, NOTE_CODES, EVIDENCE, REJECTS)) {
      OutputFiles.Fingerprint f = out.fingerprint(name);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("file", name);
      o.put("sha256", f.sha256());
      o.put("bytes", f.bytes());
      outputs.add(o);
    }
    m.put("outputs", outputs);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (Writer w = out.open(MANIFEST)) {
      json.writeValue(w, m);
    }
  }

  private static Map<String, Object> counts(long read, long coded, long rejected) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("read", read);
    n.put("coded", coded);
    n.put("rejected", rejected);
    return n;
  }
}
