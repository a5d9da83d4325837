package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.persistence.testmodel.contribution.TestmodelContribution;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuditLog.Entry;
import org.rapport.security.api.AuditLog.Filter;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Roles;
import org.rapport.security.api.Roles.RestrictableField;
import org.rapport.security.api.Roles.RoleInfo;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.api.UserAdministration.UserInfo;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;

/**
 * What the administration screens do, through the services alone: editing, resetting and deleting
 * roles, the areas and fields the permission matrix offers, enabling users and renaming them, and
 * keeping at least one administrator. Over the test model (areas customers and products), on the
 * three databases.
 */
class AdministrationTest {

    private static final String PASSWORD = "password-1";
    private static final String INCOME = ModelAccess.key(TestmodelPackage.Literals.CUSTOMER__INCOME);
    private static final String BIRTHDAY = ModelAccess.key(TestmodelPackage.Literals.CUSTOMER__BIRTHDAY);
    private static final String VIP = ModelAccess.key(TestmodelPackage.Literals.CUSTOMER__VIP);

    @TempDir
    Path home;

    private SecurityFixture fixture(DatabaseKind kind) throws Exception {
        SecurityFixture fixture = SecurityFixture.withModels(kind, home, List.of(new TestmodelContribution()));
        fixture.directory.addUser("ada", "Ada", PASSWORD.toCharArray(), List.of(Roles.ADMINISTRATOR));
        fixture.directory.signIn("ada", PASSWORD.toCharArray());
        return fixture;
    }

