package org.rapport.reports.internal;

import org.eclipse.osgi.util.NLS;

/** The reports bundle's texts for running and exporting reports, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String reports_unknown;
    public static String reports_none;
    public static String reports_no_dimensions;
    public static String reports_bad_breakdown;
    public static String reports_bad_filter;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
