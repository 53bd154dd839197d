package org.icoder.ingest;

/**
 * Receives what a reader gets out of an export, in file order: each note either as a {@link Note}
 * or as a {@link Reject}. Readers push instead of returning lists so that an export of any size
 * streams through in bounded memory.
 */
public interface ExportSink {
  void accept(Note note);

  void reject(Reject reject);
}
