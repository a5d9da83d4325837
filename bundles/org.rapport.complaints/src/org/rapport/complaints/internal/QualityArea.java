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
 * Quality review of handled complaints (the checklist and the reviews): supervisors only, so the
 * agents whose work is scored do not score it themselves. An administrator grants it to others.
 */
@Component(service = Area.class)
public class QualityArea implements Area {

    @Override
    public String id() {
        return ComplaintsAreaId.QUALITY;
    }

    @Override
    public String label() {
        return Messages.area_quality;
    }

    @Override
    public Map<String, List<Access>> presetGrants() {
        return Map.of(Roles.MANAGER, each(Scope.ALL, Action.VALUES.toArray(Action[]::new)));
    }

    @Override
    public List<PerspectiveRule> perspectives() {
        return List.of();
    }
}
