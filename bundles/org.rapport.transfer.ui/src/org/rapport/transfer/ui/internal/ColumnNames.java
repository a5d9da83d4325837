package org.rapport.transfer.ui.internal;

import java.util.Locale;

/** Column names as the wizard compares them. */
final class ColumnNames {

    private ColumnNames() {
    }

    /** A header as the defaults compare it: "E-Mail", "e_mail" and "email" are the same column. */
    static String simple(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    }
}
