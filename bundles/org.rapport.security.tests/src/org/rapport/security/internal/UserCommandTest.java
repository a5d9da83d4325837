package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.cli.api.CliCommand;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.testing.CliRun;

/** {@code rapport-ctl user}: credentials from the environment only, the first administrator, then administrators only; on the three databases. */
class UserCommandTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void firstAdministratorThenAdministratorsOnly(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = new SecurityFixture(kind, home)) {
            UserCommand command = new UserCommand(fixture.directory);

            CliRun onTheLine = CliRun.run(command, Map.of(), "add", "ada", "--role", "administrator", "--password", "admin-pass");
            assertEquals(CliCommand.USAGE, onTheLine.code());
            assertTrue(onTheLine.err().startsWith("Passwords are never given on the command line"), onTheLine.err());
            assertTrue(fixture.directory.noUsers());
            assertEquals(CliCommand.USAGE, CliRun.run(command, Map.of(), "add", "ada").code(), "a role is needed");
            assertEquals(CliCommand.USAGE, CliRun.run(command, Map.of(), "remove", "ada").code());

            CliRun noPassword = CliRun.run(command, Map.of(), "add", "ada", "--role", "administrator");
            assertEquals(CliCommand.FAILED, noPassword.code());
            assertTrue(noPassword.err().contains("RAPPORT_NEW_PASSWORD"), noPassword.err());

            // no user yet: the first administrator, with the password of RAPPORT_PASSWORD, without signing in
            CliRun first = CliRun.run(command, Map.of("RAPPORT_PASSWORD", "admin-pass"), "add", "ada", "--role", "administrator", "--display-name", "Ada Admin");
            assertEquals(CliCommand.OK, first.code(), first.err());
            assertTrue(first.out().contains("Added user ada (Ada Admin) with roles administrator."), first.out());
            assertTrue(first.out().contains("first administrator"), first.out());
            assertEquals(Optional.empty(), fixture.directory.get(), "the command signs out when it ends");

            // from now on only an administrator's sign-in adds users
            CliRun again = CliRun.run(command, Map.of("RAPPORT_PASSWORD", "admin-pass"), "add", "eve", "--role", "administrator");
            assertEquals(CliCommand.FAILED, again.code());
            assertTrue(again.err().startsWith("Sign in first"), again.err());
            CliRun wrong = CliRun.run(command, Map.of("RAPPORT_USER", "ada", "RAPPORT_PASSWORD", "wrong-pass", "RAPPORT_NEW_PASSWORD", "eve-password"), "add",
                    "eve", "--role", "administrator");
            assertEquals(CliCommand.FAILED, wrong.code());
            assertTrue(wrong.err().startsWith("Sign-in refused"), wrong.err());

            Path secret = home.resolve("admin.secret");
            Files.writeString(secret, "admin-pass\n");
            Map<String, String> admin = new HashMap<>(Map.of("RAPPORT_USER", "ada", "RAPPORT_PASSWORD_FILE", secret.toString()));
            admin.put("RAPPORT_NEW_PASSWORD", "sales-pass");
            CliRun sales = CliRun.run(command, admin, "add", "sam", "--role", "sales", "--role", "service-agent");
            assertEquals(CliCommand.OK, sales.code(), sales.err());
            assertTrue(sales.out().contains("Added user sam (sam) with roles sales, service-agent."), sales.out());
            fixture.directory.authenticate("sam", "sales-pass".toCharArray());

            CliRun notAdmin = CliRun.run(command, Map.of("RAPPORT_USER", "sam", "RAPPORT_PASSWORD", "sales-pass", "RAPPORT_NEW_PASSWORD", "eve-password"), "add",
                    "eve", "--role", "administrator");
            assertEquals(CliCommand.FAILED, notAdmin.code());
            assertEquals("sam is not an administrator: only administrators manage users and roles.", notAdmin.err());
            assertEquals(CliCommand.FAILED, CliRun.run(command, Map.of("RAPPORT_USER", "sam", "RAPPORT_PASSWORD", "sales-pass"), "list").code());

            CliRun list = CliRun.run(command, admin, "list");
            assertEquals(CliCommand.OK, list.code(), list.err());
            assertEquals(List.of("ada\tAda Admin\tadministrator\tenabled", "sam\tsam\tsales,service-agent\tenabled"), list.out().lines().toList());
            assertThrows(Exception.class, () -> fixture.directory.authenticate("eve", "eve-password".toCharArray()), "eve was never added");
        }
    }
}
