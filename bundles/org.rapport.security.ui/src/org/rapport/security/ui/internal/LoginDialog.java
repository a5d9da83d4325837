package org.rapport.security.ui.internal;

import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.SessionUser;

/**
 * Login and password. Sign In (Enter) asks the {@link Authenticator}; a refusal shows its message
 * (one message for a wrong password, an unknown login and a lockout, so a guesser learns nothing)
 * and the dialog stays open. Quit (Esc) cancels.
 * <p>
 * It may open before the database has: then Sign In pressed early says "Opening the database..."
 * and checks the password as soon as it is open.
 */
final class LoginDialog extends CredentialsDialog {

    private final Authenticator authenticator;
    private final String initialLogin;
    private final String initialError;
    private Text login;
    private Text password;
    private SessionUser user;

    /**
     * @param noUsers completes when the database is open, with whether it has no users
     */
    LoginDialog(Shell parent, Authenticator authenticator, String initialLogin, String initialError, CompletableFuture<Boolean> noUsers) {
        super(parent, Messages.login_sign_in, Messages.login_quit, noUsers);
        this.authenticator = authenticator;
        this.initialLogin = initialLogin;
        this.initialError = initialError;
    }

    @Override
    boolean forEmptyDatabase() {
        return false;
    }

    @Override
    void enableInput(boolean enabled) {
        login.setEnabled(enabled);
        password.setEnabled(enabled);
        getButton(IDialogConstants.OK_ID).setEnabled(enabled);
    }

    @Override
    String title() {
        return Messages.login_title;
    }

    @Override
    String heading() {
        return Messages.login_heading;
    }

    @Override
    void createFields(Composite fields) {
        login = field(fields, Messages.login_login, "login", 0);
        password = field(fields, Messages.login_password, "password", SWT.PASSWORD);
        if (initialLogin != null) {
            login.setText(initialLogin);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        // after the buttons exist: the title area's error line and the first field to type in
        if (initialError != null) {
            setErrorMessage(initialError);
        }
        (login.getText().isEmpty() ? login : password).setFocus();
    }

    @Override
    protected void okPressed() {
        String name = login.getText().strip();
        char[] secret = secret(password);
        if (name.isEmpty() || secret.length == 0) {
            wipe(secret);
            fail(Messages.login_missing, name.isEmpty() ? login : password);
            return;
        }
        if (!databaseReady(Messages.login_opening)) {
            // faster than the database: the password stays in its field until it can be checked
            wipe(secret);
            return;
        }
        password.setText("");
        String error = attempt(() -> user = authenticator.signIn(name, secret), secret);
        if (error != null) {
            fail(error, password);
            return;
        }
        super.okPressed();
    }

    /** The signed-in user after OK. */
    SessionUser user() {
        return user;
    }

}
