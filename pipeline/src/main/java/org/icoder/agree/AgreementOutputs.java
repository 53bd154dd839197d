package org.icoder.agree;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.icoder.code.OutputFiles;

/**
 * Writes an agreement report into a folder: agreement.csv, agreement.json, agreement.xlsx,
 * agreement.html and disagreements.csv. All or none appear (temporary files moved into place at the
 * end), and the same inputs give the same bytes.
 */
public final class AgreementOutputs {
  public static final List<String> FILES =
      List.of("agreement.csv", "agreement.json", "agreement.xlsx", "agreement.html", "disagreements.csv");

  private AgreementOutputs() {}

  public static void write(AgreementReport report, EvidenceIndex evidence, String toolVersion, Path dir) throws IOException {
    OutputFiles out = new OutputFiles(dir);
    try {
      writeCsv(report, out);
      writeJson(report, evidence, toolVersion, out);
      try (OutputStream os = out.openBytes("agreement.xlsx")) {
        AgreementWorkbook.write(report, os);
      }
      try (Writer w = out.open("agreement.html")) {
        AgreementHtml.write(report, w);
      }
      writeDisagreements(report, evidence, out);
      out.commit();
    } catch (IOException | RuntimeException | Error e) {
      out.abandon();
      throw e;
    }
  }

  private static void writeCsv(AgreementReport report, OutputFiles out) throws IOException {
    List<String> header = report.columns().stream().map(AgreementColumn::column).toList();
    try (CSVPrinter csv = out.csv("agreement.csv", header)) {
      for (AgreementRow row : report.rows()) {
        List<String> cells = new ArrayList<>();
        for (AgreementColumn c : report.columns()) {
          cells.add(switch (c) {
            case CATEGORY -> row.category();
            case NOTES -> row.notes();
            default -> Cells.text(c, row.get(c));
          });
        }
        csv.printRecord(cells);
      }
    }
  }

  private static void writeJson(AgreementReport report, EvidenceIndex evidence, String toolVersion, OutputFiles out)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", "icoder");
    m.put("tool_version", toolVersion);
    m.put("command", "agree");
    m.put("level", report.level().label());
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (int i = 0; i < report.inputs().size(); i++) {
      AgreementReport.Input in = report.inputs().get(i);
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("position", i + 1);
      j.put("role", i == 0 ? "reference" : i == 1 ? "compared" : "additional rater");
      j.put("file", in.path().toString());
      j.put("sha256", in.sha256());
      j.put("layout", in.layout().label());
      j.put("units", in.units());
      inputs.add(j);
    }
    m.put("inputs", inputs);
    m.put("units", report.units());
    m.put("pairwise_measures", "between the first two files, on the units both contain; the first file is the "
        + "reference for sensitivity, specificity, ppv, npv and f1");
    m.put("pooling", AgreementReport.POOLING);
    m.put("mcnemar", AgreementReport.MCNEMAR);
    m.put("kappa_ci", "kappa +/- " + String.format(java.util.Locale.ROOT, "%.6f", AgreementAnalysis.Z_95)
        + " * kappa_se (normal approximation; SE of Fleiss, Cohen & Everitt 1969, not assuming kappa = 0)");
    if (report.bootstrapReplicates() > 0) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("replicates", report.bootstrapReplicates());
      b.put("seed", report.seed());
      b.put("method", "percentile (2.5% and 97.5%, linear interpolation), resampling patients with replacement; "
          + "java.util.Random with the seed");
      m.put("bootstrap", b);
    } else {
      m.put("bootstrap", null);
    }
    m.put("evidence_files", evidence.files().stream().map(Path::toString).toList());
    m.put("columns", report.columns().stream().map(AgreementColumn::column).toList());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AgreementRow row : report.rows()) {
      Map<String, Object> r = new LinkedHashMap<>();
      for (AgreementColumn c : report.columns()) {
        r.put(c.column(), switch (c) {
          case CATEGORY -> row.category();
          case NOTES -> row.notes();
          default -> Cells.decimal(c, row.get(c));
        });
      }
      rows.add(r);
    }
    m.put("rows", rows);
    m.put("disagreements", report.disagreements().size());
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    try (Writer w = out.open("agreement.json")) {
      json.writeValue(w, m);
    }
  }

  private static void writeDisagreements(AgreementReport report, EvidenceIndex evidence, OutputFiles out)
      throws IOException {
    List<String> header = new ArrayList<>(List.of("patient_id", "note_id", "category"));
    for (int i = 1; i <= report.inputs().size(); i++) {
      header.add("value_" + i);
    }
    header.add("evidence");
    try (CSVPrinter csv = out.csv("disagreements.csv", header)) {
      for (Disagreement d : report.disagreements()) {
        List<String> cells = new ArrayList<>(List.of(d.unit().patientId(), d.unit().noteId(), d.category().column()));
        for (Boolean v : d.values()) {
          cells.add(v == null ? "" : v ? "1" : "0");
        }
        cells.add(evidence.sentences(d.unit(), d.category().column()));
        csv.printRecord(cells);
      }
    }
  }
}
