package org.rapport.customers.demo.internal;

import org.eclipse.osgi.util.NLS;

/** The demo command's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String demo_summary;
    public static String demo_usage;
    public static String demo_not_empty;
    public static String demo_bad_number;
    public static String demo_progress;
    public static String demo_done;
    public static String demo_complaints;
    public static String demo_knowledge;
    public static String demo_loyalty;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
