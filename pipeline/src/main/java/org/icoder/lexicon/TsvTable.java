package org.icoder.lexicon;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A researcher-editable data file: UTF-8, tab-separated, {@code #} comment lines, a header naming
 * the columns. Problems (wrong cell count, missing columns, bad encoding) are collected with their
 * line numbers instead of thrown, so one load reports all of them.
 */
public final class TsvTable {
  /** One data row with its 1-based line number. */
  public record Row(String file, int line, Map<String, String> cells) {
    public String get(String column) {
      String v = cells.get(column);
      return v == null ? "" : v.strip();
    }

    public Problem problem(String message) {
      return new Problem(file, line, message);
    }
  }

  private TsvTable() {}

  public static List<Row> parse(String file, byte[] bytes, List<String> required, List<Problem> problems) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problems.add(new Problem(file, 1, "not valid UTF-8; save the file as UTF-8"));
      return List.of();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r?\n", -1);
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = List.of(cells).stream().map(String::strip).toList();
        List<String> missing = required.stream().filter(c -> !headerContains(cells, c)).toList();
        if (!missing.isEmpty()) {
          problems.add(new Problem(file, i + 1, "header lacks column(s) " + String.join(", ", missing)
              + "; expected " + String.join("\t", required)));
          return List.of();
        }
        continue;
      }
      if (cells.length > header.size()) {
        problems.add(new Problem(file, i + 1, "found " + cells.length + " tab-separated cells, expected "
            + header.size() + " (" + String.join(", ", header) + ")"));
        continue;
      }
      Map<String, String> map = new HashMap<>();
      for (int c = 0; c < cells.length; c++) {
        map.put(header.get(c), cells[c]);
      }
      rows.add(new Row(file, i + 1, map));
    }
    if (header == null) {
      problems.add(new Problem(file, 1, "no header line; expected " + String.join("\t", required)));
    }
    return rows;
  }

  private static boolean headerContains(String[] cells, String column) {
    for (String c : cells) {
      if (c.strip().equals(column)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The row's {@code id}, registered as used; null (with a problem added) when it is empty or was
   * already used by an earlier row of any lexicon file.
   */
  public static String uniqueId(TsvTable.Row row, Map<String, String> seenIds, List<Problem> problems) {
    String id = row.get("id");
    if (id.isEmpty()) {
      problems.add(row.problem("id is empty; every row needs a stable id"));
      return null;
    }
    String where = row.file() + ":" + row.line();
    String earlier = seenIds.putIfAbsent(id, where);
    if (earlier != null) {
      problems.add(row.problem("id '" + id + "' is already used at " + earlier));
      return null;
    }
    return id;
  }
}
