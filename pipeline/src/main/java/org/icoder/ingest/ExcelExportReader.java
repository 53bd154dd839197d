package org.icoder.ingest;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Reads {@code .xlsx} and {@code .xls} exports: the first sheet, or the one named by
 * {@code --sheet}; the first non-empty row is the header, with the same column roles as CSV.
 * Date cells are read as dates whatever their display format.
 */
public final class ExcelExportReader implements ExportReader {
  private final ColumnMapping mapping;
  private final String sheetName;

  /** @param sheetName the sheet to read, or null for the first */
  public ExcelExportReader(ColumnMapping mapping, String sheetName) {
    this.mapping = mapping;
    this.sheetName = sheetName;
  }

  @Override
  public void checkConfiguration(InputFile file) throws IOException {
    read(file, null);
  }

  /** Reads the sheet; with a null sink only the sheet and header are checked. */
  @Override
  public void read(InputFile file, ExportSink sink) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(file.path().toFile(), null, true)) {
      Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
      if (sheet == null) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        throw new InputConfigurationException(file.displayName() + ": no sheet named '" + sheetName
            + "', expected one of " + String.join(", ", names));
      }
      DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
      TableRowMapper rows = null;
      for (Row row : sheet) {
        List<String> cells = cells(row, formatter);
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (rows == null) {
          rows = new TableRowMapper(file.displayName(), cells, mapping);
          if (sink == null) {
            return;
          }
          continue;
        }
        // Excel users look rows up by the sheet's own row number.
        rows.emit(row.getRowNum() + 1, cells, true, sink);
      }
      if (rows == null && sink != null) {
        sink.reject(new Reject(SourceRef.row(file.displayName(), 1), RejectReason.UNREADABLE_FILE,
            "the sheet is empty (no header row)"));
      }
    }
  }

  private static List<String> cells(Row row, DataFormatter formatter) {
    List<String> cells = new ArrayList<>();
    int last = row.getLastCellNum();
    for (int i = 0; i < last; i++) {
      Cell cell = row.getCell(i);
      cells.add(cell == null ? "" : text(cell, formatter));
    }
    return cells;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
    if (cell.getCellType() == CellType.FORMULA) {
      // Without an evaluator the formatter would show the formula itself; use the cached result.
      return switch (type) {
        case STRING -> cell.getStringCellValue();
        case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
        case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
        default -> "";
      };
    }
    if (type == CellType.NUMERIC) {
      // Not the display format: a 12-digit personnummer stored as a number shows as 1.91212E+11 in
      // "General", which would merge different patients.
      return NumberToTextConverter.toText(cell.getNumericCellValue());
    }
    return formatter.formatCellValue(cell);
  }
}
