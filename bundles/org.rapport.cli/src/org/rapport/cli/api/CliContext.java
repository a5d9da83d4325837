package org.rapport.cli.api;

import java.io.PrintStream;
import java.util.Map;

/**
 * What a running command may use: its output streams and its environment.
 *
 * @param out standard output, for results other programs may parse
 * @param err standard error, for messages to the person
 * @param environment the process environment (credentials and settings come from here, never
 *        from command-line arguments)
 */
public record CliContext(PrintStream out, PrintStream err, Map<String, String> environment) {

    /** The context of the running process. */
    public static CliContext system() {
        return new CliContext(System.out, System.err, System.getenv());
    }
}
