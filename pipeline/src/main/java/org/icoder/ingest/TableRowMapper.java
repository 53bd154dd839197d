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

  TableRowMapper(String fileName, List<String> header, ColumnMapping mapping) {
    this.fileName = fileName;
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

  /**
   * @param padShortRows true for spreadsheets, which leave out empty trailing cells; a CSV row that
   *     is short or has non-empty cells beyond the header is broken (an unquoted delimiter in the
   *     text would otherwise cut the note silently)
   */
  void emit(long row, List<String> cells, boolean padShortRows, ExportSink sink) {
    SourceRef src = SourceRef.row(fileName, row);
    boolean extra = false;
    for (int i = headerSize; i < cells.size(); i++) {
      extra |= !cells.get(i).isBlank();
    }
    if ((!padShortRows && cells.size() < cellsNeeded) || extra) {
      sink.reject(new Reject(src, RejectReason.MALFORMED_ROW,
          "row has " + cells.size() + " cells, the header has " + headerSize
              + (extra ? " (an unquoted delimiter in the text?)" : "")));
      return;
    }
    NoteValidator.emit(new RawNote(src,
        cell(cells, Column.PATIENT), cell(cells, Column.NOTE), cell(cells, Column.DATE),
        cell(cells, Column.TYPE), cell(cells, Column.AUTHOR), cell(cells, Column.TEXT)), fileName, sink);
  }

  private String cell(List<String> cells, Column role) {
    Integer index = columns.get(role);
    return index == null || index >= cells.size() ? null : cells.get(index);
  }
}
