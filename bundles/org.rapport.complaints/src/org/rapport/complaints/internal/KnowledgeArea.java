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
 * The knowledge base: agents write and search the articles while answering; sales read them (a
 * customer asks them too); managers do everything. Its own area, since sales read only their own
 * customers' complaints but every article.
 */
@Component(service = Area.class)
public class KnowledgeArea implements Area {

    @Override
    public String id() {
        return ComplaintsAreaId.KNOWLEDGE;
    }

    @Override
    public String label() {
        return Messages.area_knowledge;
    }

    @Override
    public Map<String, List<Access>> presetGrants() {
        return Map.of(Roles.MANAGER, each(Scope.ALL, Action.VALUES.toArray(Action[]::new)),
                Roles.SALES, each(Scope.ALL, Action.READ),
                Roles.SERVICE_AGENT, each(Scope.ALL, Action.READ, Action.CREATE, Action.UPDATE));
    }

    @Override
    public List<PerspectiveRule> perspectives() {
        return List.of();
    }
}
