package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.cli.api.CliCommand;
import org.rapport.persistence.api.ConstraintViolationException;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.LastChange;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;
import org.rapport.security.model.AuditAction;
import org.rapport.security.model.AuditEntry;
import org.rapport.security.model.Permission;
import org.rapport.security.model.Role;
import org.rapport.security.model.Scope;
import org.rapport.security.model.SecurityFactory;
import org.rapport.security.model.SecurityPackage;
import org.rapport.testing.CliRun;

/**
 * The audit trail on the three databases: every change recorded once, in order, in its own
 * commit; the log refuses changes at the service and in the database; stale edits name who
 * stored the object; views, exports and {@code rapport-ctl audit}.
 */
class AuditTrailTest {

    private static final SecurityFactory F = SecurityFactory.eINSTANCE;
    private static final SecurityPackage P = SecurityPackage.eINSTANCE;
    private static final String ROLE = "http://rapport.org/security/1.0#Role";

    @TempDir
    Path home;

    /** Two users, ada (administrator) and li.na (manager); nobody signed in afterwards. */
    private static void twoUsers(SecurityFixture fixture) throws Exception {
        fixture.directory.addUser("ada", "Ada Admin", "admin-pass".toCharArray(), List.of(Roles.ADMINISTRATOR));
        fixture.directory.signIn("ada", "admin-pass".toCharArray());
        fixture.directory.addUser("li.na", "Li Na", "manager-pass".toCharArray(), List.of(Roles.MANAGER));
        fixture.directory.signOut();
    }

    private static void signIn(SecurityFixture fixture, String login) throws Exception {
        fixture.directory.signIn(login, (login.equals("ada") ? "admin-pass" : "manager-pass").toCharArray());
    }

    /** The whole log as lines, in the order it was recorded. */
    private static List<String> log(SecurityFixture fixture) {
        try (UnitOfWork work = fixture.store.begin()) {
            List<AuditEntry> entries = work.query("SELECT e FROM AuditEntry e ORDER BY e.recordedAt, e.persistentId");
            return entries.stream().map(AuditTrailTest::line).toList();
        }
    }

    private static String line(AuditEntry e) {
        return String.join(" ", e.getLogin(), e.getAction().getLiteral(), e.getObjectClass().substring(e.getObjectClass().indexOf('#') + 1) + "#" + e.getObjectId(),
                String.valueOf(e.getFeature()), String.valueOf(e.getOldValue()), "->", String.valueOf(e.getNewValue()));
    }

    private static List<String> roleLines(List<String> log) {
        return log.stream().filter(l -> l.split(" ")[2].startsWith("Role#") || l.split(" ")[2].startsWith("Permission#")).toList();
    }

    /** What the trail must write for one change: engine order is created, updated, deleted, each by identity, features in class order. */
    private record Expected(int kind, long id, int feature, String line) {
    }

    private static Expected expected(String login, AuditAction action, String object, long id, EStructuralFeature feature, String oldValue, String newValue) {
        int kind = switch (action) {
        case CREATE -> 0;
        case UPDATE -> 1;
        default -> 2;
        };
        return new Expected(kind, id, feature.getFeatureID(), String.join(" ", login, action.getLiteral(), object + "#" + id, feature.getName(),
                String.valueOf(oldValue), "->", String.valueOf(newValue)));
    }

    /** A new object's one entry: all its values as a JSON object, in the class's feature order. */
    private static Expected created(String login, String object, long id, String values) {
        return new Expected(0, id, -1, String.join(" ", login, "CREATE", object + "#" + id, "null", "null", "->", values));
    }

    private static long id(Object object) {
        return ((PersistentObject) object).persistentId();
    }

