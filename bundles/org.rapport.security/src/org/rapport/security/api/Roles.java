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
}
