package org.icoder.agree;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * agreement.xlsx: sheet "agreement" holds the table (numbers as numbers, rounded as in the CSV;
 * empty where not estimable), sheet "legend" says what each column means.
 */
final class AgreementWorkbook {
  /** A fixed time for the document properties and zip entries, so the same report gives the same bytes. */
  private static final long FIXED_TIME = 1767225600000L; // 2026-01-01T00:00:00Z

  private AgreementWorkbook() {}

  static void write(AgreementReport report, OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.getProperties().getCoreProperties().setCreated(Optional.of(new Date(FIXED_TIME)));
      wb.getProperties().getCoreProperties().setModified(Optional.of(new Date(FIXED_TIME)));
      wb.getProperties().getCoreProperties().setCreator("icoder");
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);

      Sheet table = wb.createSheet("agreement");
      Row header = table.createRow(0);
      for (int i = 0; i < report.columns().size(); i++) {
        header.createCell(i).setCellValue(report.columns().get(i).column());
        header.getCell(i).setCellStyle(bold);
      }
      int r = 1;
      for (AgreementRow row : report.rows()) {
        Row x = table.createRow(r++);
        for (int i = 0; i < report.columns().size(); i++) {
          AgreementColumn c = report.columns().get(i);
          switch (c) {
            case CATEGORY -> x.createCell(i).setCellValue(row.category());
            case NOTES -> x.createCell(i).setCellValue(row.notes());
            default -> {
              BigDecimal d = Cells.decimal(c, row.get(c));
              if (d != null) {
                x.createCell(i).setCellValue(d.doubleValue());
              }
            }
          }
        }
      }
      table.createFreezePane(1, 1);

      Sheet legend = wb.createSheet("legend");
      Row lh = legend.createRow(0);
      lh.createCell(0).setCellValue("column");
      lh.createCell(1).setCellValue("meaning");
      lh.getCell(0).setCellStyle(bold);
      lh.getCell(1).setCellStyle(bold);
      int l = 1;
      for (AgreementColumn c : report.columns()) {
        Row x = legend.createRow(l++);
        x.createCell(0).setCellValue(c.column());
        x.createCell(1).setCellValue(c.meaning());
      }
      l++;
      String[][] notes = {
          {"level", report.level().label()},
          {"reference", "the first file: " + report.inputs().get(0).path()},
          {"pooling", AgreementReport.POOLING},
          {"mcnemar", AgreementReport.MCNEMAR},
          {"not estimable", "an empty cell: the measure is undefined for these data (e.g. kappa when both files code every "
              + "unit the same, so chance agreement is 1); the notes column gives the reason"}};
      for (String[] n : notes) {
        Row x = legend.createRow(l++);
        x.createCell(0).setCellValue(n[0]);
        x.createCell(1).setCellValue(n[1]);
      }
      legend.setColumnWidth(0, 24 * 256);
      legend.setColumnWidth(1, 120 * 256);
      wb.write(raw);
    }
    withFixedTimes(raw.toByteArray(), out);
  }

  /** Rewrites the zip with fixed entry times: POI stamps each entry with the time of writing. */
  private static void withFixedTimes(byte[] zip, OutputStream out) throws IOException {
    ZipOutputStream z = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(FIXED_TIME);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    z.finish();
  }
}
