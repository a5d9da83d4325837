package org.rapport.customers.internal;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.customers.api.Progress;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSignIn;

/** What the customers commands share: sign-in as {@code rapport-ctl user} does it, progress on standard error. */
final class CliSupport {

    private CliSupport() {
    }

    /** Signs in as every rapport-ctl command does; a refused sign-in ends the command as failed. */
    static void signIn(CliContext context, Authenticator authenticator) throws CliException {
        try {
            CommandLineSignIn.signIn(context, authenticator);
        } catch (AuthenticationException e) {
            throw new CliException(e.getMessage(), CliCommand.FAILED, e);
        }
    }

    /** Progress of a long command on standard error: every {@link Progress#EVERY} rows. */
    static Progress progress(CliContext context, String what) {
        return new Progress() {
            @Override
            public void rows(long rows) {
                context.err().println(NLS.bind(Messages.cli_progress_rows, what, rows));
            }
        };
    }

    /** A positive whole number of an option, or null. */
    static Integer positive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
