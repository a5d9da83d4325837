package org.rapport.security.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The sign-in dialogs' texts, from {@code OSGI-INF/l10n/bundle*.properties}. NLS, not e4's
 * {@code @Translation}: the dialogs open before the workbench's context has a locale service.
 */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String login_title;
    public static String login_heading;
    public static String login_login;
    public static String login_password;
    public static String login_sign_in;
    public static String login_quit;
    public static String login_missing;

    public static String setup_title;
    public static String setup_heading;
    public static String setup_login;
    public static String setup_display_name;
    public static String setup_password;
    public static String setup_repeat;
    public static String setup_create;
    public static String setup_mismatch;
    public static String setup_missing;

    public static String password_file;
    public static String failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
