package org.icoder.ingest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The one place where a reader's raw fields become a note or a reject, so every format applies the
 * same rules. A missing note id is derived from the file name and position, which stays stable as
 * long as the export does.
 */
final class NoteValidator {
  private NoteValidator() {}

  static void emit(RawNote raw, String fileName, DateOrder dateOrder, ExportSink sink) {
    SourceRef src = raw.source();
    String patient = patientId(raw.patientId());
    if (patient.isEmpty()) {
      sink.reject(new Reject(src, RejectReason.MISSING_PATIENT_ID, "patient id is empty"));
      return;
    }
    String dateText = clean(raw.date());
    if (dateText.isEmpty()) {
      sink.reject(new Reject(src, RejectReason.MISSING_DATE, "date is empty"));
      return;
    }
    Optional<LocalDate> date = DateParser.parse(dateText, dateOrder);
    if (date.isEmpty()) {
      sink.reject(new Reject(src, RejectReason.UNPARSEABLE_DATE, describeDate(dateText, dateOrder)));
      return;
    }
    String text = raw.text() == null ? "" : raw.text();
    if (text.isBlank()) {
      sink.reject(new Reject(src, RejectReason.EMPTY_TEXT, "note text is empty"));
      return;
    }
    String noteId = clean(raw.noteId());
    if (noteId.isEmpty()) {
      noteId = fileName + "#" + src.position();
    }
    sink.accept(new Note(src, patient, noteId, date.get(), clean(raw.type()), clean(raw.author()), text));
  }

  private static final java.util.regex.Pattern PERSONNUMMER_12 =
      java.util.regex.Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})[-+]?(\\d{4})");

  /**
   * The patient id, with a 12-digit Swedish personnummer in one spelling, YYYYMMDD-NNNN: exports
   * write it with or without the hyphen, and Excel stores it as a number without, which would make
   * one patient two. (10-digit forms are left as they are: their century cannot be known for sure.)
   */
  static String patientId(String raw) {
    String id = clean(raw);
    java.util.regex.Matcher m = PERSONNUMMER_12.matcher(id);
    if (m.matches()) {
      try {
        LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)) > 60 ? Integer.parseInt(m.group(3)) - 60 : Integer.parseInt(m.group(3)));
        return m.group(1) + m.group(2) + m.group(3) + "-" + m.group(4);
      } catch (java.time.DateTimeException e) {
        return id; // not a birth date: some other 12-digit number
      }
    }
    return id;
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }

  /**
   * The date cell is shown only when it looks like an attempt at a date (short, mostly digits): when
   * columns are shifted the "date" may be note text, which must not reach the rejects file.
   */
  static String describeDate(String dateText, DateOrder order) {
    long letters = dateText.chars().filter(Character::isLetter).count();
    if (dateText.length() <= 20 && letters <= 9) {
      DateOrder other = order == DateOrder.DAY_FIRST ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
      if (DateParser.parse(dateText, other).isPresent()) {
        // 03/25/2024 read day first: say what would read it rather than only that it fails.
        return "date '" + dateText + "' is not a " + order.label() + " date (if this export writes dates "
            + other.label() + ", run with --dates " + other.label() + ")";
      }
      return "date '" + dateText + "' is not a date (expected e.g. 2024-03-05)";
    }
    return "the date cell holds " + dateText.length() + " characters that are not a date (are the columns shifted?)";
  }
}
