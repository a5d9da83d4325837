package org.rapport.cli.api;

import java.util.List;

/**
 * One {@code rapport-ctl} command, contributed as an OSGi service.
 * <p>
 * Commands print through the {@link CliContext} they are given, never to {@link System#out}
 * directly, so that tests and other callers can capture what they print. Every text a person
 * reads comes from a message bundle: English and Simplified Chinese ship.
 */
public interface CliCommand {

    /** Exit code of a command that did what it was asked. */
    int OK = 0;
    /** Exit code of a command that failed while working (a file, a database, a rule). */
    int FAILED = 1;
    /** Exit code of a command that was called wrongly: unknown command, bad argument. */
    int USAGE = 2;

    /** The word that selects this command, lower case, such as {@code version} or {@code db}. */
    String name();

    /** One line, in the user's language, for the list that {@code rapport-ctl help} prints. */
    String summary();

    /** The synopsis and options, in the user's language, for {@code rapport-ctl help NAME}. */
    String usage();

    /**
     * Runs the command.
     *
     * @param context where to print, and the environment the command runs in
     * @param arguments the words after the command's name
     * @return the process exit code: {@link #OK}, {@link #FAILED}, {@link #USAGE} or another
     *         documented code
     * @throws CliException for a failure whose message the user should read; the dispatcher
     *         prints it and exits with the exception's code
     */
    int run(CliContext context, List<String> arguments) throws CliException;
}
