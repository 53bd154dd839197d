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
  private final DateOrder dateOrder;

  /** @param sheetName the sheet to read, or null for the first */
  public ExcelExportReader(ColumnMapping mapping, String sheetName) {
    this(mapping, sheetName, DateOrder.DAY_FIRST);
  }

  /** @param dateOrder for dates stored as text; date cells are read as dates whatever their format */
  public ExcelExportReader(ColumnMapping mapping, String sheetName, DateOrder dateOrder) {
    this.mapping = mapping;
    this.sheetName = sheetName;
    this.dateOrder = dateOrder;
  }

  @Override
  public void checkConfiguration(InputFile file) throws IOException {
    read(file, null);
  }

  /** Reads the sheet; with a null sink only the sheet and header are checked. */
  @Override
  public void read(InputFile file, ExportSink sink) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(file.path().toFile(), null, true)) {
      DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
      List<String> names = new ArrayList<>();
      workbook.forEach(s -> names.add(s.getSheetName()));
      Sheet sheet;
      int headerRow;
      if (sheetName != null) {
        sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
          throw new InputConfigurationException(file.displayName() + ": no sheet named '" + sheetName
              + "', expected one of " + String.join(", ", names));
        }
        headerRow = headerRow(sheet, formatter);
      } else {
        // The first sheet, unless it has no header and a later one has (a cover sheet, an empty Blad1).
        sheet = workbook.getSheetAt(0);
        headerRow = headerRow(sheet, formatter);
        for (int i = 1; headerRow < 0 && i < workbook.getNumberOfSheets(); i++) {
          int row = headerRow(workbook.getSheetAt(i), formatter);
          if (row >= 0) {
            sheet = workbook.getSheetAt(i);
            headerRow = row;
          }
        }
      }
      TableRowMapper rows = null;
      for (Row row : sheet) {
        List<String> cells = cells(row, formatter);
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (rows == null) {
          if (headerRow >= 0 && row.getRowNum() < headerRow) {
            continue; // a title row above the header
          }
          try {
            rows = new TableRowMapper(file.displayName(), cells, mapping, dateOrder);
          } catch (InputConfigurationException e) {
            throw names.size() > 1 ? new InputConfigurationException(e.getMessage() + " (read sheet '"
                + sheet.getSheetName() + "'; the workbook's sheets are " + String.join(", ", names)
                + "; choose one with --sheet NAME)") : e;
          }
          if (sink == null) {
            return;
          }
          continue;
        }
        // Excel users look rows up by the sheet's own row number.
        rows.emit(row.getRowNum() + 1, cells, true, sink);
      }
      if (rows != null && sink != null) {
        rows.finish(sink);
      }
      if (rows == null && sink != null) {
        sink.reject(new Reject(SourceRef.row(file.displayName(), 1), RejectReason.UNREADABLE_FILE,
            "the sheet '" + sheet.getSheetName() + "' is empty (no header row)"
                + (names.size() > 1 ? "; the workbook's sheets are " + String.join(", ", names) + "; choose one with --sheet NAME" : "")));
      }
    }
  }

  /** The 0-based number of the first of the sheet's first 30 non-empty rows that has every required role, or -1. */
  private int headerRow(Sheet sheet, DataFormatter formatter) {
    int seen = 0;
    for (Row row : sheet) {
      List<String> cells = cells(row, formatter);
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      if (mapping.resolves(cells)) {
        return row.getRowNum();
      }
      if (++seen >= 30) {
        break;
      }
    }
    return -1;
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
      // In "General" not the display format: a 12-digit personnummer stored as a number shows as
      // 1.91212E+11, which would merge different patients. A zero-padding format is honoured:
      // "0000000000" keeps the leading zero of a 10-digit personnummer.
      String format = cell.getCellStyle() == null ? "General" : cell.getCellStyle().getDataFormatString();
      if (format != null && format.matches("0{2,}")) {
        return formatter.formatCellValue(cell);
      }
      return NumberToTextConverter.toText(cell.getNumericCellValue());
    }
    return formatter.formatCellValue(cell);
  }
}
