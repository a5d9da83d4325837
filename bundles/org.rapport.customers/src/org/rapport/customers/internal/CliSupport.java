package org.rapport.customers.internal;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.customers.api.Progress;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Secrets;

/** What the customers commands share: sign-in as {@code rapport-ctl user} does it, progress on standard error. */
final class CliSupport {

    static final String USER = "RAPPORT_USER";
    static final String PASSWORD = "RAPPORT_PASSWORD";
    static final String PASSWORD_FILE = "RAPPORT_PASSWORD_FILE";

    private CliSupport() {
    }

    /**
     * Signs in with RAPPORT_USER and RAPPORT_PASSWORD or RAPPORT_PASSWORD_FILE, like the security
     * bundle's commands (whose helper is internal to that bundle).
     */
    static void signIn(CliContext context, Authenticator authenticator) throws CliException {
        String login = context.environment().get(USER);
        char[] password;
        try {
            password = Secrets.fromEnvironment(context.environment()::get, PASSWORD, PASSWORD_FILE);
        } catch (IOException e) {
            throw new CliException(NLS.bind(Messages.cli_password_file, context.environment().get(PASSWORD_FILE), e.getMessage()), CliCommand.FAILED, e);
        }
        if (login == null || login.isBlank() || password == null) {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
            throw new CliException(Messages.cli_no_credentials, CliCommand.FAILED);
        }
        try {
            authenticator.signIn(login, password);
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
