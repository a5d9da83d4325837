package org.rapport.security.internal;

import static org.rapport.security.api.Area.each;
import static org.rapport.security.model.Action.CREATE;
import static org.rapport.security.model.Action.READ;
import static org.rapport.security.model.Action.UPDATE;

import java.util.List;
import java.util.Map;

import org.rapport.security.api.Area;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/** An area as a bundle would register it, for tests: the platform itself names none. */
record TestArea(String id, String label, Map<String, List<Access>> presetGrants, List<PerspectiveRule> perspectives) implements Area {

    /** Like the customers area: sales work on their own accounts, service agents read all, managers do everything. */
    static final TestArea CUSTOMERS = new TestArea("customers", "Customers", Map.of(Roles.MANAGER, all(), Roles.SALES, each(Scope.OWN, READ, CREATE, UPDATE),
            Roles.SERVICE_AGENT, each(Scope.ALL, READ)), List.of());
    /** Commercial data everyone but technicians reads. */
    static final TestArea POINTS = new TestArea("points", "Points", Map.of(Roles.MANAGER, all(), Roles.SALES, each(Scope.ALL, READ),
            Roles.SERVICE_AGENT, each(Scope.ALL, READ)), List.of());
    /** The technicians' only area. */
    static final TestArea USAGE = new TestArea("usage", "Usage", Map.of(Roles.MANAGER, all(), Roles.TECHNICIAN, each(Scope.ALL, READ)), List.of());
    /** The areas {@link SecurityFixture} registers. */
    static final List<TestArea> ALL = List.of(CUSTOMERS, POINTS, USAGE);

    static List<Access> all() {
        return each(Scope.ALL, Action.VALUES.toArray(Action[]::new));
    }
}
