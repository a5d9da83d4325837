package org.rapport.complaints.internal;

import static org.rapport.security.api.Area.each;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.security.api.Area;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * The complaints area describes itself to the platform (DOMAIN.md section 7): service agents read
 * and handle every complaint; sales read the complaints of the customers they manage (the owner
 * is the customer's account manager); managers do everything, calendars and policies included.
 */
@Component(service = Area.class)
public class ComplaintsArea implements Area {

    @Override
    public String id() {
        return ComplaintsAreaId.ID;
    }

    @Override
    public String label() {
        return Messages.area_complaints;
    }

    @Override
    public Map<String, List<Access>> presetGrants() {
        return Map.of(Roles.MANAGER, each(Scope.ALL, Action.VALUES.toArray(Action[]::new)),
                Roles.SALES, each(Scope.OWN, Action.READ),
                Roles.SERVICE_AGENT, each(Scope.ALL, Action.READ, Action.CREATE, Action.UPDATE));
    }

    @Override
    public List<PerspectiveRule> perspectives() {
        // the queue (org.rapport.complaints.ui) sits in the Service desk: whoever handles every complaint. The id is a
        // compile-time constant: the headless core imports org.rapport.app.api optionally
        return List.of(new PerspectiveRule(org.rapport.app.api.RapportWorkbench.PERSPECTIVE_SERVICE_DESK, Action.UPDATE, Scope.ALL));
    }
}
