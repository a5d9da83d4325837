package org.rapport.security.ui.internal.admin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.rapport.security.api.Roles;
import org.rapport.security.api.Roles.RoleInfo;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;

/**
 * The unsaved edit of one role in the permission matrix: per area and action at most one scope
 * (the widest the role grants), per feature at most one restriction. Cells cycle none, own (where
 * records have owners), all; field rules cycle none, read-only, hidden.
 */
final class RoleDraft {

    private final RoleInfo stored;
    private final Map<String, Map<Action, Scope>> scopes = new LinkedHashMap<>();
    private final Map<String, FieldAccess> fieldRules = new TreeMap<>();
    private String description;

    RoleDraft(RoleInfo stored) {
        this.stored = stored;
        description = stored.description() == null ? "" : stored.description();
        for (Grant grant : stored.grants()) {
            scopes.computeIfAbsent(grant.area(), a -> new EnumMap<>(Action.class)).merge(grant.action(), grant.scope(),
                    (a, b) -> a == Scope.ALL || b == Scope.ALL ? Scope.ALL : Scope.OWN);
        }
        fieldRules.putAll(stored.fieldRules());
    }

    RoleInfo stored() {
        return stored;
    }

    String name() {
        return stored.name();
    }

    Optional<Scope> scope(String area, Action action) {
        return Optional.ofNullable(scopes.getOrDefault(area, Map.of()).get(action));
    }

    /** The next scope of a cell: none, own (where it makes sense), all, none again. */
    void cycle(String area, Action action) {
        Scope next = switch (scope(area, action).orElse(null)) {
        case null -> Roles.ownable(area) ? Scope.OWN : Scope.ALL;
        case OWN -> Scope.ALL;
        case ALL -> null;
        };
        Map<Action, Scope> row = scopes.computeIfAbsent(area, a -> new EnumMap<>(Action.class));
        if (next == null) {
            row.remove(action);
        } else {
            row.put(action, next);
        }
    }

    Optional<FieldAccess> access(String feature) {
        return Optional.ofNullable(fieldRules.get(feature));
    }

    /** The next rule of a feature: none, read-only, hidden, none again. */
    void cycleField(String feature) {
        FieldAccess next = switch (access(feature).orElse(null)) {
        case null -> FieldAccess.READ_ONLY;
        case READ_ONLY -> FieldAccess.HIDDEN;
        case HIDDEN -> null;
        };
        if (next == null) {
            fieldRules.remove(feature);
        } else {
            fieldRules.put(feature, next);
        }
    }

    String description() {
        return description;
    }

    void description(String text) {
        description = text;
    }

    List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        scopes.forEach((area, row) -> row.forEach((action, scope) -> grants.add(new Grant(area, action, scope))));
        return grants;
    }

    Map<String, FieldAccess> fieldRules() {
        return Map.copyOf(fieldRules);
    }

    /** Whether anything differs from the stored role. */
    boolean dirty() {
        return !new HashSet<>(grants()).equals(new HashSet<>(new RoleDraft(stored).grants())) || !fieldRules.equals(stored.fieldRules())
                || !Objects.equals(description, stored.description() == null ? "" : stored.description());
    }
}