    private static List<String> ids(List<Permission> permissions) {
        return permissions.stream().map(p -> "Permission#" + id(p)).toList();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRandomSequenceOfEditsByTwoUsersIsRecordedExactlyOnceInOrder(DatabaseKind kind) throws Exception {
        long seed = System.nanoTime();
        System.out.println("AuditTrailTest seed " + seed + " on " + kind);
        Random random = new Random(seed);
        try (SecurityFixture fixture = new SecurityFixture(kind, home)) {
            twoUsers(fixture);
            // the preset roles came with the users: the sequence's entries follow them
            int presets = roleLines(log(fixture)).size();
            List<String> expected = new ArrayList<>();
            int created = 0;
            for (int commit = 0; commit < 20; commit++) {
                String login = random.nextBoolean() ? "ada" : "li.na";
                signIn(fixture, login);
                fixture.clock.advance(Duration.ofSeconds(1 + random.nextInt(100)));
                List<Expected> changes = new ArrayList<>();
                try (UnitOfWork work = fixture.store.begin()) {
                    List<Role> roles = new ArrayList<>(work.<Role> query("SELECT r FROM Role r WHERE r.name LIKE ?1 ORDER BY r.persistentId", "r-%"));
                    List<Role> touched = new ArrayList<>();
                    List<Role> newRoles = new ArrayList<>();
                    List<Permission> newPermissions = new ArrayList<>();
                    Map<Role, String> oldDescription = new java.util.HashMap<>();
                    Map<Role, List<Permission>> oldPermissions = new java.util.HashMap<>();
                    Map<Role, Boolean> oldPreset = new java.util.HashMap<>();
                    List<Role> removed = new ArrayList<>();
                    int edits = 1 + random.nextInt(4);
                    for (int edit = 0; edit < edits; edit++) {
                        int what = roles.isEmpty() ? 0 : random.nextInt(5);
                        Role role = roles.isEmpty() ? null : roles.get(random.nextInt(roles.size()));
                        if (what == 0) {
                            Role fresh = F.createRole();
                            fresh.setName("r-" + created++);
                            fresh.setDescription("d" + random.nextInt(1000));
                            work.add(fresh);
                            newRoles.add(fresh);
                            roles.add(fresh);
                        } else if (what == 1 || what == 2) {
                            oldDescription.putIfAbsent(role, role.getDescription());
                            touched.add(role);
                            role.setDescription(what == 1 ? "d" + random.nextInt(1000) : role.getDescription()); // the same value is no change
                        } else if (what == 3 && !newRoles.contains(role)) {
                            oldPermissions.putIfAbsent(role, List.copyOf(role.getPermissions()));
                            oldPreset.putIfAbsent(role, role.isPreset());
                            touched.add(role);
                            Permission permission = F.createPermission();
                            permission.setArea("area" + random.nextInt(10));
                            permission.setAction(Action.UPDATE);
                            permission.setScope(Scope.OWN);
                            role.getPermissions().add(permission);
                            role.setPreset(!role.isPreset());
                            newPermissions.add(permission);
                        } else if (what == 4 && role.getPermissions().isEmpty() && !touched.contains(role) && !newRoles.contains(role)) {
                            work.remove(role);
                            removed.add(role);
                            roles.remove(role);
                        }
                    }
                    // the values before deletion, read before the commit
                    Map<Role, List<String>> removedValues = new java.util.HashMap<>();
                    for (Role role : removed) {
                        removedValues.put(role, List.of(role.getName(), String.valueOf(role.getDescription()), String.valueOf(role.isPreset())));
                    }
                    work.commit();
                    for (Role role : newRoles) {
                        changes.add(created(login, "Role", id(role),
                                "{\"name\":\"" + role.getName() + "\",\"description\":\"" + role.getDescription() + "\"}"));
                    }
                    for (Permission permission : newPermissions) {
                        changes.add(created(login, "Permission", id(permission),
                                "{\"area\":\"" + permission.getArea() + "\",\"action\":\"UPDATE\",\"scope\":\"OWN\"}"));
                    }
                    for (Role role : touched.stream().distinct().filter(r -> !newRoles.contains(r)).toList()) {
                        String before = oldDescription.get(role);
                        if (before != null && !before.equals(role.getDescription())) {
                            changes.add(expected(login, AuditAction.UPDATE, "Role", id(role), P.getRole_Description(), before, role.getDescription()));
                        }
                        if (oldPreset.containsKey(role) && oldPreset.get(role) != role.isPreset()) {
                            changes.add(expected(login, AuditAction.UPDATE, "Role", id(role), P.getRole_Preset(), String.valueOf(oldPreset.get(role)),
                                    String.valueOf(role.isPreset())));
                        }
                        if (oldPermissions.containsKey(role)) {
                            changes.add(expected(login, AuditAction.UPDATE, "Role", id(role), P.getRole_Permissions(),
                                    AuditTrail.render(ids(oldPermissions.get(role))), AuditTrail.render(ids(role.getPermissions()))));
                        }
                    }
                    for (Role role : removed) {
                        List<String> values = removedValues.get(role);
                        changes.add(expected(login, AuditAction.DELETE, "Role", id(role), P.getRole_Name(), values.get(0), null));
                        changes.add(expected(login, AuditAction.DELETE, "Role", id(role), P.getRole_Description(), values.get(1), null));
                        if (values.get(2).equals("true")) {
                            changes.add(expected(login, AuditAction.DELETE, "Role", id(role), P.getRole_Preset(), "true", null));
                        }
                    }
                }
                changes.sort(Comparator.comparingInt(Expected::kind).thenComparingLong(Expected::id).thenComparingInt(Expected::feature));
                changes.forEach(change -> expected.add(change.line()));
                fixture.directory.signOut();
            }
            List<String> recorded = roleLines(log(fixture));
            assertEquals(expected, recorded.subList(presets, recorded.size()), () -> "seed " + seed);
        }
    }

    @org.junit.jupiter.api.Test
    void aNewObjectWhoseValuesDoNotFitOneEntryIsRecordedFieldByField() {
        AuditTrail trail = new AuditTrail(() -> java.time.Clock.fixed(java.time.Instant.parse("2026-03-03T09:00:00Z"), java.time.ZoneOffset.UTC),
                Optional::empty);
        String description = "d".repeat(AuditTrail.VALUE_LENGTH - 10);
        Role role = F.createRole();
        ObjectChange created = new ObjectChange(ObjectChange.Kind.CREATED, role, 42, List.of(new ObjectChange.FeatureChange(P.getRole_Name(), null, "long"),
                new ObjectChange.FeatureChange(P.getRole_Description(), null, description)));
        ObjectChange small = new ObjectChange(ObjectChange.Kind.CREATED, F.createRole(), 43, List.of(new ObjectChange.FeatureChange(P.getRole_Name(), null, "short")));
        List<String> entries = trail.record(List.of(created, small)).stream().map(e -> line((AuditEntry) e)).toList();
        String system = "system:" + System.getProperty("user.name");
        assertEquals(List.of(system + " CREATE Role#42 name null -> long", system + " CREATE Role#42 description null -> " + description,
                system + " CREATE Role#43 null null -> {\"name\":\"short\"}"), entries, "values that do not fit one entry are recorded one by one");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFailedCommitLeavesNoEntriesItsRetryRecordsOnce(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = new SecurityFixture(kind, home)) {
            twoUsers(fixture);
            signIn(fixture, "li.na");
            try (UnitOfWork work = fixture.store.begin()) {
                Role role = F.createRole();
                role.setName("auditors");
                work.add(role);
                work.commit();
            }
            List<String> before = log(fixture);
            try (UnitOfWork work = fixture.store.begin()) {
                Role duplicate = F.createRole();
                duplicate.setName("auditors");
                work.add(duplicate);
                assertThrows(ConstraintViolationException.class, work::commit);
                assertEquals(before, log(fixture), "a failed commit left audit entries");
                duplicate.setName("reviewers");
                work.commit();
                assertEquals(List.of("li.na CREATE Role#" + id(duplicate) + " null null -> {\"name\":\"reviewers\"}"),
                        log(fixture).subList(before.size(), log(fixture).size()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theLogIsAppendOnlyForServicesAndInTheDatabase(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = new SecurityFixture(kind, home)) {
            twoUsers(fixture);
            List<String> before = log(fixture);
            assertTrue(before.size() > 5, before.toString());
            String system = "system:" + System.getProperty("user.name") + " CREATE User#" + userId(fixture, "ada") + " null null -> {";
            assertTrue(before.stream().anyMatch(l -> l.startsWith(system) && l.contains("\"passwordHash\":\"***\"")),
                    "the first administrator is added by the system, in one entry, and password hashes are masked: " + before);

            // the service refuses before the database is asked: its message, and nothing written
            try (UnitOfWork work = fixture.store.begin()) {
                AuditEntry entry = work.<AuditEntry> query("SELECT e FROM AuditEntry e ORDER BY e.persistentId").get(0);
                entry.setLogin("mallory");
                StoreException update = assertThrows(StoreException.class, work::commit);
                assertEquals("UPDATE of an audit entry refused: the audit log is append-only, and nothing was saved.", update.getMessage());
            }
            try (UnitOfWork work = fixture.store.begin()) {
                work.remove(work.<AuditEntry> query("SELECT e FROM AuditEntry e ORDER BY e.persistentId").get(0));
                StoreException delete = assertThrows(StoreException.class, work::commit);
                assertEquals("DELETE of an audit entry refused: the audit log is append-only, and nothing was saved.", delete.getMessage());
            }
            assertEquals(before, log(fixture));

            // past the application, the database refuses it
            try (Connection connection = DataSources.open(fixture.database.settings).getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                for (String sql : List.of("UPDATE SEC_AUDIT_ENTRY SET LOGIN = 'mallory'", "DELETE FROM SEC_AUDIT_ENTRY WHERE LOGIN <> 'x'", kind == DatabaseKind.POSTGRESQL ? "TRUNCATE SEC_AUDIT_ENTRY" : "TRUNCATE TABLE SEC_AUDIT_ENTRY")) {
                    SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
                    System.out.println(kind + " refused " + sql + ": " + refused.getSQLState() + " " + refused.getMessage());
                    if (!sql.startsWith("TRUNCATE") || kind == DatabaseKind.POSTGRESQL) {
                        assertTrue(String.valueOf(refused.getMessage()).contains("SEC_AUDIT_ENTRY is append-only"), refused.getMessage());
                    }
                }
                // appending stays possible: the log must take new entries
                assertEquals(1, statement.executeUpdate("INSERT INTO SEC_AUDIT_ENTRY (ID, ACTION, LOGIN, OBJECT_CLASS, RECORDED_AT, VERSION)"
                        + " VALUES (-7, 'VIEW', 'jdbc', 'x#Y', CURRENT_TIMESTAMP, 1)"));
            }
            List<String> after = log(fixture);
            assertEquals(before.size() + 1, after.size());
            assertTrue(after.containsAll(before), "an entry was changed or lost");
        }
    }

    private static long userId(SecurityFixture fixture, String login) {
        try (UnitOfWork work = fixture.store.begin()) {
            return id(work.<org.rapport.security.model.User> query("SELECT u FROM User u WHERE u.login = ?1", login).get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aStaleEditNamesWhoStoredTheObjectAndWhen(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = new SecurityFixture(kind, home)) {
            twoUsers(fixture);
            long id;
            try (UnitOfWork work = fixture.store.begin()) {
                Role role = F.createRole();
                role.setName("auditors");
                work.add(role);
                work.commit();
                id = id(role);
            }
            fixture.clock.advance(Duration.ofMinutes(90));
            Instant changed = fixture.clock.instant();
            try (UnitOfWork mine = fixture.store.begin(); UnitOfWork hers = fixture.store.begin()) {
                Role myCopy = mine.<Role> find(P.getRole(), id).orElseThrow();
                Role herCopy = hers.<Role> find(P.getRole(), id).orElseThrow();
                signIn(fixture, "li.na");
                herCopy.setDescription("reads the audit");
                hers.commit();
                // a view after her change is no change: the message still names her
                fixture.clock.advance(Duration.ofMinutes(5));
                fixture.auditLog.recordView(herCopy, P.getRole_Description());

                signIn(fixture, "ada");
                myCopy.setDescription("writes the audit");
                StaleEditException stale = assertThrows(StaleEditException.class, mine::commit);
                String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(changed.atZone(ZoneId.systemDefault()));
                assertEquals("Role #" + id + " was changed by li.na at " + when
                        + " after you opened it; nothing was saved. Reload it and make your change again.", stale.getMessage());
                assertEquals(Optional.of(new LastChange("li.na", changed)), stale.lastChange());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void viewsAndExportsAreRecordedAndOnlyAdministratorsReadTheLog(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = new SecurityFixture(kind, home)) {
            twoUsers(fixture);
            List<Role> roles = new ArrayList<>();
            try (UnitOfWork work = fixture.store.begin()) {
                for (String name : List.of("a", "b")) {
                    Role role = F.createRole();
                    role.setName(name);
                    work.add(role);
                    roles.add(role);
                }
                work.commit();
            }
            fixture.clock.advance(Duration.ofHours(1));
            Instant since = fixture.clock.instant();
            signIn(fixture, "li.na");
            fixture.auditLog.recordView(roles.get(0), P.getRole_Description());
            fixture.auditLog.recordExport(roles, "CSV: name, description");
            AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                    () -> fixture.auditLog.entries(new AuditLog.Filter(null, null, null, null, null), 0, 10));
            assertEquals("li.na is not an administrator: only administrators read the audit log.", denied.getMessage());

            signIn(fixture, "ada");
            List<AuditLog.Entry> entries = fixture.auditLog.entries(new AuditLog.Filter(since, null, "li.na", null, null), 0, 10);
            assertEquals(List.of("VIEW Role#" + id(roles.get(0)) + " description null", "EXPORT Role#" + id(roles.get(0)) + " null CSV: name, description",
                    "EXPORT Role#" + id(roles.get(1)) + " null CSV: name, description"),
                    entries.stream().map(e -> e.action() + " " + e.object() + " " + e.feature() + " " + e.newValue()).toList());
            assertEquals(ROLE, entries.get(0).objectClass());
            assertEquals(entries.get(1).commitId(), entries.get(2).commitId(), "one export, one commit");
            assertEquals(2, fixture.auditLog.entries(new AuditLog.Filter(null, null, null, "Role", id(roles.get(1))), 0, 10).size(),
                    "created and exported");
            assertEquals(1, fixture.auditLog.entries(new AuditLog.Filter(null, since, null, ROLE, id(roles.get(1))), 0, 10).size(),
                    "created only");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theAuditCommandPrintsTheLogForAdministrators(DatabaseKind kind) throws Exception {
        try (SecurityFixture fixture = new SecurityFixture(kind, home)) {
            twoUsers(fixture);
            long id;
            fixture.clock.advance(Duration.ofDays(2));
            signIn(fixture, "li.na");
            try (UnitOfWork work = fixture.store.begin()) {
                Role role = F.createRole();
                role.setName("auditors");
                role.setDescription("line one\tand\ttabs");
                work.add(role);
                work.commit();
                id = id(role);
                fixture.clock.advance(Duration.ofMinutes(3));
                role.setDescription("reads the audit");
                work.commit();
            }
            fixture.directory.signOut();
            AuditCommand command = new AuditCommand(fixture.directory, fixture.directory, fixture.auditLog, () -> fixture.clock);
            Map<String, String> ada = Map.of("RAPPORT_USER", "ada", "RAPPORT_PASSWORD", "admin-pass");

            CliRun run = CliRun.run(command, ada, "--since", "2026-03-03", "--object", "Role#" + id);
            assertEquals(CliCommand.OK, run.code(), run.err());
            String role = "Role#" + id;
            assertEquals(List.of("2026-03-03 09:00:00\tli.na\tCREATE\t" + role + "\t\t -> {\"name\":\"auditors\",\"description\":\"line one\\\\tand\\\\ttabs\"}",
                    "2026-03-03 09:03:00\tli.na\tUPDATE\t" + role + "\tdescription\tline one\\tand\\ttabs -> reads the audit"), run.out().lines().toList());
            assertEquals(Optional.empty(), fixture.directory.get(), "the command signs out when it ends");

            CliRun later = CliRun.run(command, ada, "--since", "2026-03-03T09:01", "--user", "li.na");
            assertEquals(1, later.out().lines().count(), later.out());
            assertEquals(0, CliRun.run(command, ada, "--since", "2026-03-03 09:01:00+00:00", "--user", "ada").out().lines().count());
            assertTrue(CliRun.run(command, ada, "--since", "2026-03-01").out().lines().anyMatch(l -> l.contains("\tada\tCREATE\tUser#")),
                    "ada added li.na");

            CliRun badDate = CliRun.run(command, ada, "--since", "yesterday");
            assertEquals(CliCommand.USAGE, badDate.code());
            assertEquals("--since: 'yesterday' is not a date (2026-11-22) or a date and time (2026-11-22T14:03).", badDate.err().strip());
            CliRun badObject = CliRun.run(command, ada, "--since", "2026-03-01", "--object", "Role");
            assertEquals(CliCommand.USAGE, badObject.code());
            assertTrue(badObject.err().startsWith("--object: 'Role'"), badObject.err());
            assertEquals(CliCommand.USAGE, CliRun.run(command, ada).code(), "--since is required");

            CliRun manager = CliRun.run(command, Map.of("RAPPORT_USER", "li.na", "RAPPORT_PASSWORD", "manager-pass"), "--since", "2026-03-01");
            assertEquals(CliCommand.FAILED, manager.code());
            assertEquals("li.na is not an administrator: only administrators read the audit log.", manager.err());
            CliRun nobody = CliRun.run(command, Map.of(), "--since", "2026-03-01");
            assertEquals(CliCommand.FAILED, nobody.code());
            assertTrue(nobody.err().startsWith("Sign in first"), nobody.err());
        }
    }
}
