package org.rapport.customers.ui.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.rapport.customers.api.DataQuality.Flag;

/** The customer model's enum literals and data-quality flags as the views name them (the toolkit's labels of this bundle). */
final class EnumLabels {

    private static final org.rapport.ui.api.EnumLabels LABELS = org.rapport.ui.api.EnumLabels.ofBundle(EnumLabels.class);

    private EnumLabels() {
    }

    static String of(Enumerator value) {
        return LABELS.of(value);
    }

    /** What a data-quality flag says. */
    static String of(Flag flag) {
        return flag == Flag.INVALID_CONTACT ? Messages.quality_invalid_contact : Messages.quality_unconfirmed;
    }

    /** What the flags say, in one line; empty without flags. */
    static String of(Set<Flag> flags) {
        return flags.stream().map(EnumLabels::of).collect(Collectors.joining(" \u00b7 "));
    }
}
