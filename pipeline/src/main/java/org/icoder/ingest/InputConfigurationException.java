package org.icoder.ingest;

/**
 * The run's configuration does not fit an input file (no text column and no {@code --column}
 * mapping for it, an unknown sheet name): the run stops before coding, with exit code 2.
 */
public final class InputConfigurationException extends IllegalArgumentException {
  public InputConfigurationException(String message) {
    super(message);
  }
}
