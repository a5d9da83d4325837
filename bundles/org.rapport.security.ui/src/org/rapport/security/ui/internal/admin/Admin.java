package org.rapport.security.ui.internal.admin;

import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;
import org.rapport.security.ui.internal.Messages;

/** What the administration views share: widget names for tests, and how areas, actions and rules read. */
final class Admin {

    /** The key of the name tests find a widget by. */
    static final String WIDGET = "org.rapport.widget";

    private static final Map<String, String> AREAS = Map.of(SessionUser.ALL_AREAS, Messages.area_all, Roles.CUSTOMERS, Messages.area_customers,
            Roles.LOYALTY, Messages.area_loyalty, Roles.COMPLAINTS, Messages.area_complaints, Roles.CARE, Messages.area_care, Roles.REPORTS,
            Messages.area_reports, Roles.PRODUCT_USAGE, Messages.area_product_usage, Roles.SECURITY, Messages.area_security);

    private Admin() {
    }

    /** An area as people read it; areas of extensions by their name. */
    static String area(String area) {
        return AREAS.getOrDefault(area, area);
    }

    static String action(Action action) {
        return switch (action) {
        case READ -> Messages.action_read;
        case CREATE -> Messages.action_create;
        case UPDATE -> Messages.action_update;
        case DELETE -> Messages.action_delete;
        case EXPORT -> Messages.action_export;
        };
    }

    static String scope(Optional<Scope> scope) {
        return scope.map(s -> s == Scope.ALL ? Messages.scope_all : Messages.scope_own).orElse(Messages.scope_none);
    }

    static String access(Optional<FieldAccess> access) {
        return access.map(a -> a == FieldAccess.HIDDEN ? Messages.access_hidden : Messages.access_read_only).orElse(Messages.access_full);
    }

    /** A failure that is no refusal (the database cannot be reached...), in words. */
    static String failure(RuntimeException e) {
        return NLS.bind(Messages.admin_failed, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
