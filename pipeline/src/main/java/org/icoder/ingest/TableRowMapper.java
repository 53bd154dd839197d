package org.icoder.ingest;

import java.util.List;
import java.util.Map;

/**
 * Turns the cells of one table row (CSV or spreadsheet) into a note or reject, by the column
 * roles found in the header. Shared so that a note reads the same whatever the file format.
 */
final class TableRowMapper {
  private final String fileName;
  private final int headerSize;
  private final Map<Column, Integer> columns;
  private final int cellsNeeded;
  private final DateOrder dateOrder;

  TableRowMapper(String fileName, List<String> header, ColumnMapping mapping, DateOrder dateOrder) {
    this.fileName = fileName;
    this.dateOrder = dateOrder;
    this.headerSize = header.size();
    this.columns = mapping.resolve(fileName, header);
    int needed = 0;
    for (Column c : Column.values()) {
      if (c.required()) {
        needed = Math.max(needed, columns.get(c) + 1);
      }
    }
    this.cellsNeeded = needed;
  }

  /** The note being built: a record system may spread one note over several rows. */
  private RawNote pending;
  private boolean pendingHeaded;

  /**
   * Takes one data row. A row with every cell empty is skipped (Excel writes ";;;;" rows). A row
   * with text but no patient id, note id or date continues the note above it, as exports that wrap
   * long notes over several rows write them; so does a row with the same patient and note id as the
   * row above (one row per sökord), its sökord becoming a heading in the text. Call {@link #finish}
   * after the last row.
   *
   * @param padShortRows true for spreadsheets, which leave out empty trailing cells; a CSV row that
   *     is short or has non-empty cells beyond the header is broken (an unquoted delimiter in the
   *     text would otherwise cut the note silently)
   */
  void emit(long row, List<String> cells, boolean padShortRows, ExportSink sink) {
    SourceRef src = SourceRef.row(fileName, row);
    if (cells.stream().allMatch(String::isBlank)) {
      return;
    }
    boolean extra = false;
    for (int i = headerSize; i < cells.size(); i++) {
      extra |= !cells.get(i).isBlank();
    }
    if ((!padShortRows && cells.size() < cellsNeeded) || extra) {
      finish(sink);
      sink.reject(new Reject(src, RejectReason.MALFORMED_ROW,
          "row has " + cells.size() + " cells, the header has " + headerSize
              + (extra ? " (an unquoted delimiter in the text?)" : "")));
      return;
    }
    RawNote raw = new RawNote(src,
        cell(cells, Column.PATIENT), cell(cells, Column.NOTE), cell(cells, Column.DATE),
        cell(cells, Column.TYPE), cell(cells, Column.AUTHOR), cell(cells, Column.TEXT));
    if (pending != null) {
      boolean continuation = blank(raw.patientId()) && blank(raw.noteId()) && blank(raw.date());
      boolean sameNote = !blank(raw.noteId()) && raw.noteId().strip().equals(strip(pending.noteId()))
          && strip(raw.patientId()).equals(strip(pending.patientId()));
      if ((continuation || sameNote) && blank(raw.text())) {
        return; // an empty sökord row of the note above ("Status" with nothing under it)
      }
      if (continuation || sameNote) {
        String type = strip(raw.type());
        boolean heading = !type.isEmpty(); // one row per sökord: the sökord heads its text
        if (heading && !pendingHeaded && !strip(pending.type()).isEmpty()) {
          pending = withText(pending, strip(pending.type()) + ": " + strip(pending.text()));
          pendingHeaded = true;
        }
        pending = withText(pending, strip(pending.text()) + "\n" + (heading ? type + ": " : "") + strip(raw.text()));
        return;
      }
    }
    finish(sink);
    pending = raw;
    pendingHeaded = false;
  }

  /** Emits the note being built, if any. */
  void finish(ExportSink sink) {
    if (pending != null) {
      NoteValidator.emit(pending, fileName, dateOrder, sink);
      pending = null;
    }
  }

  private static RawNote withText(RawNote n, String text) {
    return new RawNote(n.source(), n.patientId(), n.noteId(), n.date(), n.type(), n.author(), text);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }

  private String cell(List<String> cells, Column role) {
    Integer index = columns.get(role);
    return index == null || index >= cells.size() ? null : cells.get(index);
  }
}
