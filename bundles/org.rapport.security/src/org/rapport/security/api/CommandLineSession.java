package org.rapport.security.api;

import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Verb;
import org.rapport.persistence.api.StoreException;

/**
 * The signed-in base of every {@code rapport-ctl} verb that works as a user: signs the user of
 * the environment in ({@link CommandLineSignIn}), runs the verb, signs out whatever happens, and
 * turns a refused sign-in, a refused access or a store failure into one line and exit code 1.
 * A command holds one, made from its {@link Authenticator} and {@link CurrentUser} references:
 * <pre>
 * Verb.named("stats").usage(...).action(session().signedIn((context, arguments) -> ...)).build()
 * </pre>
 */
public final class CommandLineSession {

    private final Authenticator authenticator;
    private final CurrentUser current;

    public CommandLineSession(Authenticator authenticator, CurrentUser current) {
        this.authenticator = authenticator;
        this.current = current;
    }

    /** The action, run by the environment's signed-in user. */
    public Verb.Action signedIn(Verb.Action action) {
        return guarded((context, arguments) -> {
            signIn(context);
            return action.run(context, arguments);
        });
    }

    /**
     * The action with the same sign-out and failures, for a verb that decides itself whether it
     * signs in ({@code user add} of the first administrator needs no sign-in).
     */
    public Verb.Action guarded(Verb.Action action) {
        return (CliContext context, Arguments arguments) -> {
            try {
                return action.run(context, arguments);
            } catch (AccessDeniedException | StoreException | IllegalArgumentException e) {
                throw new CliException(e.getMessage(), CliCommand.FAILED, e);
            } finally {
                current.signOut();
            }
        };
    }

    /** Signs the environment's user in; a refusal ends the command as failed. */
    public void signIn(CliContext context) throws CliException {
        try {
            CommandLineSignIn.signIn(context, authenticator);
        } catch (AuthenticationException e) {
            throw new CliException(e.getMessage(), CliCommand.FAILED, e);
        }
    }
}
