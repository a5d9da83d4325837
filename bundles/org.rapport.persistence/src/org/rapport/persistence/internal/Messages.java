package org.rapport.persistence.internal;

import org.eclipse.osgi.util.NLS;

/** The persistence engine's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String settings_unknown_key;
    public static String settings_not_a_setting;
    public static String settings_unreadable;
    public static String settings_bad_url;
    public static String settings_empty;
    public static String settings_bad_encryption;
    public static String settings_encryption_not_embedded;
    public static String settings_duplicate;
    public static String store_stale;
    public static String store_stale_unknown;
    public static String store_constraint;
    public static String store_constraint_unknown;
    public static String store_unreachable;
    public static String store_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
