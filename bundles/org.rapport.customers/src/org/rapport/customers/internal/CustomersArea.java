package org.rapport.customers.internal;

import static org.rapport.security.api.Area.each;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.security.api.Area;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * The customers area describes itself to the platform: its label and icon for the permission
 * matrix, what the preset roles hold on customer records (DOMAIN.md section 7) and where its views
 * are offered.
 */
@Component(service = Area.class)
public class CustomersArea implements Area {

    @Override
    public String id() {
        return CustomersAreaId.ID;
    }

    @Override
    public String label() {
        return Messages.area_customers;
    }

    @Override
    public Optional<URL> icon() {
        return Optional.ofNullable(CustomersArea.class.getResource("/icons/customers.png"));
    }

    @Override
    public Map<String, List<Access>> presetGrants() {
        return Map.of(
                // everything on every customer
                Roles.MANAGER, each(Scope.ALL, Action.VALUES.toArray(Action[]::new)),
                // their own accounts: the accounts they manage
                Roles.SALES, each(Scope.OWN, Action.READ, Action.CREATE, Action.UPDATE),
                // the profile data needed to serve any customer
                Roles.SERVICE_AGENT, each(Scope.ALL, Action.READ));
    }

    @Override
    public List<PerspectiveRule> perspectives() {
        // the customer list sits in the shared work area, so it shows in each of these. The ids are
        // compile-time constants: the headless core imports org.rapport.app.api optionally and
        // needs no workbench at run time
        return List.of(
                // serving whoever calls: every customer readable
                new PerspectiveRule(RapportWorkbench.PERSPECTIVE_SERVICE_DESK, Action.READ, Scope.ALL),
                // working on accounts, not only reading them
                new PerspectiveRule(RapportWorkbench.PERSPECTIVE_SALES, Action.UPDATE, Scope.OWN),
                // reporting: every customer, taken out of the system
                new PerspectiveRule(RapportWorkbench.PERSPECTIVE_MANAGEMENT, Action.EXPORT, Scope.ALL));
    }
}
