package org.icoder.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Chooses the reader for a file by its extension and expands folders into the export files they
 * hold (recursively, in a stable sorted order so that runs are reproducible).
 */
public final class ExportFormats {
  public static final List<String> EXTENSIONS = List.of(".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".docx", ".doc");

  private final ColumnMapping mapping;
  private final String sheet;
  private final DateOrder dateOrder;

  public ExportFormats(ColumnMapping mapping, String sheet, DateOrder dateOrder) {
    this.mapping = mapping;
    this.sheet = sheet;
    this.dateOrder = dateOrder;
  }

  /**
   * The reader for a file. A {@code .txt} file is a printout unless it is a delimited table with a
   * recognisable header (Excel's "Text (tab-delimited)" and "Unicode text" save as .txt).
   */
  public ExportReader readerFor(InputFile input) throws IOException {
    Path file = input.path();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      return new CsvExportReader(mapping, dateOrder);
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
      return new ExcelExportReader(mapping, sheet, dateOrder);
    }
    if (name.endsWith(".txt") && CsvExportReader.looksLikeTable(input, mapping)) {
      return new CsvExportReader(mapping, dateOrder);
    }
    if (name.endsWith(".txt") || name.endsWith(".docx") || name.endsWith(".doc")) {
      return new PrintoutReader(dateOrder);
    }
    throw new IllegalArgumentException(file + ": unsupported file type, expected one of " + String.join(", ", EXTENSIONS));
  }

  public static boolean supported(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith("~$") && !name.startsWith(".");
  }

  /**
   * Expands the command-line inputs into files: a file as given (it must exist), a folder into
   * every supported file below it, sorted by path.
   */
  public static List<Path> expand(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).filter(ExportFormats::supported).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(input)) {
        if (input.getFileName().toString().startsWith("~$")) {
          throw new IllegalArgumentException(input + ": an Office lock file (~$...), written while the document is open,"
              + " not an export; name the document itself");
        }
        if (!supported(input)) {
          throw new IllegalArgumentException(input + ": unsupported file type, expected one of " + String.join(", ", EXTENSIONS));
        }
        files.add(input);
      } else {
        throw new IllegalArgumentException(input + ": no such file or folder");
      }
    }
    return files;
  }
}
