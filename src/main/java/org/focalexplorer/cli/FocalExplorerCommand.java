package org.focalexplorer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Root of the command line ({@code focal-explorer <subcommand> ...}).
 *
 * <p>To add a subcommand, write a {@code @Command(name = "...")} class in this package and list it
 * in {@code subcommands} below. Exit codes: 0 success, 1 failure in the command itself, 2 invalid
 * options or arguments (one line on standard error, see {@link #newCommandLine()}).
 */
@Command(
        name = FocalExplorerCommand.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = FocalExplorerCommand.VersionProvider.class,
        resourceBundle = FocalExplorerCommand.BUNDLE,
        subcommands = {
            CommandLine.HelpCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            TrainCommand.class,
            FigureCommand.class,
            AnalyseCommand.class,
            // eval, bench, train, figure: add their classes here.
        })
public final class FocalExplorerCommand implements Callable<Integer> {

    /** Program name as the user types it. */
    public static final String NAME = "focal-explorer";

    /** Same bundle as the GUI; picocli reads qualified keys such as {@code focal-explorer.usage.description}. */
    static final String BUNDLE = "org.focalexplorer.messages";

    @Spec
    CommandSpec spec;

    /** Reached only when no subcommand is given (the launcher opens the GUI for an empty command line). */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), message("cli.missingSubcommand"));
    }

    /**
     * A fully configured command line, writing UTF-8 to {@code System.out}/{@code System.err} unless changed.
     * UTF-8 whatever the locale: under {@code LC_ALL=C} Java 17 would encode as ASCII and print α, γ and
     * Chinese ids as "?", which also breaks the JSON that {@code eval} and {@code train --json} print.
     */
    public static CommandLine newCommandLine() {
        return configure(new CommandLine(new FocalExplorerCommand()));
    }

    /**
     * The command line for {@code args}: for {@code analyse} (or {@code analyze}) one whose root holds only that
     * subcommand — the same name, options, bundle and handlers, so the same output and exit codes — because
     * building picocli's model of every subcommand was about a quarter of a second of CPU of each one-shot
     * {@code analyse} run, whose goal is to beat loading the same CSV with pandas; else {@link #newCommandLine()}.
     */
    public static CommandLine newCommandLine(String... args) {
        if (args.length > 0 && (args[0].equals("analyse") || args[0].equals("analyze"))) {
            return configure(new CommandLine(new AnalyseOnly()));
        }
        return newCommandLine();
    }

    /** The root for an {@code analyse} run: as {@link FocalExplorerCommand} with one subcommand. */
    @Command(
            name = FocalExplorerCommand.NAME,
            mixinStandardHelpOptions = true,
            versionProvider = FocalExplorerCommand.VersionProvider.class,
            resourceBundle = FocalExplorerCommand.BUNDLE,
            subcommands = AnalyseCommand.class)
    static final class AnalyseOnly implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw new ParameterException(spec.commandLine(), message("cli.missingSubcommand"));
        }
    }

    private static CommandLine configure(CommandLine commandLine) {
        commandLine.setParameterExceptionHandler(FocalExplorerCommand::handleParameterException);
        commandLine.setOut(utf8(System.out));
        commandLine.setErr(utf8(System.err));
        return commandLine;
    }

    private static PrintWriter utf8(java.io.OutputStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8), true);
    }

    /** Parses and runs {@code args}; returns the exit code. */
    public static int execute(String... args) {
        return newCommandLine(args).execute(args);
    }

    /**
     * Invalid input: one line {@code focal-explorer[ sub]: <error>. Try '... --help' ...} on standard
     * error, no usage dump and no "did you mean" list, exit code 2 (picocli's {@code exitCodeOnInvalidInput}).
     */
    private static int handleParameterException(ParameterException ex, String[] args) {
        CommandLine failed = ex.getCommandLine();
        String command = failed.getCommandSpec().qualifiedName();
        String error = String.valueOf(ex.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");
        if (!error.endsWith(".")) {
            error = error + ".";
        }
        PrintWriter err = failed.getErr();
        err.println(command + ": " + error + " " + MessageFormat.format(message("cli.tryHelp"), command));
        err.flush();
        return failed.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String message(String key) {
        return ResourceBundle.getBundle(BUNDLE).getString(key);
    }

    /** Version from the jar's Maven metadata; "development build" when run from the class folders. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        private static final String POM_PROPERTIES =
                "/META-INF/maven/org.focalexplorer/focal-explorer/pom.properties";

        @Override
        public String[] getVersion() throws IOException {
            String version = null;
            try (InputStream in = FocalExplorerCommand.class.getResourceAsStream(POM_PROPERTIES)) {
                if (in != null) {
                    Properties pom = new Properties();
                    pom.load(in);
                    version = pom.getProperty("version");
                }
            }
            if (version == null) {
                version = message("cli.devVersion");
            }
            return new String[] {NAME + " " + version};
        }
    }
}
