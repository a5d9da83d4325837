package org.rapport.security.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.UsageException;
import org.rapport.cli.api.Verb;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSession;
import org.rapport.security.api.CommandLineSignIn;
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
public class UserCommand extends AreaCommand {

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

    @Override
    public List<Verb> verbs() {
        CommandLineSession session = new CommandLineSession(authenticator, current);
        return List.of(
                Verb.named("add").usage(Messages.user_usage).parameter("LOGIN").repeatable("--role").option("--display-name")
                        .action(session.guarded((context, arguments) -> add(context, session, arguments))).build(),
                Verb.named("list").usage(Messages.user_usage).records(Format.TSV).action(session.signedIn(this::list)).build());
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        // refused before parsing, with its own message: a password on the command line is never right
        if (arguments.stream().anyMatch(a -> a.startsWith("--password") || a.startsWith("--new-password") || a.equals("-p"))) {
            context.err().println(NLS.bind(Messages.user_password_argument, PASSWORD, PASSWORD_FILE));
            return USAGE;
        }
        return super.run(context, arguments);
    }

    private int add(CliContext context, CommandLineSession session, Arguments arguments) throws CliException {
        List<String> roles = arguments.values("--role");
        if (roles.isEmpty()) {
            throw new UsageException(NLS.bind(Messages.user_no_role, "--role"));
        }
        boolean first = roles.contains(Roles.ADMINISTRATOR) && administration.noUsers();
        if (!first) {
            session.signIn(context);
        }
        char[] password = CommandLineSignIn.secret(context, NEW_PASSWORD, NEW_PASSWORD_FILE);
        if (password == null && first) {
            password = CommandLineSignIn.secret(context, PASSWORD, PASSWORD_FILE);
        }
        if (password == null) {
            context.err().println(NLS.bind(Messages.user_no_new_password, NEW_PASSWORD, NEW_PASSWORD_FILE));
            return FAILED;
        }
        UserInfo user = administration.addUser(arguments.parameter(0), arguments.value("--display-name").orElse(null), password, roles);
        context.out().println(NLS.bind(Messages.user_added, new Object[] { user.login(), user.displayName(), String.join(", ", user.roles()) }));
        if (first) {
            context.out().println(NLS.bind(Messages.user_first_added, user.login()));
        }
        return OK;
    }

    private int list(CliContext context, Arguments arguments) {
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "login", "name", "roles", "state")) {
            for (UserInfo user : administration.users()) {
                String state = !user.enabled() ? Messages.user_state_disabled : user.locked() ? Messages.user_state_locked : Messages.user_state_enabled;
                records.print(user.login(), user.displayName(), String.join(",", user.roles()), state);
            }
        }
        return OK;
    }
}
