package org.rapport.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The toolkit's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String save_problems_title;
    public static String save_problems;
    public static String save_failed_title;
    public static String stale_title;
    public static String stale_message;
    public static String stale_reload;
    public static String stale_keep;
    public static String loading;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
