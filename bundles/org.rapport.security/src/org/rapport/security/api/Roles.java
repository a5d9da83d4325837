package org.rapport.security.api;

import java.util.List;
import java.util.Map;

import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.FieldAccess;

/**
 * The roles users hold. The presets ({@link #PRESETS}) are stored on first use with the default
 * permissions of the access rules (DOMAIN.md section 7); administrators may add custom roles.
 * Areas are the names services check with {@link SessionUser#may}: {@link #DATA_AREAS} and
 * {@link #SECURITY}.
 */
public interface Roles {

    String ADMINISTRATOR = "administrator";
    String MANAGER = "manager";
    String SALES = "sales";
    String SERVICE_AGENT = "service-agent";
    String TECHNICIAN = "technician";
    List<String> PRESETS = List.of(ADMINISTRATOR, MANAGER, SALES, SERVICE_AGENT, TECHNICIAN);

    String CUSTOMERS = "customers";
    String LOYALTY = "loyalty";
    String COMPLAINTS = "complaints";
    String CARE = "care";
    String REPORTS = "reports";
    String PRODUCT_USAGE = "product-usage";
    /** Users and roles themselves. */
    String SECURITY = "security";
    List<String> DATA_AREAS = List.of(CUSTOMERS, LOYALTY, COMPLAINTS, CARE, REPORTS, PRODUCT_USAGE);

    /** A stored role. */
    record RoleInfo(String name, boolean preset, String description, List<Grant> grants, Map<String, FieldAccess> fieldRules) {
    }

    /** Every role, presets first, then custom roles by name. */
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
     * @throws IllegalArgumentException for an unknown role, an unknown area, a scope of own records where
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
     * Gives a preset back its default grants, the models' default field rules ({@code defaultAccess})
     * and its description; administrators only.
     *
     * @throws AccessDeniedException unless an administrator is signed in
     * @throws IllegalArgumentException if the name is not a preset
     */
    RoleInfo resetPreset(String name);

    /**
     * The areas grants may name: {@link #DATA_AREAS}, {@link #SECURITY}, then every other area the
     * installed models declare, by name. A grant may also name {@link SessionUser#ALL_AREAS}.
     */
    List<String> areas();

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
