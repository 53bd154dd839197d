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
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

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
  /** "Patient: X", "Patient-ID: X", "Personnummer: X", "Personnr X", "Pat.nr: X", "MRN: X". */
  private static final Pattern PATIENT_LINE = Pattern.compile(
      "(?:patient(?:[- ]?id)?|pat[- ]?id|personnummer|personnr|pers\\.?\\s*nr|pnr|pat(?:ient)?\\.?\\s*nr|mrn)"
          + "(?:\\s*[:=]\\s*(\\S.*)|\\s+(\\S*\\d\\S*))",
      Pattern.CASE_INSENSITIVE);
  /** An identifier label anywhere in a short line: "Namn: A. Andersson   Personnr: 19121212-1212". */
  private static final Pattern ID_LABEL_IN_LINE = Pattern.compile(
      "(?:^|\\s)(?:personnummer|personnr|pers\\.?\\s*nr|pnr|mrn|patient[- ]?id|pat[- ]?id)\\s*[:=]?\\s*(\\S*\\d\\S*)",
      Pattern.CASE_INSENSITIVE);
  /** A Swedish personnummer (10 or 12 digits, with or without - or +) at the start of a line of its own. */
  private static final Pattern PERSONNUMMER_LINE = Pattern.compile("((?:\\d{8}|\\d{6})[-+]\\d{4}|\\d{12})(?:\\s+\\D.*)?");
  private static final Pattern PERSONNUMMER = Pattern.compile("(?<!\\d)((?:\\d{8}|\\d{6})[-+]\\d{4}|\\d{12})(?!\\d)");
  /**
   * A note heading: optional "Datum:" label or weekday, the date (2024-03-05, 2024/03/05, 05.03.2024,
   * 5/3/2024), optional time ("14:30", "kl. 14.30", "14:30:00", "14:30-1445", "Tid: 14:30"), then
   * the note type and author after a space, comma, dash or bar.
   */
  private static final Pattern NOTE_START = Pattern.compile(
      "(?:(datum|date|besöksdatum|anteckningsdatum|kontaktdatum)\\s*:\\s*)?"
          + "(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tue|wed|thu|fri|sat|sun)?\\.?,?\\s*"
          + "(\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})"
          + "(?:[ T,]+(?:kl\\.?\\s*|tid\\s*:\\s*|time\\s*:\\s*)?(\\d{1,2}[:.]\\d{2})(?::\\d{2})?(?:\\s*-\\s*\\d{1,2}[:.]?\\d{2})?)?"
          + "(?:\\s*[,;|\u2013-]?\\s+(.*)|\\s*[,;|])?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Lines a record system prints about a note, not in it: signing and printing stamps. */
  private static final Pattern STAMP = Pattern.compile(
      "(?:signerad|osignerad|vidimerad|utskriven|dikterad|signed|printed|countersigned|journalkopia|journalutdrag"
          + "|sekretess)\\b.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Page headers and footers of a printed record: "Sida 2 (4)", "Page 2 of 4", "Utskriven 2024-06-01 av ...". */
  private static final Pattern PAGE_FURNITURE = Pattern.compile(
      "(?:utskriven|utskrivet|utskriftsdatum|printed)\\b.*|.*\\b(?:sida|page)\\s+\\d+\\s*(?:\\(\\d+\\)|/\\s*\\d+|av\\s+\\d+|of\\s+\\d+)\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** "Anteckningstyp: Återbesök" / "Signatur: A.B." lines right after a heading. */
  private static final Pattern TYPE_LINE = Pattern.compile(
      "(?:anteckningstyp|anteckningsmall|sökord|kontakttyp|besökstyp|note type|type|typ)\\s*:\\s*(.*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AUTHOR_LINE = Pattern.compile(
      "(?:signatur|signerad av|författare|vårdgivare|yrkesroll|author|clinician|signed by)\\s*:\\s*(.*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TIME_LINE = Pattern.compile(
      "(?:tid|time|klockslag|kl)\\.?\\s*:?\\s*\\d{1,2}[:.]\\d{2}.*", Pattern.CASE_INSENSITIVE);
  /** First words of a heading's rest that name a note type: such a line opens a note even without a time. */
  private static final Pattern NOTE_TYPE_WORD = Pattern.compile(
      "(?:återbesök|nybesök|besök|besöksanteckning|anteckning|journalanteckning|telefon|tel|telefonkontakt"
          + "|epikris|behandling|gruppbehandling|grupp|fysioterapi|sjukgymnastik|bedömning|uppföljning|kontakt"
          + "|visit|treatment|follow-up|follow|review|assessment|initial|discharge|phone|telephone|progress|note"
          + "|session|group|class)\\b.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public void read(InputFile file, ExportSink sink) throws IOException {
    String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".docx") || name.endsWith(".doc")) {
      parse(file, wordLines(file, name).iterator(), sink);
    } else {
      // Text printouts stream line by line: a printout of a whole clinic need not fit in memory.
      try (BufferedReader reader = file.openText()) {
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
    String lastAuthor = null;
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
      if (PAGE_FURNITURE.matcher(stripped).matches()) {
        previousBlank = afterBlank; // invisible: a page break between two lines is not a blank line
        continue;
      }
      String patientId = patientIdOf(stripped);
      if (patientId != null) {
        notes += flush(current, file, sink);
        current = null;
        lastAuthor = null;
        patient = patientId;
        continue;
      }
      Matcher n = NOTE_START.matcher(stripped);
      if (n.matches()) {
        String rest = n.group(4) == null ? "" : n.group(4).strip();
        if (STAMP.matcher(rest).matches()) {
          continue; // "2024-03-05 14:59 Signerad av A.B." closes a note; it is not one
        }
        // A date at the start of a body line ("2023-11-02 röntgen visade ...") is text, not a new
        // note: a heading has a time or a "Datum:" label, opens the patient's block, follows a
        // blank line, or names a note type or the previous note's author.
        boolean heading = n.group(3) != null || n.group(1) != null || current == null || afterBlank
            || (rest.length() <= 120 && (NOTE_TYPE_WORD.matcher(rest).matches()
                || (lastAuthor != null && !lastAuthor.isEmpty() && rest.endsWith(lastAuthor))));
        if (heading) {
          notes += flush(current, file, sink);
          current = new NoteBuilder(i + 1, patient != null ? patient : defaultPatient, n.group(2), rest);
          lastAuthor = current.author;
          continue;
        }
      }
      if (current != null) {
        if (current.text.length() == 0) {
          // Between the heading and the text: label lines some systems print, and blank lines.
          Matcher t = TYPE_LINE.matcher(stripped);
          Matcher a = AUTHOR_LINE.matcher(stripped);
          if (t.matches()) {
            current.type = t.group(1).strip();
          } else if (a.matches()) {
            current.author = a.group(1).strip();
            lastAuthor = current.author;
          } else if (!stripped.isEmpty() && !TIME_LINE.matcher(stripped).matches()) {
            current.text.append(line).append('\n');
          }
          continue;
        }
        current.text.append(line).append('\n');
      }
    }
    notes += flush(current, file, sink);
    if (notes == 0) {
      sink.reject(new Reject(SourceRef.line(file.displayName(), 1), RejectReason.UNREADABLE_FILE,
          "no note found: expected lines starting with a date (YYYY-MM-DD)"));
    }
  }

  /** The patient id a line introduces, or null when it is not a patient line. */
  static String patientIdOf(String line) {
    if (line.isEmpty() || line.length() > 200) {
      return null;
    }
    Matcher p = PATIENT_LINE.matcher(line);
    if (p.matches()) {
      String value = (p.group(1) != null ? p.group(1) : p.group(2)).strip();
      Matcher embedded = ID_LABEL_IN_LINE.matcher(value);
      if (embedded.find()) {
        return embedded.group(1); // "Patient: Anna A.  Personnr: 19121212-1212"
      }
      Matcher pnr = PERSONNUMMER.matcher(value);
      return pnr.find() ? pnr.group(1) : value;
    }
    Matcher pnrLine = PERSONNUMMER_LINE.matcher(line);
    if (pnrLine.matches()) {
      return pnrLine.group(1);
    }
    if (line.length() <= 150 && !NOTE_START.matcher(line).matches()) {
      Matcher labelled = ID_LABEL_IN_LINE.matcher(line);
      if (labelled.find() && labelled.group(1).length() >= 4) {
        return labelled.group(1); // "Namn: Test Testsson   Personnr: 19121212-1212", "Patient Name: X  MRN: 123"
      }
    }
    return null;
  }

  private int flush(NoteBuilder b, InputFile file, ExportSink sink) {
    if (b == null) {
      return 0;
    }
    NoteValidator.emit(new RawNote(SourceRef.line(file.displayName(), b.line), b.patient, null, b.date,
        b.type, b.author, b.text.toString().strip()), file.displayName(), sink);
    return 1;
  }

  private static List<String> wordLines(InputFile file, String name) throws IOException {
    List<String> lines = new ArrayList<>();
    if (name.endsWith(".docx")) {
      try (InputStream in = Files.newInputStream(file.path()); XWPFDocument doc = new XWPFDocument(in)) {
        // Body order matters: some systems print the notes as a table (Datum | Typ | Text).
        for (IBodyElement element : doc.getBodyElements()) {
          if (element instanceof XWPFParagraph paragraph) {
            addSplit(lines, paragraph.getText());
          } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
              List<String> cells = new ArrayList<>();
              for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().strip());
              }
              tableRowLines(lines, cells);
            }
          }
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

  /**
   * One table row as printout lines: a row with a date in its first two cells becomes a note heading
   * (date, time, the other short cells) followed by its longest cell as the text; a row naming the
   * patient becomes a patient line; a header row (Datum | Typ | Text) is dropped; anything else is text.
   */
  static void tableRowLines(List<String> lines, List<String> cells) {
    int dateCell = -1;
    for (int i = 0; i < Math.min(2, cells.size()); i++) {
      if (DateParser.parse(cells.get(i)).isPresent() || NOTE_START.matcher(cells.get(i)).matches()) {
        dateCell = i;
        break;
      }
    }
    if (dateCell >= 0 && cells.size() > 1) {
      int textCell = -1;
      for (int i = 0; i < cells.size(); i++) {
        if (i != dateCell && (textCell < 0 || cells.get(i).length() > cells.get(textCell).length())) {
          textCell = i;
        }
      }
      StringBuilder heading = new StringBuilder(cells.get(dateCell).replace('\n', ' '));
      String sep = " ";
      for (int i = 0; i < cells.size(); i++) {
        String c = cells.get(i).replace('\n', ' ').strip();
        if (i == dateCell || i == textCell || c.isEmpty()) {
          continue;
        }
        boolean time = c.matches("(?:kl\\.?\\s*)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?");
        heading.append(time ? " " : sep).append(c);
        if (!time) {
          sep = ", ";
        }
      }
      lines.add("");
      lines.add(heading.toString());
      addSplit(lines, cells.get(textCell));
      return;
    }
    String joined = String.join("  ", cells).replace('\n', ' ').strip();
    if (patientIdOf(joined) != null) {
      lines.add(joined);
      return;
    }
    boolean headerRow = !cells.isEmpty() && cells.stream().allMatch(c -> c.length() <= 30 && !c.matches(".*\\d.*"));
    if (!headerRow) {
      for (String c : cells) {
        addSplit(lines, c);
      }
    }
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
    String type;
    String author;
    final StringBuilder text = new StringBuilder();

    /** @param heading what follows the date and time: "Besöksanteckning, Leg. fysioterapeut A.B." */
    NoteBuilder(int line, String patient, String date, String heading) {
      this.line = line;
      this.patient = patient;
      this.date = date;
      String h = heading.strip();
      int split = h.indexOf(',');
      if (split < 0) {
        split = h.indexOf(" - ");
      }
      if (split >= 0) {
        type = h.substring(0, split).strip();
        author = h.substring(h.charAt(split) == ',' ? split + 1 : split + 3).strip();
      } else {
        type = h;
        author = "";
      }
    }
  }
}
