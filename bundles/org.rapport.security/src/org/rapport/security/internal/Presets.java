package org.rapport.security.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.security.api.Area;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * The preset roles' default permissions, from the areas that declare them: the platform names no
 * area. Field rules (birthday, income...) come with the models that own those fields.
 */
final class Presets {

    private Presets() {
    }

    /** A preset's default grants over these areas: the administrator holds every area, the others what each area declares for them. */
    static List<Grant> grants(String preset, List<Area> areas) {
        List<Grant> grants = new ArrayList<>();
        if (Roles.ADMINISTRATOR.equals(preset)) {
            grants.addAll(every(SessionUser.ALL_AREAS));
        }
        for (Area area : areas) {
            grants.addAll(grants(preset, area));
        }
        return grants;
    }

    /**
     * A preset's default grants on one area. The administrator's, redundant beside its
     * {@link SessionUser#ALL_AREAS}, are stored anyway: they mark the area as known to the presets.
     */
    static List<Grant> grants(String preset, Area area) {
        if (Roles.ADMINISTRATOR.equals(preset)) {
            return every(area.id());
        }
        return area.presetGrants().getOrDefault(preset, List.of()).stream().map(a -> new Grant(area.id(), a.action(), a.scope())).toList();
    }

    private static List<Grant> every(String area) {
        return Action.VALUES.stream().map(action -> new Grant(area, action, Scope.ALL)).toList();
    }
}
