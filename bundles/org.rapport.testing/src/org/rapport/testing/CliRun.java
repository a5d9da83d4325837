package org.rapport.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
}
