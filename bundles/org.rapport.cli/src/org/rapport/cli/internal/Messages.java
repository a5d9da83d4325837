package org.rapport.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The command line's texts, from {@code OSGI-INF/l10n/bundle*.properties}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "OSGI-INF.l10n.bundle";

    public static String usage;
    public static String usage_more;
    public static String commands;
    public static String unknown_command;
    public static String no_command;
    public static String command_failed;
    public static String help_summary;
    public static String help_usage;
    public static String version_summary;
    public static String version_usage;
    public static String too_many_arguments;
    public static String not_started;
    public static String usage_error;
    public static String unknown_option;
    public static String missing_value;
    public static String repeated_option;
    public static String unexpected_argument;
    public static String missing_parameter;
    public static String bad_number;
    public static String bad_encoding;
    public static String bad_separator;
    public static String bad_format;
    public static String format_option;
    public static String no_verb;
    public static String unknown_verb;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
