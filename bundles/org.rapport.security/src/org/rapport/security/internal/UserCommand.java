package org.rapport.security.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.persistence.api.StoreException;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSignIn;
import org.rapport.security.api.Secrets;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.Roles;
import org.rapport.security.api.UserAdministration;
import org.rapport.security.api.UserAdministration.UserInfo;

/**
 * {@code rapport-ctl user add LOGIN --role ROLE [--display-name TEXT] | list}. Secrets come from
 * the environment only (RAPPORT_USER, RAPPORT_PASSWORD or RAPPORT_PASSWORD_FILE to sign in,
 * RAPPORT_NEW_PASSWORD or RAPPORT_NEW_PASSWORD_FILE for the new user): a command line is visible to
 * every local user and lands in shell histories.
 */
@Component(service = CliCommand.class)
public class UserCommand implements CliCommand {

    static final String USER = CommandLineSignIn.USER;
    static final String PASSWORD = CommandLineSignIn.PASSWORD;
    static final String PASSWORD_FILE = CommandLineSignIn.PASSWORD_FILE;
    static final String NEW_PASSWORD = "RAPPORT_NEW_PASSWORD";
    static final String NEW_PASSWORD_FILE = "RAPPORT_NEW_PASSWORD_FILE";

    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;
    @Reference
    private UserAdministration administration;

    /** For DS. */
    public UserCommand() {
    }

    /** For tests: the command over one directory. */
    public UserCommand(UserDirectory directory) {
        this.authenticator = directory;
        this.current = directory;
        this.administration = directory;
    }

    @Override
    public String name() {
        return "user";
    }

    @Override
    public String summary() {
        return Messages.user_summary;
    }

    @Override
    public String usage() {
        return Messages.user_usage;
    }

    /** What {@code user add} was asked for. */
    private record Addition(String login, List<String> roles, String displayName) {
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        if (arguments.stream().anyMatch(a -> a.startsWith("--password") || a.startsWith("--new-password") || a.equals("-p"))) {
            context.err().println(NLS.bind(Messages.user_password_argument, PASSWORD, PASSWORD_FILE));
            return USAGE;
        }
        String action = arguments.isEmpty() ? "" : arguments.get(0);
        List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
        Addition addition = action.equals("add") ? addition(rest) : null;
        if (!(addition != null || action.equals("list") && rest.isEmpty())) {
            context.err().println(usage());
            return USAGE;
        }
        try {
            return addition != null ? add(context, addition) : list(context);
        } catch (AuthenticationException | AccessDeniedException | IllegalArgumentException | StoreException e) {
            throw new CliException(e.getMessage(), FAILED, e);
        } finally {
            current.signOut();
        }
    }

    /** The words after {@code add}, or null when they are no valid call. */
    private static Addition addition(List<String> words) {
        String login = null;
        String displayName = null;
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean hasValue = i + 1 < words.size();
            if (word.equals("--role") && hasValue) {
                roles.add(words.get(++i));
            } else if (word.equals("--display-name") && hasValue && displayName == null) {
                displayName = words.get(++i);
            } else if (!word.startsWith("-") && login == null) {
                login = word;
            } else {
                return null;
            }
        }
        return login == null || roles.isEmpty() ? null : new Addition(login, roles, displayName);
    }

    private int add(CliContext context, Addition addition) throws CliException, AuthenticationException {
        boolean first = addition.roles().contains(Roles.ADMINISTRATOR) && administration.noUsers();
        if (!first) {
            signIn(context);
        }
        char[] password = CommandLineSignIn.secret(context, NEW_PASSWORD, NEW_PASSWORD_FILE);
        if (password == null && first) {
            password = CommandLineSignIn.secret(context, PASSWORD, PASSWORD_FILE);
        }
        if (password == null) {
            context.err().println(NLS.bind(Messages.user_no_new_password, NEW_PASSWORD, NEW_PASSWORD_FILE));
            return FAILED;
        }
        UserInfo user = administration.addUser(addition.login(), addition.displayName(), password, addition.roles());
        context.out().println(NLS.bind(Messages.user_added, new Object[] { user.login(), user.displayName(), String.join(", ", user.roles()) }));
        if (first) {
            context.out().println(NLS.bind(Messages.user_first_added, user.login()));
        }
        return OK;
    }

    private int list(CliContext context) throws CliException, AuthenticationException {
        signIn(context);
        for (UserInfo user : administration.users()) {
            String state = !user.enabled() ? Messages.user_state_disabled : user.locked() ? Messages.user_state_locked : Messages.user_state_enabled;
            context.out().println(NLS.bind(Messages.user_list_row, new Object[] { user.login(), user.displayName(), String.join(",", user.roles()), state }));
        }
        return OK;
    }

    private void signIn(CliContext context) throws CliException, AuthenticationException {
        CommandLineSignIn.signIn(context, authenticator);
    }
}
