package org.rapport.security.internal;

import static org.rapport.security.api.Roles.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * The preset roles' default permissions, after the access rules of DOMAIN.md section 7. Field
 * rules (birthday, income...) come with the models that own those fields.
 */
final class Presets {

    private Presets() {
    }

    /** Per preset, its grants; in {@link org.rapport.security.api.Roles#PRESETS} order. */
    static final Map<String, List<Grant>> GRANTS = Map.of(
            // everything, users and roles included
            ADMINISTRATOR, every(List.of(SessionUser.ALL_AREAS), Action.VALUES, Scope.ALL),
            // all data, but not users and roles
            MANAGER, every(DATA_AREAS, Action.VALUES, Scope.ALL),
            // own accounts, and all commercial data to read
            SALES, join(every(List.of(CUSTOMERS), List.of(Action.READ, Action.CREATE, Action.UPDATE), Scope.OWN),
                    every(List.of(LOYALTY, REPORTS), List.of(Action.READ), Scope.ALL)),
            // complaints, and the profile data needed to serve
            SERVICE_AGENT, join(every(List.of(COMPLAINTS), List.of(Action.READ, Action.CREATE, Action.UPDATE), Scope.ALL),
                    every(List.of(CUSTOMERS, LOYALTY), List.of(Action.READ), Scope.ALL)),
            // product usage only
            TECHNICIAN, every(List.of(PRODUCT_USAGE), List.of(Action.READ), Scope.ALL));

    private static List<Grant> every(List<String> areas, List<Action> actions, Scope scope) {
        List<Grant> grants = new ArrayList<>();
        for (String area : areas) {
            for (Action action : actions) {
                grants.add(new Grant(area, action, scope));
            }
        }
        return grants;
    }

    private static List<Grant> join(List<Grant> first, List<Grant> second) {
        List<Grant> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
