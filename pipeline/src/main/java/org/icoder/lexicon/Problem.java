package org.icoder.lexicon;

/** One thing wrong in a data file, located as {@code file:line}. */
public record Problem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
