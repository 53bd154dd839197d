package org.icoder.agree;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * agreement.html: one self-contained page (inline CSS, inline SVG, no scripts, nothing fetched)
 * with the table, a chart of kappa and AC1 with their 95% intervals per category, and one line per
 * measure in plain words for a reader who has never met PABAK.
 */
final class AgreementHtml {
  private static final int LABEL = 230;
  private static final int PLOT = 520;
  private static final int ROW = 26;
  private static final int TOP = 30;

  private AgreementHtml() {}

  static void write(AgreementReport report, Writer w) throws IOException {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>icoder agreement</title>\n")
        .append("<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:80em}\n")
        .append("table{border-collapse:collapse;font-size:.8em}th,td{border:1px solid #ccc;padding:.2em .4em;text-align:right}\n")
        .append("th{background:#eee}td.t{text-align:left}dt{font-weight:bold;font-family:monospace}dd{margin:0 0 .5em 1.5em}\n")
        .append(".wrap{overflow-x:auto}svg text{font-size:12px;font-family:sans-serif}\n")
        .append("</style>\n</head>\n<body>\n<h1>Inter-rater agreement</h1>\n");
    h.append("<p>Level: <b>").append(esc(report.level().label())).append("</b>; ").append(report.units())
        .append(" units in all. The first file is the reference.</p>\n<ol>\n");
    for (AgreementReport.Input in : report.inputs()) {
      h.append("<li><code>").append(esc(in.path().toString())).append("</code> (").append(esc(in.layout().label()))
          .append(" layout, ").append(in.units()).append(" units, SHA-256 <code>").append(in.sha256()).append("</code>)</li>\n");
    }
    h.append("</ol>\n<h2>Kappa and AC1 with 95% intervals</h2>\n");
    chart(report, h);
    h.append("<h2>Table</h2>\n<div class=\"wrap\"><table>\n<tr>");
    for (AgreementColumn c : report.columns()) {
      h.append("<th>").append(esc(c.column())).append("</th>");
    }
    h.append("</tr>\n");
    for (AgreementRow row : report.rows()) {
      h.append("<tr>");
      for (AgreementColumn c : report.columns()) {
        switch (c) {
          case CATEGORY -> h.append("<td class=\"t\">").append(esc(row.category())).append("</td>");
          case NOTES -> h.append("<td class=\"t\">").append(esc(row.notes())).append("</td>");
          default -> h.append("<td>").append(Cells.text(c, row.get(c))).append("</td>");
        }
      }
      h.append("</tr>\n");
    }
    h.append("</table></div>\n<h2>What the measures mean</h2>\n<p>Each unit is one ")
        .append(report.level() == Level.NOTE ? "note" : "patient")
        .append(". In the 2x2 table a = both files say yes, d = both say no, b = only the first file says yes, c = only the "
            + "second does. An empty cell means the measure is not estimable for these data (for example kappa when both "
            + "files code every unit the same way, so agreement by chance is already 100%); the notes column says why.</p>\n<dl>\n");
    for (AgreementColumn c : report.columns()) {
      h.append("<dt>").append(esc(c.column())).append("</dt><dd>").append(esc(c.meaning())).append("</dd>\n");
    }
    h.append("</dl>\n<p>").append(esc(AgreementReport.POOLING)).append("</p>\n<p>McNemar: ")
        .append(esc(AgreementReport.MCNEMAR)).append(".</p>\n</body>\n</html>\n");
    w.write(h.toString());
  }

  private static void chart(AgreementReport report, StringBuilder h) {
    int height = TOP + ROW * report.rows().size() + 30;
    int width = LABEL + PLOT + 20;
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"kappa and AC1 per category\">\n");
    for (double tick = -1; tick <= 1.0001; tick += 0.5) {
      double x = x(tick);
      h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>", x, TOP - 5, x,
          height - 25, tick == 0 ? "#888" : "#ddd"));
      h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>\n", x, height - 10, tick));
    }
    h.append("<circle cx=\"").append(LABEL).append("\" cy=\"12\" r=\"4\" fill=\"#1f5fa8\"/><text x=\"").append(LABEL + 8)
        .append("\" y=\"16\">kappa (95% CI)</text>");
    h.append("<rect x=\"").append(LABEL + 120).append("\" y=\"8\" width=\"8\" height=\"8\" fill=\"#d0701a\"/><text x=\"")
        .append(LABEL + 132).append("\" y=\"16\">AC1 (95% CI)</text>\n");
    int y = TOP;
    for (AgreementRow row : report.rows()) {
      h.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 12).append("\" text-anchor=\"end\">")
          .append(esc(row.category())).append("</text>");
      Estimate k = row.get(AgreementColumn.KAPPA);
      Estimate a = row.get(AgreementColumn.AC1);
      if (k.estimable()) {
        Estimate lo = row.get(AgreementColumn.KAPPA_CI_LOW);
        Estimate hi = row.get(AgreementColumn.KAPPA_CI_HIGH);
        interval(h, lo.value(), hi.value(), y + 6, "#1f5fa8");
        h.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"#1f5fa8\"/>", x(k.value()), y + 6));
      } else {
        h.append("<text x=\"").append(LABEL + 4).append("\" y=\"").append(y + 10).append("\" fill=\"#1f5fa8\">kappa not estimable</text>");
      }
      if (a.estimable()) {
        double se = row.get(AgreementColumn.AC1_SE).value();
        interval(h, a.value() - AgreementAnalysis.Z_95 * se, a.value() + AgreementAnalysis.Z_95 * se, y + 16, "#d0701a");
        h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"8\" height=\"8\" fill=\"#d0701a\"/>",
            x(a.value()) - 4, y + 12));
      } else {
        h.append("<text x=\"").append(LABEL + 160).append("\" y=\"").append(y + 10).append("\" fill=\"#d0701a\">AC1 not estimable</text>");
      }
      h.append('\n');
      y += ROW;
    }
    h.append("</svg>\n<p>The axis is clipped to -1 ... 1. AC1's interval is AC1 &#177; 1.96 ac1_se.</p>\n");
  }

  private static void interval(StringBuilder h, double lo, double hi, int y, String colour) {
    h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>",
        x(lo), y, x(hi), y, colour));
  }

  private static double x(double v) {
    double clipped = Math.max(-1, Math.min(1, v));
    return LABEL + (clipped + 1) / 2 * PLOT;
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
