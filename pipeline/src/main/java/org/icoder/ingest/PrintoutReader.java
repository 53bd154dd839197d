package org.icoder.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Reads journal printouts ({@code .txt}, {@code .docx}, {@code .doc}): one or more patients per
 * file; a {@code Patient:}/{@code Patient-ID:}/{@code Personnummer:} line starts a patient (else the
 * file name is the patient id); each note starts at a line beginning with its date, optionally
 * followed by a time, the note type and the author. Such a line opens a note when it has a time,
 * is the first of the patient's block, or follows a blank line; otherwise it is note text.
 *
 * <pre>
 * Patient: P-17
 * 2024-03-05 14:30 Besöksanteckning, Leg. fysioterapeut A.B.
 * Åtgärd: Stabilitetsträning.      → Note(P-17, 2024-03-05, type "Besöksanteckning",
 *                                        author "Leg. fysioterapeut A.B.", text "Åtgärd: ...")
 * </pre>
 */
public final class PrintoutReader implements ExportReader {
  private static final Pattern PATIENT_LINE = Pattern.compile(
      "(?:patient(?:[- ]?id)?|personnummer|pnr|pat(?:ient)?\\.?\\s*nr)\\s*[:=]\\s*(\\S.*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOTE_START = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[ T]+(?:kl\\.?\\s*)?(\\d{1,2}[:.]\\d{2})(?::\\d{2})?)?(?:\\s+(.*))?");

  @Override
  public void read(InputFile file, ExportSink sink) throws IOException {
    String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".docx") || name.endsWith(".doc")) {
      parse(file, wordLines(file, name).iterator(), sink);
    } else {
      // Text printouts stream line by line: a printout of a whole clinic need not fit in memory.
      try (BufferedReader reader = Files.newBufferedReader(file.path(), file.charset())) {
        parse(file, reader.lines().iterator(), sink);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  private void parse(InputFile file, java.util.Iterator<String> lines, ExportSink sink) {
    String defaultPatient = stripExtension(file.path().getFileName().toString());
    String patient = null;
    NoteBuilder current = null;
    int notes = 0;
    boolean previousBlank = true;
    for (int i = 0; lines.hasNext(); i++) {
      String line = lines.next();
      if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      boolean afterBlank = previousBlank;
      previousBlank = line.isBlank();
      // Matched on the stripped line, so the patterns need no trailing-space handling (which can
      // backtrack badly on a line of 50,000 spaces).
      String stripped = line.length() > 2000 ? "" : line.strip();
      Matcher p = PATIENT_LINE.matcher(stripped);
      if (p.matches()) {
        notes += flush(current, file, sink);
        current = null;
        patient = p.group(1);
        continue;
      }
      Matcher n = NOTE_START.matcher(stripped);
      // A date at the start of a body line ("2023-11-02 röntgen visade ...") is text, not a new
      // note: a note heading has a time, or opens the patient's block, or follows a blank line.
      boolean heading = n.matches() && (n.group(2) != null || current == null || afterBlank);
      if (heading) {
        notes += flush(current, file, sink);
        current = new NoteBuilder(i + 1, patient != null ? patient : defaultPatient, n.group(1), n.group(3));
        continue;
      }
      if (current != null) {
        current.text.append(line).append('\n');
      }
    }
    notes += flush(current, file, sink);
    if (notes == 0) {
      sink.reject(new Reject(SourceRef.line(file.displayName(), 1), RejectReason.UNREADABLE_FILE,
          "no note found: expected lines starting with a date (YYYY-MM-DD)"));
    }
  }

  private int flush(NoteBuilder b, InputFile file, ExportSink sink) {
    if (b == null) {
      return 0;
    }
    String heading = b.heading == null ? "" : b.heading.strip();
    String type = heading;
    String author = "";
    int split = heading.indexOf(',');
    if (split < 0) {
      split = heading.indexOf(" - ");
    }
    if (split >= 0) {
      type = heading.substring(0, split).strip();
      author = heading.substring(heading.charAt(split) == ',' ? split + 1 : split + 3).strip();
    }
    NoteValidator.emit(new RawNote(SourceRef.line(file.displayName(), b.line), b.patient, null, b.date,
        type, author, b.text.toString().strip()), file.displayName(), sink);
    return 1;
  }

  private static List<String> wordLines(InputFile file, String name) throws IOException {
    List<String> lines = new ArrayList<>();
    if (name.endsWith(".docx")) {
      try (InputStream in = Files.newInputStream(file.path()); XWPFDocument doc = new XWPFDocument(in)) {
        for (XWPFParagraph paragraph : doc.getParagraphs()) {
          addSplit(lines, paragraph.getText());
        }
      }
    } else {
      try (InputStream in = Files.newInputStream(file.path());
           HWPFDocument doc = new HWPFDocument(in);
           WordExtractor extractor = new WordExtractor(doc)) {
        for (String paragraph : extractor.getParagraphText()) {
          addSplit(lines, WordExtractor.stripFields(paragraph));
        }
      }
    }
    return lines;
  }

  private static void addSplit(List<String> lines, String text) {
    for (String l : text.split("\\r?\\n|\\r|\\u000B", -1)) {
      lines.add(l);
    }
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static final class NoteBuilder {
    final int line;
    final String patient;
    final String date;
    final String heading;
    final StringBuilder text = new StringBuilder();

    NoteBuilder(int line, String patient, String date, String heading) {
      this.line = line;
      this.patient = patient;
      this.date = date;
      this.heading = heading;
    }
  }
}
