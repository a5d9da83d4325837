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
 * The service desk's settings: business calendars, service policies, categories. Everyone who
 * handles or reads complaints reads them (the clocks are computed from them); managers change them.
 */
@Component(service = Area.class)
public class ServiceLevelsArea implements Area {

    @Override
    public String id() {
        return ComplaintsAreaId.SETTINGS;
    }

    @Override
    public String label() {
        return Messages.area_service_levels;
    }

    @Override
    public Map<String, List<Access>> presetGrants() {
        return Map.of(Roles.MANAGER, each(Scope.ALL, Action.VALUES.toArray(Action[]::new)),
                Roles.SALES, each(Scope.ALL, Action.READ),
                Roles.SERVICE_AGENT, each(Scope.ALL, Action.READ));
    }

    @Override
    public List<PerspectiveRule> perspectives() {
        return List.of();
    }
}
