package org.rapport.security.ui.internal;

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
 */
final class LoginDialog extends CredentialsDialog {

    private final Authenticator authenticator;
    private final String initialLogin;
    private final String initialError;
    private Text login;
    private Text password;
    private SessionUser user;

    LoginDialog(Shell parent, Authenticator authenticator, String initialLogin, String initialError) {
        super(parent, Messages.login_sign_in, Messages.login_quit);
        this.authenticator = authenticator;
        this.initialLogin = initialLogin;
        this.initialError = initialError;
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
