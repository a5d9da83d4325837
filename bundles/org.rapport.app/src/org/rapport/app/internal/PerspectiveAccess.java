package org.rapport.app.internal;

import org.rapport.app.api.RapportWorkbench;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * Which perspectives a user's roles may use, decided from the permissions (areas), not from role
 * names, so custom roles get the perspectives their grants call for. docs/user-guide.md lists
 * what the preset roles get. Hiding is for a tidy workbench only: the services enforce access.
 */
public final class PerspectiveAccess {

    private PerspectiveAccess() {
    }

    public static boolean may(SessionUser user, String perspectiveId) {
        return switch (perspectiveId) {
        // complaints, or product usage for technicians who help with them
        case RapportWorkbench.PERSPECTIVE_SERVICE_DESK -> user.may(Roles.COMPLAINTS, Action.READ) || user.may(Roles.PRODUCT_USAGE, Action.READ);
        // working on customer accounts, not only reading them
        case RapportWorkbench.PERSPECTIVE_SALES -> user.may(Roles.CUSTOMERS, Action.UPDATE);
        // reporting over all data: every data area readable on all records
        case RapportWorkbench.PERSPECTIVE_MANAGEMENT -> Roles.DATA_AREAS.stream().allMatch(area -> user.scope(area, Action.READ).orElse(null) == Scope.ALL);
        // users and roles
        case RapportWorkbench.PERSPECTIVE_ADMINISTRATION -> user.may(Roles.SECURITY, Action.UPDATE);
        // perspectives added by extensions decide for themselves
        default -> true;
        };
    }
}
