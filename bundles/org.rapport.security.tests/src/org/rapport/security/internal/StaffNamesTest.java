package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Roles;

/** Colleagues' names for a role that may not read the users: the name for a login, the login for one nobody has. */
class StaffNamesTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void anyRoleReadsColleaguesNamesAndOnlyThose(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = SecurityFixture.withModels(kind, home, List.of())) {
            UserDirectory users = fixture.directory;
            users.addUser("ada", "Ada Admin", pw("admin-pass"), List.of(Roles.ADMINISTRATOR));
            users.signIn("ada", pw("admin-pass"));
            users.addUser("li.na", "李娜", pw("sales-pass"), List.of(Roles.SALES));
            users.addUser("sam", null, pw("sales-pass"), List.of(Roles.SALES));
            users.signOut();
            users.signIn("sam", pw("sales-pass"));
            try (UnitOfWork work = fixture.store.begin()) {
                assertThrows(AccessDeniedException.class, () -> work.query("SELECT u.login, u.displayName FROM User u"), "sales may not read the users");
            }

            StaffNamesService names = new StaffNamesService(fixture.store);
            assertEquals("李娜", names.nameOf("li.na"));
            assertEquals("sam", names.nameOf("sam"), "no display name given: the login is the name");
            assertEquals("gone.user", names.nameOf("gone.user"), "a login nobody has stays as it is");
            assertEquals("", names.nameOf(null));
            assertEquals(Map.of("li.na", "李娜", "ada", "Ada Admin", "x", "x"), names.namesOf(Arrays.asList("li.na", "ada", "x", null, "li.na")));
        }
    }

    private static char[] pw(String password) {
        return password.toCharArray();
    }
}
