package org.rapport.security.ui.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.rapport.app.api.WorkbenchSignIn;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Secrets;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.UserAdministration;

/** The workbench's sign-in: unattended from the environment, else the setup or login dialog. */
@Component(service = WorkbenchSignIn.class)
public class SignInService implements WorkbenchSignIn {

    @Reference
    private Authenticator authenticator;
    @Reference
    private UserAdministration administration;

    /** The process environment; tests give their own. */
    private UnaryOperator<String> environment = System::getenv;

    /** For DS. */
    public SignInService() {
    }

    /** For tests: over given services and environment. */
    public SignInService(Authenticator authenticator, UserAdministration administration, UnaryOperator<String> environment) {
        this.authenticator = authenticator;
        this.administration = administration;
        this.environment = environment;
    }

    @Override
    public Optional<SessionUser> signIn(Display display) {
        String login = environment.apply(USER);
        String refusal = null;
        if (login != null && !login.isBlank()) {
            try {
                char[] password = password();
                if (password != null) {
                    return Optional.of(unattended(display, login.strip(), password));
                }
            } catch (AuthenticationException | RuntimeException | IOException e) {
                // show the login dialog with the reason: a kiosk's operator can still sign in by hand
                refusal = e instanceof IOException ? NLS.bind(Messages.password_file, environment.apply(PASSWORD_FILE), e.getMessage()) : e.getMessage();
            }
        }
        String initialLogin = login == null || login.isBlank() ? null : login.strip();
        if (refusal == null && administration.seenUsers()) {
            return login(opening(), initialLogin);
        }
        if (refusal == null && administration.noDatabaseYet()) {
            return setup(opening(), initialLogin);
        }
        boolean empty;
        try {
            empty = busy(display, administration::noUsers);
        } catch (RuntimeException e) {
            // no database yet (rapport-ctl db init), or it cannot be reached: say so, and quit
            MessageDialog.openError(null, Messages.login_title, NLS.bind(Messages.failed, e.getMessage()));
            return Optional.empty();
        }
        if (empty && refusal == null) {
            return setup(CompletableFuture.completedFuture(Boolean.TRUE), initialLogin);
        }
        LoginDialog dialog = new LoginDialog(null, authenticator, initialLogin, refusal, CompletableFuture.completedFuture(Boolean.FALSE));
        return dialog.open() == Window.OK ? Optional.of(dialog.user()) : Optional.empty();
    }

    @Override
    public boolean asksWhileTheDatabaseOpens() {
        String login = environment.apply(USER);
        return (login == null || login.isBlank()) && (administration.seenUsers() || administration.noDatabaseYet());
    }

    /**
     * The login dialog at once, while the database opens behind it (on the marker's word that users
     * exist: see {@link #asksWhileTheDatabaseOpens}); the password is checked once it is open. The
     * database decides: without users the setup dialog follows, and a database that cannot be
     * opened ends the start as before.
     */
    private Optional<SessionUser> login(CompletableFuture<Boolean> noUsers, String initialLogin) {
        LoginDialog dialog = new LoginDialog(null, authenticator, initialLogin, null, noUsers);
        return switch (dialog.open()) {
            case Window.OK -> Optional.of(dialog.user());
            case CredentialsDialog.NO_USERS -> setup(noUsers, initialLogin);
            case CredentialsDialog.UNREACHABLE -> unreachable(dialog);
            default -> Optional.empty();
        };
    }

    /**
     * The setup dialog; on a first start (no database yet) it shows at once while the database is
     * made behind it (docs/performance.md, "Start-up", S3), and Create waits for it. Users found
     * there after all (another desktop set the database up meanwhile) lead to the login dialog.
     */
    private Optional<SessionUser> setup(CompletableFuture<Boolean> noUsers, String initialLogin) {
        SetupDialog setup = new SetupDialog(null, authenticator, administration, noUsers);
        return switch (setup.open()) {
            case Window.OK -> Optional.of(setup.user());
            case CredentialsDialog.HAS_USERS -> login(noUsers, initialLogin);
            case CredentialsDialog.UNREACHABLE -> unreachable(setup);
            default -> Optional.empty();
        };
    }

    private static Optional<SessionUser> unreachable(CredentialsDialog dialog) {
        MessageDialog.openError(null, Messages.login_title, NLS.bind(Messages.failed, dialog.failure()));
        return Optional.empty();
    }

    /** Opens the database (on a first start: makes it) on a thread of its own; completes with whether it has no users. */
    private CompletableFuture<Boolean> opening() {
        CompletableFuture<Boolean> noUsers = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                noUsers.complete(administration.noUsers());
            } catch (Throwable e) {
                noUsers.completeExceptionally(e);
            }
        }, "Rapport database opening");
        opener.setDaemon(true);
        opener.start();
        return noUsers;
    }

    /**
     * Signs in without a dialog. On a database without users the environment's user becomes the
     * first administrator, as the setup dialog would make them: whoever starts Rapport on an empty
     * database may do that anyway, and unattended installs (kiosks, tests) then need no extra step.
     */
    private SessionUser unattended(Display display, String login, char[] password) throws AuthenticationException {
        char[] copy = Arrays.copyOf(password, password.length);
        try {
            return busyChecked(display, () -> {
                if (administration.noUsers()) {
                    administration.addUser(login, null, copy, List.of(Roles.ADMINISTRATOR));
                }
                return authenticator.signIn(login, password);
            });
        } finally {
            Arrays.fill(copy, '\0');
            Arrays.fill(password, '\0');
        }
    }

    /** The password from RAPPORT_PASSWORD, else from the file RAPPORT_PASSWORD_FILE names; null when neither is set. */
    private char[] password() throws IOException {
        return Secrets.fromEnvironment(environment, PASSWORD, PASSWORD_FILE);
    }

    private interface Call<T> {
        T call() throws AuthenticationException;
    }

    private static <T> T busy(Display display, java.util.function.Supplier<T> call) {
        Object[] result = new Object[1];
        BusyIndicator.showWhile(display, () -> result[0] = call.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static <T> T busyChecked(Display display, Call<T> call) throws AuthenticationException {
        Object[] result = new Object[1];
        AuthenticationException[] refused = new AuthenticationException[1];
        BusyIndicator.showWhile(display, () -> {
            try {
                result[0] = call.call();
            } catch (AuthenticationException e) {
                refused[0] = e;
            }
        });
        if (refused[0] != null) {
            throw refused[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
