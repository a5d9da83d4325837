package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.Area;
import org.rapport.security.api.Roles;
import org.rapport.security.api.Roles.RoleInfo;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * Areas describe themselves: an area registered after the presets were stored (its bundle
 * installed later) reaches the presets once, at the next read of the roles or sign-in, and leaves
 * the areas and the defaults when it goes. The platform names no area: these are test areas.
 */
class AreaServicesTest {

    private static final String PASSWORD = "password-1";
    /** An area installed later: sales read their own queue, technicians all of it. */
    private static final TestArea QUEUE = new TestArea("queue", "Queue", Map.of(Roles.SALES, Area.each(Scope.OWN, Action.READ),
            Roles.TECHNICIAN, Area.each(Scope.ALL, Action.READ, Action.UPDATE)), List.of());

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anAreaInstalledAfterThePresetsWereStoredGivesThemItsGrantsOnce(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = new SecurityFixture(kind, home)) {
            UserDirectory directory = fixture.directory;
            directory.addUser("ada", null, PASSWORD.toCharArray(), List.of(Roles.ADMINISTRATOR));
            directory.signIn("ada", PASSWORD.toCharArray());
            directory.addUser("tec", null, PASSWORD.toCharArray(), List.of(Roles.TECHNICIAN));
            assertFalse(role(directory, Roles.SALES).grants().stream().anyMatch(g -> g.area().equals("queue")));
            assertFalse(directory.authenticate("tec", PASSWORD.toCharArray()).may("queue", Action.READ));

            directory.addArea(QUEUE);
            assertEquals(List.of("customers", "points", "queue", "usage", "security"), directory.areas());
            assertEquals(List.of(TestArea.CUSTOMERS, TestArea.POINTS, QUEUE, TestArea.USAGE), directory.registeredAreas());
            // a sign-in sees the new area's grants without anyone opening the roles first
            assertEquals(Scope.ALL, directory.authenticate("tec", PASSWORD.toCharArray()).scope("queue", Action.UPDATE).orElseThrow());
            assertTrue(role(directory, Roles.SALES).grants().contains(new Grant("queue", Action.READ, Scope.OWN)));
            assertEquals(List.of(new Grant("usage", Action.READ, Scope.ALL), new Grant("queue", Action.READ, Scope.ALL),
                    new Grant("queue", Action.UPDATE, Scope.ALL)), role(directory, Roles.TECHNICIAN).grants());
            assertTrue(role(directory, Roles.ADMINISTRATOR).grants().contains(new Grant("queue", Action.EXPORT, Scope.ALL)),
                    "the administrator's grants mark the area known");
            assertFalse(role(directory, Roles.MANAGER).grants().stream().anyMatch(g -> g.area().equals("queue")), "the area grants managers nothing");

            // an administrator takes the queue from sales: reading the roles again does not give it back
            List<Grant> withoutQueue = role(directory, Roles.SALES).grants().stream().filter(g -> !g.area().equals("queue")).toList();
            directory.updateRole(Roles.SALES, null, withoutQueue, role(directory, Roles.SALES).fieldRules());
            assertEquals(withoutQueue, role(directory, Roles.SALES).grants());
            assertTrue(directory.resetPreset(Roles.SALES).grants().contains(new Grant("queue", Action.READ, Scope.OWN)), "the defaults have it");

            // the bundle goes: the area leaves the areas and the defaults; stored grants on it may stay, new ones may not be made
            directory.removeArea(QUEUE);
            assertEquals(List.of("customers", "points", "usage", "security"), directory.areas());
            assertFalse(directory.resetPreset(Roles.SALES).grants().stream().anyMatch(g -> g.area().equals("queue")));
            RoleInfo technician = role(directory, Roles.TECHNICIAN);
            directory.updateRole(Roles.TECHNICIAN, "Keeps the queue", technician.grants(), technician.fieldRules());
            List<Grant> more = new ArrayList<>(technician.grants());
            more.add(new Grant("queue", Action.DELETE, Scope.ALL));
            // refused as a whole: the queue is gone, so no grant on it can be added
            assertThrows(IllegalArgumentException.class, () -> directory.addRole("clerk", null, more, Map.of()));
        }
    }

    private static RoleInfo role(UserDirectory directory, String name) {
        return directory.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
