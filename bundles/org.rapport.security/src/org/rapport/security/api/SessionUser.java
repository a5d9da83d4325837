package org.rapport.security.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;

/**
 * A signed-in user as of sign-in: login, name, roles and what the roles allow. It is a snapshot:
 * changes to the user's roles apply from the next sign-in (administration re-reads the database).
 *
 * @param login the unique login
 * @param displayName the name to show
 * @param roles the names of the user's roles
 * @param grants every permission of every role
 * @param fieldRules per feature ({@code nsURI#EClass.feature}), the access the roles leave: a
 *        feature is restricted only when every role restricts it, to the least restrictive of
 *        their rules (roles add rights, they never take them away)
 */
public record SessionUser(String login, String displayName, Set<String> roles, List<Grant> grants, Map<String, FieldAccess> fieldRules) {

    /** The source of the annotations in which models declare their access rules (areas, owners, field rules). */
    public static final String MODEL_ANNOTATION = "http://rapport.org/security";

    /** One permission: an action on a data area ({@link #ALL_AREAS} for every area), on all records or the user's own. */
    public record Grant(String area, Action action, Scope scope) {

        public Grant {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(scope, "scope");
        }

        /** Whether this grant covers the action on the area. */
        public boolean covers(String onArea, Action doing) {
            return action == doing && (area.equals(ALL_AREAS) || area.equals(onArea));
        }
    }

    /** The area of a grant that covers every area. */
    public static final String ALL_AREAS = "*";

    public SessionUser {
        Objects.requireNonNull(login, "login");
        displayName = displayName == null ? login : displayName;
        roles = Set.copyOf(roles);
        grants = List.copyOf(grants);
        fieldRules = Map.copyOf(fieldRules);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether the user holds the {@link Roles#ADMINISTRATOR} role. */
    public boolean isAdministrator() {
        return hasRole(Roles.ADMINISTRATOR);
    }

    /** Whether any of the user's roles allows the action on the area, on all records or on the user's own. */
    public boolean may(String area, Action action) {
        return scope(area, action).isPresent();
    }

    /**
     * How far the action on the area reaches: {@link Scope#ALL} if any role allows it on all
     * records, {@link Scope#OWN} if only on the user's own, empty if not at all.
     */
    public Optional<Scope> scope(String area, Action action) {
        Optional<Scope> widest = Optional.empty();
        for (Grant grant : grants) {
            if (grant.covers(area, action)) {
                if (grant.scope() == Scope.ALL) {
                    return Optional.of(Scope.ALL);
                }
                widest = Optional.of(grant.scope());
            }
        }
        return widest;
    }

    /**
     * The restriction on a feature ({@code nsURI#EClass.feature}), or empty when the user may
     * read and change it as far as the area's permissions allow.
     */
    public Optional<FieldAccess> fieldAccess(String feature) {
        return Optional.ofNullable(fieldRules.get(feature));
    }

    /**
     * The restriction on a feature of a model, or empty: {@link #fieldAccess(String)} under its
     * {@link #featureKey}. A feature the model keeps from another (annotation
     * {@value #MODEL_ANNOTATION}, detail {@code derivedFrom}: the source's name in the same class,
     * such as a search key kept from a name) is restricted at least as its source is, so the copy
     * never shows or finds what the source hides.
     */
    public Optional<FieldAccess> fieldAccess(EStructuralFeature feature) {
        Optional<FieldAccess> own = fieldAccess(featureKey(feature));
        EAnnotation security = feature.getEAnnotation(MODEL_ANNOTATION);
        String from = security == null ? null : security.getDetails().get("derivedFrom");
        EStructuralFeature source = from == null ? null : feature.getEContainingClass().getEStructuralFeature(from);
        if (source == null || source == feature) {
            return own;
        }
        Optional<FieldAccess> inherited = fieldAccess(featureKey(source));
        if (own.isEmpty() || inherited.isEmpty()) {
            return own.isEmpty() ? inherited : own;
        }
        return Optional.of(own.get() == FieldAccess.HIDDEN || inherited.get() == FieldAccess.HIDDEN ? FieldAccess.HIDDEN : FieldAccess.READ_ONLY);
    }


    /** The name field rules know a feature by: {@code nsURI#EClass.feature}, the class that declares it. */
    public static String featureKey(EStructuralFeature feature) {
        EClass owner = feature.getEContainingClass();
        return owner.getEPackage().getNsURI() + "#" + owner.getName() + "." + feature.getName();
    }
}
