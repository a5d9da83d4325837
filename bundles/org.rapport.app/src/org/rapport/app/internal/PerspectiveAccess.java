package org.rapport.app.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.security.api.Area;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;

/**
 * Which perspectives a user's roles may use, decided from the permissions, not from role names, so
 * custom roles get the perspectives their grants call for. The areas say where their views show
 * ({@link Area#perspectives()}): a perspective is offered when one of the areas it shows admits
 * the user. Administration is for users and roles, the platform's own area. docs/user-guide.md lists what the preset roles get. Hiding is for a tidy workbench
 * only: the services enforce access.
 */
@Component(service = PerspectiveAccess.class)
public class PerspectiveAccess {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Area> areas = List.of();

    /** For DS. */
    public PerspectiveAccess() {
    }

    /** For tests: over given areas. */
    public PerspectiveAccess(List<Area> areas) {
        this.areas = List.copyOf(areas);
    }

    public boolean may(SessionUser user, String perspectiveId) {
        if (RapportWorkbench.PERSPECTIVE_ADMINISTRATION.equals(perspectiveId)) {
            // users and roles: the platform's own area
            return user.may(Roles.SECURITY, Action.UPDATE);
        }
        boolean shown = false;
        for (Area area : areas) {
            for (Area.PerspectiveRule rule : area.perspectives()) {
                if (rule.perspectiveId().equals(perspectiveId)) {
                    if (rule.admits(area.id(), user)) {
                        return true;
                    }
                    shown = true;
                }
            }
        }
        if (shown || !RapportWorkbench.PERSPECTIVES.contains(perspectiveId)) {
            // shown areas refused the user; perspectives added by extensions decide for themselves
            return !shown;
        }
        // a Rapport perspective no installed area shows is empty: only for whoever holds every area, to set things up
        return user.may(SessionUser.ALL_AREAS, Action.READ);
    }
}
