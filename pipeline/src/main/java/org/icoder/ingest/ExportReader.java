package org.icoder.ingest;

import java.io.IOException;

/**
 * Reads one export file and pushes every note it holds to the sink, as a note or a reject, in file
 * order. Bad configuration for this file (no text column, say) throws IllegalArgumentException
 * naming the file; bad rows become rejects and reading goes on.
 */
public interface ExportReader {
  void read(InputFile file, ExportSink sink) throws IOException;

  /**
   * Checks, before any note is coded, that the run's configuration fits this file (its header has
   * the required columns, the sheet exists), so a bad mapping stops the run before work starts.
   *
   * @throws InputConfigurationException naming the file and what is missing
   */
  default void checkConfiguration(InputFile file) throws IOException {}
}
