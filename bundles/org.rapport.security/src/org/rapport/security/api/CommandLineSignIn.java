package org.rapport.security.api;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.security.internal.Messages;

/**
 * How a {@code rapport-ctl} command signs its user in: the login from {@code RAPPORT_USER}, the
 * password from {@code RAPPORT_PASSWORD} or the file {@code RAPPORT_PASSWORD_FILE} names, never
 * from an argument. Every command that needs a user signs in through here, so they all read the
 * same variables and say the same things.
 */
public final class CommandLineSignIn {

    public static final String USER = "RAPPORT_USER";
    public static final String PASSWORD = "RAPPORT_PASSWORD";
    public static final String PASSWORD_FILE = "RAPPORT_PASSWORD_FILE";

    private CommandLineSignIn() {
    }

    /**
     * Signs the user of the environment in; the caller signs out when the command ends.
     *
     * @throws CliException when the variables are missing or the password file cannot be read
     * @throws AuthenticationException when the sign-in is refused
     */
    public static SessionUser signIn(CliContext context, Authenticator authenticator) throws CliException, AuthenticationException {
        String login = context.environment().get(USER);
        char[] password = secret(context, PASSWORD, PASSWORD_FILE);
        if (login == null || login.isBlank() || password == null) {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            throw new CliException(Messages.user_no_credentials, CliCommand.FAILED);
        }
        return authenticator.signIn(login, password);
    }

    /** A secret from a variable, else from the file another variable names; null when neither is set. */
    public static char[] secret(CliContext context, String variable, String fileVariable) throws CliException {
        try {
            return Secrets.fromEnvironment(context.environment()::get, variable, fileVariable);
        } catch (IOException e) {
            throw new CliException(NLS.bind(Messages.user_password_file, context.environment().get(fileVariable), e.getMessage()), CliCommand.FAILED, e);
        }
    }
}
