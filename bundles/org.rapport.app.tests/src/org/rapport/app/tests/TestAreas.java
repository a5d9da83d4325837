package org.rapport.app.tests;

import static org.rapport.security.api.Area.each;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.security.api.Area;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * Areas registered as OSGi services while a test runs, as area bundles register theirs: the shell
 * and the security bundles name no area, and this runtime holds no area bundle.
 */
final class TestAreas implements AutoCloseable {

    /** An area as a bundle declares it, with a label of its own. */
    record TestArea(String id, String label, Map<String, List<Access>> presetGrants, List<PerspectiveRule> perspectives) implements Area {
    }

    /** Like the customers area: its list shows in Service desk, Sales and Management. */
    static final TestArea CUSTOMERS = new TestArea("customers", "Customers",
            Map.of(Roles.MANAGER, each(Scope.ALL, Action.VALUES.toArray(Action[]::new)), Roles.SALES, each(Scope.OWN, Action.READ, Action.CREATE, Action.UPDATE),
                    Roles.SERVICE_AGENT, each(Scope.ALL, Action.READ)),
            List.of(new Area.PerspectiveRule(RapportWorkbench.PERSPECTIVE_SERVICE_DESK, Action.READ, Scope.ALL),
                    new Area.PerspectiveRule(RapportWorkbench.PERSPECTIVE_SALES, Action.UPDATE, Scope.OWN),
                    new Area.PerspectiveRule(RapportWorkbench.PERSPECTIVE_MANAGEMENT, Action.EXPORT, Scope.ALL)));
    /** Commercial data sales and service agents read; no views of its own. */
    static final TestArea POINTS = new TestArea("points", "Points", Map.of(Roles.MANAGER, each(Scope.ALL, Action.READ, Action.EXPORT),
            Roles.SALES, each(Scope.ALL, Action.READ), Roles.SERVICE_AGENT, each(Scope.ALL, Action.READ)), List.of());

    private final List<ServiceRegistration<Area>> registrations = new ArrayList<>();

    private TestAreas() {
    }

    /** Registers the areas until {@link #close()}. */
    static TestAreas register(Area... areas) {
        BundleContext context = FrameworkUtil.getBundle(TestAreas.class).getBundleContext();
        TestAreas registered = new TestAreas();
        for (Area area : areas) {
            registered.registrations.add(context.registerService(Area.class, area, new Hashtable<>()));
        }
        return registered;
    }

    @Override
    public void close() {
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
    }
}
