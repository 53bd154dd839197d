package org.icoder.lexicon;

import java.util.List;

/** The lexicon or rule files have problems; every one is listed, each as {@code file:line: ...}. */
public final class DataFileException extends RuntimeException {
  private final List<Problem> problems;

  public DataFileException(List<Problem> problems) {
    super(problems.size() + " problem(s) in the lexicon files:\n" + String.join("\n",
        problems.stream().map(Problem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
