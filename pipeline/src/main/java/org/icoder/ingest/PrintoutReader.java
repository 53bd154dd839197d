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
  private final DateOrder dateOrder;

  /** A reader for printouts whose three-number dates are written day first. */
  public PrintoutReader() {
    this(DateOrder.DAY_FIRST);
  }

  public PrintoutReader(DateOrder dateOrder) {
    this.dateOrder = dateOrder;
  }

  /** Labels that name a patient identifier wherever they stand in a line. */
  private static final String ID_LABELS =
      "personnummer|personnr|pers\\.?\\s*nr|pnr|mrn|patient[- ]?id|pat[- ]?id|nhs\\s*(?:number|no\\.?|nr)";
  /** "Patient: X", "Patient-ID: X", "Personnummer: X", "Personnr X", "Pat.nr: X", "MRN: X". */
  private static final Pattern PATIENT_LINE = Pattern.compile(
      "(?:patient|pat(?:ient)?\\.?\\s*nr|hospital\\s*(?:number|no\\.?)|" + ID_LABELS + ")"
          + "(?:\\s*[:=]\\s*(\\S.*)|\\s+(\\S*\\d\\S*))",
      Pattern.CASE_INSENSITIVE);
  /** An identifier label anywhere in a short line: "Namn: A. Andersson   Personnr: 19121212-1212". */
  private static final Pattern ID_LABEL_IN_LINE = Pattern.compile(
      "(?:^|\\s)(?:" + ID_LABELS + ")\\s*[:=]?\\s*(\\S*\\d\\S*(?:\\s\\d{3}\\s\\d{4})?)",
      Pattern.CASE_INSENSITIVE);
  /** Where a second field starts on a patient line: a tab, a run of spaces, or another "Label:". */
  private static final Pattern NEXT_FIELD = Pattern.compile("\\t|\\s{2,}|\\s+\\p{L}[\\p{L}.\\-]{0,20}(?:\\s\\p{L}+)?:\\s");
  /** A Swedish personnummer (10 or 12 digits, with or without - or +) at the start of a line of its own. */
  private static final Pattern PERSONNUMMER_LINE = Pattern.compile("((?:\\d{8}|\\d{6})[-+]\\d{4}|\\d{12})(?:\\s+\\D.*)?");
  private static final Pattern PERSONNUMMER = Pattern.compile("(?<!\\d)((?:\\d{8}|\\d{6})[-+]\\d{4}|\\d{12})(?!\\d)");
  /**
   * A note heading: optional "Datum:" label or weekday, the date (2024-03-05, 2024/03/05, 05.03.2024,
   * 5/3/2024), optional time ("14:30", "kl. 14.30", "14:30:00", "14:30-1445", "Tid: 14:30"), then
   * the note type and author after a space, comma, dash or bar.
   */
  private static final Pattern NOTE_START = Pattern.compile(
      "(?:(datum|date|besöksdatum|anteckningsdatum|kontaktdatum)\\s*:\\s*|(?:anteckning|journalanteckning|note|entry"
          + "|consultation)\\s++)?"
          + "(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tue|wed|thu|fri|sat|sun)?\\.?,?\\s*"
          + "(\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}"
          + "|\\d{1,2}[ -](?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\\p{L}{0,6}\\.?[ -]\\d{4})"
          + "(?:[ T,]+(?:kl\\.?\\s*|tid\\s*:\\s*|time\\s*:\\s*)?(\\d{1,2}[:.]\\d{2})(?::\\d{2})?(?:\\s*-\\s*\\d{1,2}[:.]?\\d{2})?)?"
          // possessive, so that a long run of spaces cannot make the separator search backtrack
          + "(?:(?:\\s*+[,;|\u2013-]\\s*+|\\s++)(.*)|\\s*+[,;|])?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  /** Lines a record system prints about a note, not in it: signing and printing stamps. */
  private static final Pattern STAMP = Pattern.compile(
      "(?:signerad|osignerad|vidimerad|utskriven|dikterad|signed|printed|countersigned|journalkopia|journalutdrag"
          + "|sekretess)\\b.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * Page headers and footers of a printed record: "Sida 2 (4)", "Page 2 of 4", "Utskriven 2024-06-01
   * av ...", "Printed on 2024-06-01". Only with a date: "Utskriven från ortopeden" is note text.
   */
  private static final Pattern PAGE_FURNITURE = Pattern.compile(
      "(?:utskriven|utskrivet|utskriftsdatum|printed)\\s*+(?:den|on|:)?\\s*+\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}.*"
          + "|.{0,200}?\\b(?:sida|page)\\s++\\d++\\s*+(?:\\(\\d++\\)|/\\s*+\\d++|av\\s++\\d++|of\\s++\\d++)\\s*+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  /** "Anteckningstyp: Återbesök" / "Signatur: A.B." lines right after a heading. */
  private static final Pattern TYPE_LINE = Pattern.compile(
      "(?:anteckningstyp|anteckningsmall|sökord|kontakttyp|besökstyp|note type|type|typ)\\s*:\\s*(.*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AUTHOR_LINE = Pattern.compile(
      "(?:signatur|signerad av|författare|vårdgivare|yrkesroll|author|clinician|signed by)\\s*:\\s*(.*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TIME_LINE = Pattern.compile(
      "(?:tid|time|klockslag|kl)\\.?\\s*:?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*", Pattern.CASE_INSENSITIVE);
  /**
   * First words of a heading's rest that name a note type: such a line opens a note even without a
   * time, when the type is all of the rest or stands before the author ("Återbesök, A.B.").
   */
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
      parse(file, wordLines(file, name, dateOrder).iterator(), sink);
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
      if (patientId != null && patientId.equals(patient) && current != null) {
        continue; // the patient line repeated at the top of each page: the note goes on
      }
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
            || (rest.length() <= 120 && (namesNoteType(rest)
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
          } else if (!line.isBlank() && !TIME_LINE.matcher(stripped).matches()) {
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

  /**
   * True when a heading's rest starts with a note type that is all of it or stands before the author
   * ("Återbesök", "Återbesök, A.B.", "Initial assessment - C.D."), not a sentence that begins with
   * such a word ("behandling med TENS på vårdcentralen").
   */
  static boolean namesNoteType(String rest) {
    int cut = rest.length();
    for (String sep : new String[] {",", ";", "|", " - ", "\u2013"}) {
      int at = rest.indexOf(sep);
      if (at >= 0 && at < cut) {
        cut = at;
      }
    }
    String type = rest.substring(0, cut).strip();
    return !type.isEmpty() && type.split("\\s+").length <= (cut < rest.length() ? 4 : 2)
        && NOTE_TYPE_WORD.matcher(type).matches();
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
      if (pnr.find()) {
        return pnr.group(1);
      }
      // "Personnummer: D21-07          Namn: A. Andersson": the id ends where the next field begins
      return NEXT_FIELD.split(value, 2)[0].strip();
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
        b.type, b.author, b.text.toString().strip()), file.displayName(), dateOrder, sink);
    return 1;
  }

  private static List<String> wordLines(InputFile file, String name, DateOrder dateOrder) throws IOException {
    List<String> lines = new ArrayList<>();
    if (name.endsWith(".docx")) {
      try (InputStream in = Files.newInputStream(file.path()); XWPFDocument doc = new XWPFDocument(in)) {
        // Body order matters: some systems print the notes as a table (Datum | Typ | Text).
        for (IBodyElement element : doc.getBodyElements()) {
          if (element instanceof XWPFParagraph paragraph) {
            addSplit(lines, paragraph.getText());
          } else if (element instanceof XWPFTable table) {
            TableColumns columns = null;
            boolean first = true;
            for (XWPFTableRow row : table.getRows()) {
              List<String> cells = new ArrayList<>();
              for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().strip());
              }
              if (first) {
                first = false;
                columns = TableColumns.of(cells);
                if (columns != null) {
                  continue; // the table's header row (Datum | Typ | Anteckning)
                }
              }
              tableRowLines(lines, cells, columns, dateOrder);
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

  /** Which cell of a Word table holds what, from its header row (Datum | Tid | Typ | Signatur | Anteckning). */
  record TableColumns(int date, int time, int type, int author, int text) {
    static TableColumns of(List<String> header) {
      int date = -1, time = -1, type = -1, author = -1, text = -1;
      for (int i = 0; i < header.size(); i++) {
        String cell = header.get(i);
        String key = Column.headerKey(cell);
        if (date < 0 && Column.DATE.recognises(cell)) {
          date = i;
        } else if (time < 0 && (key.equals("tid") || key.equals("time") || key.equals("klockslag"))) {
          time = i;
        } else if (type < 0 && Column.TYPE.recognises(cell)) {
          type = i;
        } else if (author < 0 && Column.AUTHOR.recognises(cell)) {
          author = i;
        } else if (text < 0 && Column.TEXT.recognises(cell)) {
          text = i;
        }
      }
      return date >= 0 && text >= 0 ? new TableColumns(date, time, type, author, text) : null;
    }

    private static String cell(List<String> cells, int i) {
      return i >= 0 && i < cells.size() ? cells.get(i).replace('\n', ' ').strip() : "";
    }
  }

  /** Cells longer than this are note text, never a date: keeps pattern matching cheap on huge cells. */
  private static final int MAX_DATE_CELL = 60;

  /**
   * One table row as printout lines. With a recognised header row, its columns say which cell is the
   * date, time, type, author and text. Without one, a row with a date in its first two cells becomes a
   * note heading with its longest cell as the text. A row naming the patient becomes a patient line;
   * any other row (a continuation) is text.
   */
  static void tableRowLines(List<String> lines, List<String> cells, TableColumns columns, DateOrder dateOrder) {
    int dateCell = -1;
    if (columns != null) {
      dateCell = isoDate(TableColumns.cell(cells, columns.date()), dateOrder) != null ? columns.date() : -1;
    } else {
      for (int i = 0; i < Math.min(2, cells.size()); i++) {
        if (isoDate(cells.get(i), dateOrder) != null) {
          dateCell = i;
          break;
        }
      }
    }
    if (dateCell >= 0 && cells.size() > 1) {
      int textCell = columns != null ? columns.text() : -1;
      if (textCell < 0) {
        for (int i = 0; i < cells.size(); i++) {
          if (i != dateCell && (textCell < 0 || cells.get(i).length() > cells.get(textCell).length())) {
            textCell = i;
          }
        }
      }
      // The heading is written in the form the printout reader knows, whatever the cells held.
      StringBuilder heading = new StringBuilder(isoDate(cells.get(dateCell), dateOrder));
      if (columns != null) {
        String time = TableColumns.cell(cells, columns.time());
        String type = TableColumns.cell(cells, columns.type());
        String author = TableColumns.cell(cells, columns.author());
        if (time.matches("(?:kl\\.?\\s*)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?")) {
          heading.append(' ').append(time.replaceAll("^kl\\.?\\s*", ""));
        }
        heading.append(' ').append(type.isEmpty() ? "Anteckning" : type);
        if (!author.isEmpty()) {
          heading.append(", ").append(author);
        }
        lines.add("");
        lines.add(heading.toString());
        addSplit(lines, TableColumns.cell(cells, columns.text()).isEmpty() ? "" : cells.get(columns.text()));
        return;
      }
      String sep = " ";
      for (int i = 0; i < cells.size(); i++) {
        String c = TableColumns.cell(cells, i);
        if (i == dateCell || i == textCell || c.isEmpty() || c.length() > 120) {
          continue;
        }
        boolean time = c.matches("(?:kl\\.?\\s*)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?");
        heading.append(time ? " " : sep).append(time ? c.replaceAll("^kl\\.?\\s*", "") : c);
        if (!time) {
          sep = ", ";
        }
      }
      lines.add("");
      lines.add(heading.toString());
      addSplit(lines, textCell < cells.size() ? cells.get(textCell) : "");
      return;
    }
    String joined = String.join("  ", cells).replace('\n', ' ').strip();
    if (joined.length() <= 200 && patientIdOf(joined) != null) {
      lines.add(joined);
      return;
    }
    for (String c : cells) {
      if (!c.isBlank()) {
        addSplit(lines, c);
      }
    }
  }

  /** The cell's date as YYYY-MM-DD, or null when the (short) cell is not a date. */
  private static String isoDate(String cell, DateOrder dateOrder) {
    String c = cell.strip();
    if (c.isEmpty() || c.length() > MAX_DATE_CELL) {
      return null;
    }
    Matcher n = NOTE_START.matcher(c);
    String date = n.matches() ? n.group(2) : c;
    return DateParser.parse(date, dateOrder).map(java.time.LocalDate::toString).orElse(null);
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
