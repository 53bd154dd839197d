package org.icoder.ingest;

import java.util.Objects;

/**
 * An input note (or file) that could not be coded, with the reason. {@code detail} explains the
 * problem for a person fixing the export; it never carries note text.
 */
public record Reject(SourceRef source, RejectReason reason, String detail) {
  public Reject {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
