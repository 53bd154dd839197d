package org.icoder.cli;

/**
 * The exit codes of every icoder command. The {@code HELP_*} strings are what each command's help
 * lists (picocli annotations need compile-time constants); a test pins help and enum together.
 */
public enum ExitCode {
  OK(ExitCode.HELP_OK),
  FAILURE(ExitCode.HELP_FAILURE),
  USAGE(ExitCode.HELP_USAGE);

  public static final String HELP_OK = "0:success";
  public static final String HELP_FAILURE = "1:the run failed: an input or output file could not be processed";
  public static final String HELP_USAGE =
      "2:bad usage or configuration: unknown option, missing input, unmapped column, invalid lexicon file";

  private final int code;
  private final String meaning;

  ExitCode(String help) {
    int colon = help.indexOf(':');
    this.code = Integer.parseInt(help.substring(0, colon));
    this.meaning = help.substring(colon + 1);
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }
}
