package org.rapport.security.api;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * A data area describes itself: each area bundle registers one as a DS service
 * ({@code @Component(service = Area.class)}), and the platform (roles, presets, the permission
 * matrix, the perspectives) learns about the area from it alone. The platform names no area but
 * its own {@link Roles#SECURITY}.
 * <p>
 * The presets receive an area's {@link #presetGrants()} when the area first appears, even when
 * they were stored before its bundle was installed; see {@link Roles#roles()}.
 */
public interface Area {

    /**
     * The name permissions and {@code area} annotations of models use, for example
     * {@code customers}: lower case, stable, never shown to people.
     */
    String id();

    /** How people name the area, in the user's language (from the registering bundle's localization). */
    String label();

    /** A 16x16 icon, usually {@code bundle.getEntry("icons/...png")} of the registering bundle; empty for none. */
    default Optional<URL> icon() {
        return Optional.empty();
    }

    /**
     * Per preset role ({@link Roles#PRESETS}) what it holds on this area by default. Presets not
     * named get nothing; the administrator holds every area anyway ({@link SessionUser#ALL_AREAS}),
     * so an entry for it is ignored.
     */
    Map<String, List<Access>> presetGrants();

    /** The perspectives that show this area's views, with what a user must hold to be offered them for it. */
    List<PerspectiveRule> perspectives();

    /** One action on the area with its reach. */
    record Access(Action action, Scope scope) {
    }

    /**
     * The area's views show in a perspective, which is offered to a user who holds {@code action}
     * on this area: on all records when {@code scope} is {@link Scope#ALL}, on at least their own
     * when it is {@link Scope#OWN}.
     */
    record PerspectiveRule(String perspectiveId, Action action, Scope scope) {

        public boolean admits(String area, SessionUser user) {
            return user.scope(area, action).map(held -> scope == Scope.OWN || held == Scope.ALL).orElse(false);
        }
    }

    /** Each of these actions with one scope, for {@link #presetGrants()}. */
    static List<Access> each(Scope scope, Action... actions) {
        List<Access> access = new ArrayList<>();
        for (Action action : actions) {
            access.add(new Access(action, scope));
        }
        return List.copyOf(access);
    }
}
