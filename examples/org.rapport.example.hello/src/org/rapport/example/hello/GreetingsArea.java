package org.rapport.example.hello;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.security.api.Area;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * The example's own data area, declared as any area declares itself: administrators see it in
 * the permission matrix under its label, the presets get its grants when it is installed, and the
 * Service desk (where the Hello view sits) is offered to whoever may read it.
 */
@Component(service = Area.class)
public class GreetingsArea implements Area {

    /** The label in the user's language, from the bundle's own localization files. */
    static final class Labels extends NLS {
        public static String area_greetings;

        static {
            NLS.initializeMessages("OSGI-INF.l10n.bundle", Labels.class);
        }

        private Labels() {
        }
    }

    @Override
    public String id() {
        return "example-greetings";
    }

    @Override
    public String label() {
        return Labels.area_greetings;
    }

    @Override
    public Optional<URL> icon() {
        return Optional.ofNullable(GreetingsArea.class.getResource("/icons/greetings.png"));
    }

    @Override
    public Map<String, List<Access>> presetGrants() {
        return Map.of(
                Roles.MANAGER, Area.each(Scope.ALL, Action.READ, Action.CREATE, Action.UPDATE, Action.DELETE),
                Roles.SERVICE_AGENT, Area.each(Scope.ALL, Action.READ, Action.CREATE),
                Roles.TECHNICIAN, Area.each(Scope.ALL, Action.READ));
    }

    @Override
    public List<PerspectiveRule> perspectives() {
        return List.of(new PerspectiveRule(RapportWorkbench.PERSPECTIVE_SERVICE_DESK, Action.READ, Scope.ALL));
    }
}
