package org.rapport.security.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.UserAdministration;

/**
 * The first start on a database without users: creates the first administrator (the one
 * {@link UserAdministration#addUser} that needs nobody signed in) and signs them in. The service
 * checks the login and the password's minimum length and says what is wrong; this dialog only
 * checks that the password was typed the same twice.
 */
final class SetupDialog extends CredentialsDialog {

    private final Authenticator authenticator;
    private final UserAdministration administration;
    private Text login;
    private Text displayName;
    private Text password;
    private Text repeat;
    private SessionUser user;

    /**
     * @param noUsers completes when the database is open (on a first start: made), with whether
     *        it has no users
     */
    SetupDialog(Shell parent, Authenticator authenticator, UserAdministration administration, CompletableFuture<Boolean> noUsers) {
        super(parent, Messages.setup_create, Messages.login_quit, noUsers);
        this.authenticator = authenticator;
        this.administration = administration;
    }

    @Override
    String title() {
        return Messages.setup_title;
    }

    @Override
    String heading() {
        return Messages.setup_heading;
    }

    @Override
    boolean forEmptyDatabase() {
        return true;
    }

    @Override
    void enableInput(boolean enabled) {
        for (Text field : new Text[] { login, displayName, password, repeat }) {
            field.setEnabled(enabled);
        }
        getButton(IDialogConstants.OK_ID).setEnabled(enabled);
    }

    @Override
    void createFields(Composite fields) {
        login = field(fields, Messages.setup_login, "login", 0);
        displayName = field(fields, Messages.setup_display_name, "display-name", 0);
        password = field(fields, Messages.setup_password, "password", SWT.PASSWORD);
        repeat = field(fields, Messages.setup_repeat, "repeat", SWT.PASSWORD);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        // after the buttons exist, which would take it otherwise: the person types their login first
        login.setFocus();
    }

    @Override
    protected void okPressed() {
        String name = login.getText().strip();
        char[] first = secret(password);
        char[] second = secret(repeat);
        if (name.isEmpty() || first.length == 0) {
            wipe(first);
            wipe(second);
            fail(Messages.setup_missing, name.isEmpty() ? login : password);
            return;
        }
        if (!Arrays.equals(first, second)) {
            wipe(first);
            wipe(second);
            repeat.setText("");
            fail(Messages.setup_mismatch, repeat);
            return;
        }
        if (!databaseReady(Messages.setup_making)) {
            // faster than the database's making: what was typed stays in the fields until it is ready
            wipe(first);
            wipe(second);
            return;
        }
        String shown = displayName.getText().strip();
        // addUser wipes the array it gets: sign in with the second copy
        String error = attempt(() -> {
            administration.addUser(name, shown.isEmpty() ? null : shown, first, List.of(Roles.ADMINISTRATOR));
            user = authenticator.signIn(name, second);
        }, first, second);
        if (error != null) {
            fail(error, error.contains(name) ? login : password);
            return;
        }
        super.okPressed();
    }

    /** The created and signed-in administrator after OK. */
    SessionUser user() {
        return user;
    }
}
