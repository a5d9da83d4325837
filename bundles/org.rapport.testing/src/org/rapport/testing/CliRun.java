package org.rapport.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;

/**
 * One run of a {@code rapport-ctl} command with what it printed. A {@link CliException} ends the
 * run as the dispatcher ends it: its message on standard error, its exit code.
 *
 * @param code the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CliRun(int code, String out, String err) {

    public static CliRun run(CliCommand command, Map<String, String> environment, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), errors, environment);
        int code;
        try {
            code = command.run(context, List.of(arguments));
        } catch (CliException e) {
            errors.print(e.getMessage());
            code = e.exitCode();
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * {@code rapport-ctl db ARGUMENTS} (the persistence bundle's command, from DS) on the
     * installation in {@code home}, printed to the test's output so a failing test shows what the
     * command said (a diff's missing changeset, a migration's error).
     */
    public static CliRun db(Path home, String... arguments) {
        CliCommand command = Services.await(CliCommand.class, "(component.name=org.rapport.persistence.internal.DatabaseCommand)");
        CliRun run = run(command, Map.of("RAPPORT_HOME", home.toString()), arguments);
        System.out.println("[db " + String.join(" ", arguments) + "] exit " + run.code() + System.lineSeparator() + run.out() + run.err());
        return run;
    }
}
