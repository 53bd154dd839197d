package org.icoder.ingest;

import java.util.ArrayList;
import java.util.List;

/** Test sink that keeps what a reader emits. */
final class CollectingSink implements ExportSink {
  final List<Note> notes = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();

  @Override
  public void accept(Note note) {
    notes.add(note);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }
}
