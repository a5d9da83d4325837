package org.rapport.security.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.FieldAccess;

/**
 * The roles users hold. The presets ({@link #PRESETS}) are stored on first use with the default
 * permissions the registered {@link Area} services declare for them (the administrator holds every
 * area); administrators may add custom roles. Areas are the names services check with
 * {@link SessionUser#may}: the ids of the registered {@link Area} services, {@link #SECURITY}
 * and the areas models declare.
 */
public interface Roles {

    String ADMINISTRATOR = "administrator";
    String MANAGER = "manager";
    String SALES = "sales";
    String SERVICE_AGENT = "service-agent";
    String TECHNICIAN = "technician";
    List<String> PRESETS = List.of(ADMINISTRATOR, MANAGER, SALES, SERVICE_AGENT, TECHNICIAN);

    /**
     * A role as people call it, in the user's language: a preset by its translated name
     * ("Service agent", 客服代表), a role an administrator made by the name it was given. The one
     * place role names are translated: the window's signed-in line and the administration views
     * both ask here.
     */
    static String label(String role) {
        return org.rapport.security.internal.Messages.roleName(role);
    }

    /** Users and roles themselves: the platform's own area, which no {@link Area} service describes. */
    String SECURITY = "security";

    /** A stored role. */
    record RoleInfo(String name, boolean preset, String description, List<Grant> grants, Map<String, FieldAccess> fieldRules) {
    }

    /**
     * Every role, presets first, then custom roles by name. Presets missing are stored first. An
     * {@link Area} that appeared since the presets were stored (its bundle installed later) gives
     * each preset its {@link Area#presetGrants()} now: an area is new while no preset holds a grant
     * naming it. The administrator preset gets every action on it, which marks it known, so grants
     * an administrator later takes from the other presets are not given back.
     */
    List<RoleInfo> roles();

    /**
     * Adds a custom role; administrators only.
     *
     * @param fieldRules per feature ({@code nsURI#EClass.feature}) its restriction
     * @throws AccessDeniedException unless an administrator is signed in
     * @throws IllegalArgumentException if the name is taken or not a name
     */
    RoleInfo addRole(String name, String description, List<Grant> grants, Map<String, FieldAccess> fieldRules);

    /**
     * Replaces a role's description, grants and field rules; presets too (they stay presets, and
     * {@link #resetPreset} brings their defaults back). Administrators only.
     *
     * @param description the new description; the old one stays when null
     * @param fieldRules per feature ({@code nsURI#EClass.feature}, a key of {@link #restrictableFields()}) its restriction
     * @throws AccessDeniedException unless an administrator is signed in
     * @throws IllegalArgumentException for an unknown role, an unknown area (a grant the role already holds
     *         on an area no longer installed may stay), a scope of own records where
     *         there are no owners, or a field rule on an unknown or many-valued attribute, with a message naming them
     */
    RoleInfo updateRole(String name, String description, List<Grant> grants, Map<String, FieldAccess> fieldRules);

    /**
     * Deletes a custom role; administrators only.
     *
     * @throws AccessDeniedException unless an administrator is signed in
     * @throws IllegalArgumentException for an unknown role, a preset, or a role users still hold (the message names them)
     */
    void deleteRole(String name);

    /**
     * Gives a preset back its default grants (those the registered {@link Area} services declare
     * for it, every area for the administrator), the models' default field rules ({@code defaultAccess})
     * and its description; administrators only.
     *
     * @throws AccessDeniedException unless an administrator is signed in
     * @throws IllegalArgumentException if the name is not a preset
     */
    RoleInfo resetPreset(String name);

    /**
     * The areas grants may name: the registered {@link Area} services' ids by id, {@link #SECURITY},
     * then every other area the installed models declare, by name. A grant may also name
     * {@link SessionUser#ALL_AREAS}.
     */
    List<String> areas();

    /** The registered {@link Area} services, by id. */
    List<Area> registeredAreas();

    /** The registered {@link Area} of an id; empty for {@link #SECURITY}, {@link SessionUser#ALL_AREAS} and areas only models declare. */
    default Optional<Area> area(String id) {
        return registeredAreas().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Whether grants on an area may reach the user's own records only ({@link org.rapport.security.model.Scope#OWN}): not for users and roles, nor for every area at once. */
    static boolean ownable(String area) {
        return !SECURITY.equals(area) && !SessionUser.ALL_AREAS.equals(area);
    }

    /**
     * An attribute a field rule may restrict.
     *
     * @param key how field rules name it: {@code nsURI#EClass.feature}, the class that declares it
     * @param label how people name it: {@code EClass.feature}
     */
    record RestrictableField(String key, String label) {
    }

    /**
     * Per area (in {@link #areas()} order, areas without any left out), the attributes field rules
     * may restrict: the single-valued, stored attributes of the installed models' classes of that
     * area, by label. Not those of {@link #SECURITY}: users and roles are reached through the
     * security services only, which field rules do not restrict.
     */
    Map<String, List<RestrictableField>> restrictableFields();
}
