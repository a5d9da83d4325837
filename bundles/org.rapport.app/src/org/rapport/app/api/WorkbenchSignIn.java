package org.rapport.app.api;

import java.util.Optional;

import org.eclipse.swt.widgets.Display;
import org.rapport.security.api.SessionUser;

/**
 * Signs a person in before the workbench shows: the one service the application's start needs
 * from outside, so the shell depends on no area. {@code org.rapport.security.ui} registers it
 * (the login and setup dialogs); without it nobody gets in and the application quits. The
 * {@link org.rapport.security.api.CurrentUser} service stays the truth about who is signed in;
 * this only asks for the credentials.
 */
public interface WorkbenchSignIn {

    /** Environment variable with the login of an unattended sign-in (kiosks, tests). */
    String USER = "RAPPORT_USER";
    /** Environment variable with the password of an unattended sign-in. */
    String PASSWORD = "RAPPORT_PASSWORD";
    /** Environment variable naming a file whose content is the password of an unattended sign-in. */
    String PASSWORD_FILE = "RAPPORT_PASSWORD_FILE";

    /**
     * Signs a user in, on the UI thread of the display: without a dialog when {@link #USER} and a
     * password are in the environment and valid; else the setup dialog when no user exists yet
     * (it creates the first administrator), else the login dialog (prefilled with the login of a
     * refused unattended sign-in, with the refusal shown).
     *
     * @return the signed-in user, or empty when the person cancelled (the application should then quit)
     */
    Optional<SessionUser> signIn(Display display);

    /**
     * Whether {@link #signIn} shows its dialog at once and opens the database behind it (checking
     * the password once it is open). When false the application first opens the database under its
     * splash, as the first start (which makes the database) and an unattended sign-in need.
     */
    default boolean asksWhileTheDatabaseOpens() {
        return false;
    }
}
