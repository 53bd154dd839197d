package org.icoder.cli;

import java.io.PrintWriter;
import org.icoder.ingest.InputConfigurationException;
import org.icoder.lexicon.DataFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code icoder} command line. {@code main} only exits with {@link #run}'s code, so tests run the
 * real CLI in-process. Errors never print note text: messages name files, rows and columns.
 */
@Command(
    name = "icoder",
    mixinStandardHelpOptions = true,
    versionProvider = Icoder.Version.class,
    description = "Codes physiotherapy record exports by the ten-category intervention manual, with evidence.",
    subcommands = {CodeCommand.class, AgreeCommand.class, ValidateCommand.class, DemoCommand.class, SynthCommand.class,
      TrainReadingCommand.class,
      CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCode.HELP_OK, ExitCode.HELP_FAILURE, ExitCode.HELP_USAGE})
public final class Icoder implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Icoder());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(Icoder::exitCodeOf);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("icoder: " + message(e));
      return exitCodeOf(e);
    });
    cli.setParameterExceptionHandler((e, args2) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("icoder: " + e.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCode.USAGE.code();
    });
    return cli.execute(args);
  }

  static int exitCodeOf(Throwable e) {
    if (e instanceof DataFileException || e instanceof InputConfigurationException || e instanceof UsageException) {
      return ExitCode.USAGE.code();
    }
    return ExitCode.FAILURE.code();
  }

  private static String message(Throwable e) {
    if (e instanceof DataFileException || e instanceof InputConfigurationException || e instanceof UsageException) {
      return e.getMessage();
    }
    if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
      return "input/output error: " + e.getMessage();
    }
    // A programming error: name it so it can be reported, without any note content.
    return "internal error (" + e.getClass().getName() + "): " + e.getMessage();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A usage problem found after parsing (e.g. an input that does not exist). */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"icoder " + version()};
    }
  }

  /** The project version, from a resource Maven fills in, so the jar and the tests agree. */
  static String version() {
    try (java.io.InputStream in = Icoder.class.getResourceAsStream("/org/icoder/version.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (java.io.IOException e) {
      return "dev";
    }
  }
}
