package org.rapport.security.ui.internal.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.rapport.persistence.api.ModelLabels;
import org.rapport.security.api.AuditLog.Entry;
import org.rapport.security.model.AuditAction;
import org.rapport.security.ui.internal.Messages;

/**
 * How the audit log reads to a person: the kind of change in words, fields by their labels,
 * times in the local zone, and a creation's values as "Field: value" instead of the stored JSON.
 * The stored entry stays as it is (the rendered text is only shown).
 */
final class AuditTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private AuditTexts() {
    }

    static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    static String change(AuditAction action) {
        return switch (action) {
        case CREATE -> Messages.audit_action_create;
        case UPDATE -> Messages.audit_action_update;
        case DELETE -> Messages.audit_action_delete;
        case EXPORT -> Messages.audit_action_export;
        case VIEW -> Messages.audit_action_view;
        };
    }

    static String field(Entry entry) {
        return entry.feature() == null ? "" : ModelLabels.field(entry.objectClass(), entry.feature());
    }

    /** The old value as text: an instant in the local zone, a date in the user's style. */
    static String oldValue(Entry entry) {
        return plain(entry.oldValue());
    }

    /** The new value as text; a creation's values as "Field: value" pairs. */
    static String newValue(Entry entry) {
        return entry.createdValues().map(values -> {
            List<String> parts = new ArrayList<>();
            values.forEach((feature, text) -> parts.add(ModelLabels.field(entry.objectClass(), feature) + ": " + plain(text)));
            return String.join("  \u00b7  ", parts);
        }).orElseGet(() -> plain(entry.newValue()));
    }

    private static String plain(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() >= 20 && value.length() <= 35 && value.charAt(4) == '-' && value.contains("T") && value.endsWith("Z")) {
            try {
                return when(Instant.parse(value));
            } catch (DateTimeParseException notAnInstant) {
                // as it is
            }
        }
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            try {
                return DAY.format(LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                // as it is
            }
        }
        return value;
    }
}
