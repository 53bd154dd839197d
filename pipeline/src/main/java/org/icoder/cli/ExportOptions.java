package org.icoder.cli;

import java.util.ArrayList;
import java.util.List;
import org.icoder.ingest.ColumnMapping;
import org.icoder.ingest.DateOrder;
import org.icoder.ingest.ExportFormats;
import org.icoder.text.Language;
import picocli.CommandLine.Option;

/** How record exports are read: the options {@code code} and {@code train-reading} share (a picocli mixin). */
final class ExportOptions {
  @Option(names = "--column", paramLabel = "ROLE=HEADER",
      description = "Map a header to a role: patient, note, date, type, author, text. Repeatable.")
  List<String> columns = new ArrayList<>();

  @Option(names = "--language", paramLabel = "sv|en|auto", defaultValue = "auto",
      description = "Language of the notes; auto decides per note (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = "--sheet", paramLabel = "NAME", description = "Excel sheet to read (default: the first).")
  String sheet;

  @Option(names = "--dates", paramLabel = "day-first|month-first", defaultValue = "day-first",
      description = "How dates like 03/05/2024 are read: day-first (Swedish, British; the default) or month-first"
          + " (US). ISO dates (2024-03-05) and month names read the same either way.")
  String dates;

  ColumnMapping mapping() {
    try {
      return ColumnMapping.parse(columns);
    } catch (IllegalArgumentException e) {
      throw new Icoder.UsageException(e.getMessage());
    }
  }

  DateOrder dateOrder() {
    try {
      return DateOrder.fromLabel(dates);
    } catch (IllegalArgumentException e) {
      throw new Icoder.UsageException(e.getMessage());
    }
  }

  ExportFormats formats() {
    return new ExportFormats(mapping(), sheet, dateOrder());
  }

  /** The language every note is read in, or null for auto (decided per note). */
  Language forcedLanguage() {
    return forcedLanguage(language);
  }

  /** A {@code --language} value as the language every note is read in, or null for auto. */
  static Language forcedLanguage(String option) {
    return switch (option) {
      case "auto" -> null;
      case "sv", "en" -> Language.fromCode(option);
      default -> throw new Icoder.UsageException("--language '" + option + "', expected one of sv, en, auto");
    };
  }
}