    private static RoleInfo role(UserDirectory directory, String name) {
        return directory.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theMatrixOffersTheFixedAreasAndEveryAreaAndSingleValuedFieldTheModelsDeclare(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = fixture(kind)) {
            UserDirectory directory = fixture.directory;
            assertEquals(List.of("customers", "points", "usage", "security", "products"), directory.areas(),
                    "the registered areas by id, users and roles, then the areas only models declare");

            Map<String, List<RestrictableField>> fields = directory.restrictableFields();
            assertEquals(List.of("customers", "products"), List.copyOf(fields.keySet()),
                    "in area order; areas without models left out, and users and roles, which only their services reach");
            List<String> customers = fields.get("customers").stream().map(RestrictableField::label).toList();
            // inherited attributes once, under the class that declares them; sorted by label; a model without texts (ModelLabels) by its names
            assertEquals(List.of("Address: city", "Address: postcode", "Address: primary", "Address: street", "Call: durationSeconds", "Customer: birthday",
                    "Customer: income", "Customer: lastContact", "Customer: loyaltyPoints", "Customer: rating", "Customer: status", "Customer: vip",
                    "Customer: visits", "Interaction: at", "Interaction: summary", "Order: number", "Order: placed", "Order: total", "OrderLine: price",
                    "OrderLine: quantity", "Party: name", "Party: reference", "Visit: place"), customers);
            assertFalse(customers.contains("Customer: tags"), "many-valued");
            assertEquals(new RestrictableField(INCOME, "Customer: income"),
                    fields.get("customers").stream().filter(f -> f.key().equals(INCOME)).findFirst().orElseThrow());
            assertEquals(List.of("Product: name", "Product: price", "Product: sku"), fields.get("products").stream().map(RestrictableField::label).toList());

            assertTrue(Roles.ownable(TestArea.CUSTOMERS.id()));
            assertFalse(Roles.ownable(Roles.SECURITY) || Roles.ownable(SessionUser.ALL_AREAS));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void presetsAndCustomRolesAreEditedAndPresetsResetToTheirDefaults(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = fixture(kind)) {
            UserDirectory directory = fixture.directory;
            RoleInfo sales = role(directory, Roles.SALES);
            assertTrue(sales.grants().contains(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.OWN)));
            assertEquals(Map.of(INCOME, FieldAccess.READ_ONLY), sales.fieldRules(), "the model's defaultAccess");

            // sales may now read every customer and delete own ones, never see the birthday, and change income
            List<Grant> grants = List.of(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.ALL), new Grant(TestArea.CUSTOMERS.id(), Action.DELETE, Scope.OWN),
                    new Grant("products", Action.READ, Scope.ALL));
            RoleInfo edited = directory.updateRole(Roles.SALES, null, grants, Map.of(BIRTHDAY, FieldAccess.HIDDEN));
            assertEquals(new RoleInfo(Roles.SALES, true, sales.description(), grants, Map.of(BIRTHDAY, FieldAccess.HIDDEN)), edited);
            assertEquals(edited, role(directory, Roles.SALES), "stored");
            directory.addUser("sam", "Sam", PASSWORD.toCharArray(), List.of(Roles.SALES));
            SessionUser sam = directory.authenticate("sam", PASSWORD.toCharArray());
            assertEquals(Optional.of(Scope.ALL), sam.scope(TestArea.CUSTOMERS.id(), Action.READ));
            assertEquals(Optional.of(Scope.OWN), sam.scope(TestArea.CUSTOMERS.id(), Action.DELETE));
            assertFalse(sam.may(TestArea.CUSTOMERS.id(), Action.UPDATE) || sam.may(TestArea.POINTS.id(), Action.READ));
            assertEquals(Map.of(BIRTHDAY, FieldAccess.HIDDEN), sam.fieldRules());

            RoleInfo reset = directory.resetPreset(Roles.SALES);
            assertEquals(sales, reset);
            assertEquals(sales, role(directory, Roles.SALES));
            assertEquals(Optional.of(FieldAccess.READ_ONLY), directory.authenticate("sam", PASSWORD.toCharArray()).fieldAccess(INCOME));

            directory.addRole("clerk", "Keeps records", List.of(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.ALL)), Map.of());
            RoleInfo clerk = directory.updateRole("clerk", "Keeps all records", List.of(new Grant(TestArea.CUSTOMERS.id(), Action.UPDATE, Scope.ALL)),
                    Map.of(VIP, FieldAccess.READ_ONLY));
            assertEquals(new RoleInfo("clerk", false, "Keeps all records", List.of(new Grant(TestArea.CUSTOMERS.id(), Action.UPDATE, Scope.ALL)),
                    Map.of(VIP, FieldAccess.READ_ONLY)), role(directory, "clerk"));
            assertFalse(clerk.preset());
            // an edit touches only what changes: one grant more is one permission created, in the audit too
            List<Grant> more = new ArrayList<>(clerk.grants());
            more.add(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.OWN));
            Filter everything = new Filter(null, null, null, null, null);
            int before = fixture.auditLog.entries(everything, 0, 100_000).size();
            directory.updateRole("clerk", null, more, Map.of(VIP, FieldAccess.HIDDEN));
            List<Entry> written = fixture.auditLog.entries(everything, before, 100_000);
            // the new permission in one entry; the role's list; the rule's access
            assertEquals(List.of("FieldRule UPDATE access", "Permission CREATE null",
                    "Role UPDATE permissions"), written.stream().map(e -> e.object().replaceAll("#.*", "") + " " + e.action() + " " + e.feature()).sorted().toList());
            assertEquals(more, role(directory, "clerk").grants());
            IllegalArgumentException notPreset = assertThrows(IllegalArgumentException.class, () -> directory.resetPreset("clerk"));
            assertEquals("clerk is not a preset role; the presets are administrator, manager, sales, service-agent, technician.", notPreset.getMessage());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> directory.updateRole("wizard", null, List.of(), Map.of()));
            assertTrue(unknown.getMessage().startsWith("There is no role wizard;"), unknown.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void rulesOnUnknownAreasUnownedRecordsOrUnrestrictableFieldsAreRefusedWithNothingStored(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = fixture(kind)) {
            UserDirectory directory = fixture.directory;
            RoleInfo before = role(directory, Roles.SERVICE_AGENT);
            String tags = ModelAccess.key(TestmodelPackage.Literals.CUSTOMER__TAGS);
            String nowhere = "http://example.org/none#Thing.colour";

            IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
                    () -> directory.updateRole(Roles.SERVICE_AGENT, null, before.grants(), Map.of(tags, FieldAccess.HIDDEN, nowhere, FieldAccess.HIDDEN)));
            assertEquals("Field rules restrict single-valued attributes only, and these hold many values: " + tags, many.getMessage());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> directory.addRole("spy", null, List.of(), Map.of(nowhere, FieldAccess.HIDDEN)));
            assertEquals("No installed model has these attributes that field rules could restrict: " + nowhere, unknown.getMessage());
            String login = ModelAccess.key(org.rapport.security.model.SecurityPackage.Literals.USER__LOGIN);
            IllegalArgumentException security = assertThrows(IllegalArgumentException.class,
                    () -> directory.updateRole(Roles.SERVICE_AGENT, null, before.grants(), Map.of(login, FieldAccess.HIDDEN)));
            assertEquals("No installed model has these attributes that field rules could restrict: " + login, security.getMessage());
            IllegalArgumentException area = assertThrows(IllegalArgumentException.class,
                    () -> directory.updateRole(Roles.SERVICE_AGENT, null, List.of(new Grant("weather", Action.READ, Scope.ALL)), Map.of()));
            assertEquals("There is no area weather; the areas are customers, points, usage, security, products.",
                    area.getMessage());
            IllegalArgumentException own = assertThrows(IllegalArgumentException.class,
                    () -> directory.updateRole(Roles.SERVICE_AGENT, null, List.of(new Grant(Roles.SECURITY, Action.READ, Scope.OWN)), Map.of()));
            assertEquals("Grants on security cannot be limited to own records: its records have no owner.", own.getMessage());

            assertEquals(before, role(directory, Roles.SERVICE_AGENT));
            assertTrue(directory.roles().stream().noneMatch(r -> r.name().equals("spy")));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void customRolesAreDeletedOnceNobodyHoldsThemPresetsNever(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = fixture(kind)) {
            UserDirectory directory = fixture.directory;
            directory.addRole("clerk", null, List.of(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.ALL)), Map.of(INCOME, FieldAccess.HIDDEN));
            directory.addUser("jo", null, PASSWORD.toCharArray(), List.of("clerk", Roles.TECHNICIAN));
            directory.addUser("cleo", null, PASSWORD.toCharArray(), List.of("clerk"));

            IllegalArgumentException held = assertThrows(IllegalArgumentException.class, () -> directory.deleteRole("clerk"));
            assertEquals("The role clerk is held by cleo, jo: give them other roles first.", held.getMessage());
            IllegalArgumentException preset = assertThrows(IllegalArgumentException.class, () -> directory.deleteRole(Roles.TECHNICIAN));
            assertEquals("technician is a preset role: presets cannot be deleted, but you can reset them to their defaults.", preset.getMessage());

            directory.setRoles("jo", List.of(Roles.TECHNICIAN));
            directory.setRoles("cleo", List.of(Roles.SALES));
            directory.deleteRole("clerk");
            assertEquals(Roles.PRESETS, directory.roles().stream().map(RoleInfo::name).toList());
            try (var work = fixture.store.begin()) {
                // the presets' two rules on income (sales, service-agent) stay; the clerk's went with the role
                assertEquals(2, work.<Number>query("SELECT COUNT(f) FROM FieldRule f WHERE f.feature = ?1", INCOME).get(0).intValue());
            }
            assertThrows(IllegalArgumentException.class, () -> directory.deleteRole("clerk"));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void usersAreRenamedDisabledAndEnabledButTheLastAdministratorStays(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = fixture(kind)) {
            UserDirectory directory = fixture.directory;
            directory.addUser("bob", "Bob", PASSWORD.toCharArray(), List.of(Roles.ADMINISTRATOR));
            directory.addUser("sam", "Sam", PASSWORD.toCharArray(), List.of(Roles.SALES));

            assertEquals(new UserInfo("sam", "Samuel Sales", List.of(Roles.SALES), true, false), directory.setDisplayName("sam", "  Samuel Sales "));
            assertEquals("sam", directory.setDisplayName("sam", " ").displayName(), "blank: the login");
            directory.disable("sam");
            assertThrows(AuthenticationException.class, () -> directory.authenticate("sam", PASSWORD.toCharArray()));
            directory.enable("sam");
            assertEquals("sam", directory.authenticate("sam", PASSWORD.toCharArray()).login());
            assertTrue(directory.users().stream().allMatch(UserInfo::enabled));

            // bob may go while ada stays; then ada is the last one, and keeps her role
            directory.setRoles("bob", List.of(Roles.MANAGER));
            IllegalArgumentException last = assertThrows(IllegalArgumentException.class, () -> directory.setRoles("ada", List.of(Roles.MANAGER)));
            assertEquals("ada is the last enabled administrator: make another user an administrator first, or nobody could manage users and roles.",
                    last.getMessage());
            directory.setRoles("bob", List.of(Roles.ADMINISTRATOR, Roles.MANAGER));
            directory.disable("bob");
            assertThrows(IllegalArgumentException.class, () -> directory.setRoles("ada", List.of(Roles.SALES)), "a disabled administrator does not count");
            directory.enable("bob");
            directory.signIn("bob", PASSWORD.toCharArray());
            directory.setRoles("ada", List.of(Roles.SALES));
            assertEquals(List.of(Roles.SALES), directory.users().get(0).roles());
            IllegalArgumentException self = assertThrows(IllegalArgumentException.class, () -> directory.disable("bob"));
            assertEquals("You cannot disable your own account.", self.getMessage());
            IllegalArgumentException nobody = assertThrows(IllegalArgumentException.class, () -> directory.enable("nobody"));
            assertEquals("There is no user nobody.", nobody.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyChangeIsRefusedToOthersThanAdministratorsAndNothingChanges(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = fixture(kind)) {
            UserDirectory directory = fixture.directory;
            directory.addRole("clerk", null, List.of(new Grant(TestArea.CUSTOMERS.id(), Action.READ, Scope.ALL)), Map.of());
            directory.addUser("mo", "Mo", PASSWORD.toCharArray(), List.of(Roles.MANAGER));
            directory.addUser("sam", "Sam", PASSWORD.toCharArray(), List.of(Roles.SALES));
            directory.disable("sam");
            List<RoleInfo> roles = directory.roles();
            List<UserInfo> users = directory.users();

            directory.signIn("mo", PASSWORD.toCharArray());
            List<Executable> changes = List.of(() -> directory.updateRole(Roles.MANAGER, null, List.of(), Map.of()),
                    () -> directory.updateRole(Roles.ADMINISTRATOR, "mine", List.of(new Grant(SessionUser.ALL_AREAS, Action.READ, Scope.ALL)), Map.of()),
                    () -> directory.deleteRole("clerk"), () -> directory.resetPreset(Roles.SALES), () -> directory.enable("sam"),
                    () -> directory.setDisplayName("ada", "Eve"));
            for (Executable change : changes) {
                AccessDeniedException refused = assertThrows(AccessDeniedException.class, change);
                assertEquals("mo is not an administrator: only administrators manage users and roles.", refused.getMessage());
            }
            directory.signOut();
            AccessDeniedException nobody = assertThrows(AccessDeniedException.class, () -> directory.enable("sam"));
            assertEquals("Nobody is signed in: sign in first.", nobody.getMessage());

            directory.signIn("ada", PASSWORD.toCharArray());
            assertEquals(roles, directory.roles());
            assertEquals(users, directory.users());
        }
    }
}
