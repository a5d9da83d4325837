package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;
import org.rapport.cli.api.CliCommand;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.internal.EmbeddedServer;
import org.rapport.persistence.internal.SettingsLoader;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.persistence.testmodel.contribution.TestmodelContribution;
import org.rapport.testing.CliRun;
import org.rapport.testing.Services;

/** {@code rapport-ctl db ...} on a fresh RAPPORT_HOME, through the real command services. */
class DatabaseCommandTest {

    private static ServiceRegistration<ModelContribution> contribution;

    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void contributeTheTestModel() {
        contribution = Services.contextOf(EclipseLinkStore.class).registerService(ModelContribution.class, new TestmodelContribution(), null);
    }

    @AfterAll
    static void withdraw() {
        contribution.unregister();
    }

    private Run db(String... arguments) throws Exception {
        CliCommand command = Services.await(CliCommand.class, "(component.name=org.rapport.persistence.internal.DatabaseCommand)");
        CliRun run = CliRun.run(command, Map.of("RAPPORT_HOME", home.toString()), arguments);
        return new Run(run.code(), run.out(), run.err());
    }

    private void addCustomer(String reference) throws Exception {
        DatabaseSettings settings = SettingsLoader.load(home, Map.of());
        try (EclipseLinkStore store = EclipseLinkStore.open(settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.EXISTING);
                UnitOfWork work = store.begin()) {
            Customer customer = TestmodelFactory.eINSTANCE.createCustomer();
            customer.setReference(reference);
            work.add(customer);
            work.commit();
        } finally {
            org.rapport.persistence.internal.DataSources.shutdownEmbedded(settings);
        }
    }

    private void addCustomers(String prefix, int count) throws Exception {
        DatabaseSettings settings = SettingsLoader.load(home, Map.of());
        try (EclipseLinkStore store = EclipseLinkStore.open(settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.EXISTING);
                UnitOfWork work = store.begin()) {
            for (int i = 1; i <= count; i++) {
                Customer customer = TestmodelFactory.eINSTANCE.createCustomer();
                customer.setReference(prefix + i);
                customer.setName("Customer " + prefix + i);
                work.add(customer);
            }
            work.commit();
        } finally {
            DataSources.shutdownEmbedded(settings);
        }
    }

    /** The file of a table's rows in an embedded database: Derby names it after the table's conglomerate number, in hex. */
    private String dataFileOf(String table) throws Exception {
        DatabaseSettings settings = SettingsLoader.load(home, Map.of());
        try (Connection connection = DataSources.open(settings).getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT c.CONGLOMERATENUMBER FROM SYS.SYSCONGLOMERATES c JOIN SYS.SYSTABLES t ON c.TABLEID = t.TABLEID"
                        + " WHERE t.TABLENAME = '" + table + "' AND c.ISINDEX = FALSE")) {
            assertTrue(rows.next(), table);
            return "seg0/c" + Long.toHexString(rows.getLong(1)) + ".dat";
        } finally {
            DataSources.shutdownEmbedded(settings);
        }
    }

    @Test
    void initStatusCheckBackupAndRestoreAnEmbeddedDatabase() throws Exception {
        Run missing = db("status");
        assertEquals(CliCommand.FAILED, missing.code());
        assertTrue(missing.out().contains("db init"), missing.out());

        Run init = db("init");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains(home.resolve("db").toString()) && init.out().contains(TestmodelPackage.eNS_URI), init.out());
        Path properties = home.resolve("rapport.properties");
        assertTrue(Files.readString(properties).contains("db.password = "), "the generated password is kept for the next start");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(properties)));

        Run again = db("init");
        assertEquals(CliCommand.FAILED, again.code());
        assertTrue(again.err().contains("already exists"), again.err());

        assertTrue(init.out().contains("engine: applied 3 changesets: engine-1, engine-2, engine-3") && init.out().contains("testmodel: applied 3 changesets: testmodel-1, testmodel-3, testmodel-4"),
                init.out());

        addCustomer("C-1");
        Run status = db("status");
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains("PTEST_PARTY: 1 rows"), status.out());
        // testmodel-2 is PostgreSQL's only: on Derby it is neither applied nor pending
        assertTrue(status.out().contains("Schema engine: 3 applied, 0 pending, 0 unknown (last applied engine-3; history RAPPORT_CL_ENGINE)"),
                status.out());
        assertTrue(status.out().contains("Schema testmodel: 3 applied, 0 pending, 0 unknown (last applied testmodel-4; history RAPPORT_CL_TESTMODEL)"),
                status.out());

        Run migrate = db("migrate");
        assertEquals(0, migrate.code(), migrate.err());
        assertEquals(List.of("engine: up to date", "testmodel: up to date"), migrate.out().lines().toList());
        Run diff = db("diff", "testmodel");
        assertEquals(0, diff.code(), diff.err());
        assertEquals("<!-- testmodel: the database has everything the model needs -->", diff.out().strip());
        Run unknown = db("diff", "nope");
        assertEquals(CliCommand.FAILED, unknown.code());
        assertEquals("No model has the id 'nope'; the ids are: engine, testmodel", unknown.err().strip());
        assertEquals(0, db("unlock").code());

        Run check = db("check");
        assertEquals(0, check.code(), check.out());
        assertTrue(check.out().contains("PTEST_PARTY: ok") && check.out().contains(", 0 failed"), check.out());

        Path backups = home.resolve("backups");
        Run backup = db("backup", backups.toString());
        assertEquals(0, backup.code(), backup.err());
        assertTrue(Files.isRegularFile(backups.resolve("db/service.properties")), "the backup holds a whole database");

        addCustomer("C-2");
        assertTrue(db("status").out().contains("PTEST_PARTY: 2 rows"));
        Run restore = db("restore", backups.toString());
        assertEquals(0, restore.code(), restore.err());
        assertTrue(db("status").out().contains("PTEST_PARTY: 1 rows"), "the restored database is the backed-up one");
        try (var kept = Files.list(home)) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("db.before-restore-")), "the replaced database is kept");
        }
    }

    /** A fault injected into a copy of a good backup, and what the refusal must say about it. */
    private record Fault(String name, boolean withManifest, String expected, FaultAction inject) {
    }

    @FunctionalInterface
    private interface FaultAction {
        void inject(Path backup) throws Exception;
    }

    /**
     * Issue 14, defects 1 and 2: a restore of a truncated, incomplete or folder-less backup used to
     * replace the live database (or report success over a broken one). Each is refused now, naming
     * the backup and what is wrong, and the live database is exactly as it was: same rows, every
     * table checks, no file moved aside.
     */
    @Test
    void aDamagedOrIncompleteBackupIsRefusedAndTheLiveDatabaseStaysAsItWas() throws Exception {
        assertEquals(0, db("init").code());
        addCustomers("B-", 2_000);
        String partyFile = dataFileOf("PTEST_PARTY");
        Path good = home.resolve("good");
        assertEquals(0, db("backup", good.toString()).code());
        addCustomers("L-", 500);
        String live = statusTables();
        assertTrue(live.contains("PTEST_PARTY: 2500 rows"), live);
        List<Path> dataFiles;
        try (var files = Files.list(good.resolve("db/seg0"))) {
            dataFiles = files.filter(f -> f.getFileName().toString().endsWith(".dat")).sorted().toList();
        }
        // the figures docs/reliability.md records
        System.out.println("restore faults: backup of " + dataFiles.size() + " seg0/*.dat files, live database " + live.replace("\n", ", "));
        List<Path> tenFiles = new java.util.ArrayList<>(dataFiles);
        java.util.Collections.shuffle(tenFiles, new java.util.Random(14));
        List<String> tenNames = tenFiles.subList(0, 10).stream().map(f -> "seg0/" + f.getFileName()).toList();

        FaultAction truncate = backup -> {
            Path file = backup.resolve(partyFile);
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(channel.size() / 2);
            }
        };
        FaultAction deleteTen = backup -> {
            for (String name : tenNames) {
                Files.delete(backup.resolve(name));
            }
        };
        FaultAction removeSeg0 = backup -> deleteTree(backup.resolve("seg0"));
        // without the manifest first: backups made before there was one, and Derby's checks alone
        List<Fault> faults = List.of(new Fault("truncated-old", false, "PTEST_PARTY", truncate),
                new Fault("ten-missing-old", false, "a copy of it", deleteTen),
                new Fault("no-seg0-old", false, "its seg0 folder is missing", removeSeg0),
                new Fault("truncated", true, partyFile + " has ", truncate),
                new Fault("ten-missing", true, "10 files are missing: ", deleteTen),
                new Fault("no-seg0", true, "its seg0 folder is missing", removeSeg0));
        for (Fault fault : faults) {
            Path folder = home.resolve(fault.name());
            copyTree(good, folder);
            if (fault.withManifest()) {
                assertTrue(Files.isRegularFile(folder.resolve("db.manifest")), "the backup writes its manifest");
            } else {
                Files.deleteIfExists(folder.resolve("db.manifest"));
            }
            fault.inject().inject(folder.resolve("db"));
            Run restore = db("restore", folder.toString());
            assertEquals(CliCommand.FAILED, restore.code(), fault.name() + ": " + restore.out());
            String message = restore.err().strip();
            assertTrue(message.startsWith(folder.resolve("db") + " is not a usable backup, so the database was not changed: ") && message.contains(fault.expected()),
                    fault.name() + ": " + message);
            assertEquals(1, message.lines().count(), "one line, no stack trace: " + message);
            if (fault.name().equals("ten-missing")) {
                assertTrue(message.contains(String.join(", ", tenNames.stream().sorted().toList().subList(0, 5)) + " and 5 more"), message);
            }
            try (var left = Files.list(home)) {
                List<String> names = left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("db.")).toList();
                assertEquals(List.of(), names, fault.name() + ": nothing is moved aside or left behind");
            }
            assertEquals(live, statusTables(), fault.name() + ": the live database lost nothing");
            Run check = db("check");
            assertEquals(0, check.code(), fault.name() + ": " + check.out());
        }

        Run restore = db("restore", good.toString());
        assertEquals(0, restore.code(), restore.err());
        assertTrue(statusTables().contains("PTEST_PARTY: 2000 rows"), "the good backup is restored");
    }

    @Test
    void backupsAreReadableByTheirOwnerOnly() throws Exception {
        assertEquals(0, db("init").code());
        Path backups = home.resolve("private");
        assertEquals(0, db("backup", backups.toString()).code());
        try (var paths = Files.walk(backups.resolve("db"))) {
            for (Path path : paths.toList()) {
                assertEquals(Files.isDirectory(path) ? "rwx------" : "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)),
                        path.toString());
            }
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.resolve("db.manifest"))));
    }

    /** The status lines of the tables (rows per table), the part that says what the database holds. */
    private String statusTables() throws Exception {
        Run status = db("status");
        assertEquals(0, status.code(), status.err());
        return String.join("\n", status.out().lines().filter(l -> l.matches("[A-Z_0-9]+: \\d+ rows")).toList());
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void wrongUseIsAUsageErrorAndAMissingBackupIsRefused() throws Exception {
        assertEquals(CliCommand.USAGE, db().code());
        assertEquals(CliCommand.USAGE, db("backup").code());
        assertEquals(CliCommand.USAGE, db("frobnicate").code());
        assertEquals(0, db("init").code());
        Run restore = db("restore", home.resolve("nowhere").toString());
        assertEquals(CliCommand.FAILED, restore.code());
        assertTrue(restore.err().contains("nowhere"), restore.err());
        assertFalse(Files.exists(home.resolve("db.before-restore")), "nothing was moved for a refused restore");
    }

    @Test
    void backupStatusAndCheckWorkWhileAnotherProgramHasTheDatabaseOpenAndWrites() throws Exception {
        assertEquals(0, db("init").code());
        DatabaseSettings settings = SettingsLoader.load(home, Map.of());
        Path backups = home.resolve("online");
        Process program = ChildJvm.start(home, CrashWriter.class, settings.url(), settings.user(), settings.password(), home.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(program.getInputStream(), StandardCharsets.UTF_8))) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            int commits = 0;
            boolean serving = false;
            String line;
            while ((!serving || commits < 2) && (line = out.readLine()) != null) {
                assertTrue(Instant.now().isBefore(deadline), "the writing program is too slow");
                serving |= line.equals("SERVING");
                commits += line.startsWith("COMMITTED ") ? 1 : 0;
            }
            assertTrue(serving && commits >= 2, () -> "the writing program did not get going: " + stderr());
            assertTrue(Files.exists(home.resolve(EmbeddedServer.FILE)));

            Run status = db("status");
            assertEquals(0, status.code(), status.err());
            assertTrue(status.out().contains("PTEST_PARTY: "), status.out());
            Run check = db("check");
            assertEquals(0, check.code(), check.out());
            Run backup = db("backup", backups.toString());
            assertEquals(0, backup.code(), backup.err());
            Run restore = db("restore", backups.toString());
            assertEquals(CliCommand.FAILED, restore.code(), "a database in use was replaced");
            assertTrue(restore.err().contains("in use"), restore.err());
        } finally {
            program.destroyForcibly();
            program.waitFor();
        }
        // the copy is a database of its own, with whole batches only: a consistent state of a busy database
        DatabaseSettings copy = new DatabaseSettings(DatabaseKind.DERBY_EMBEDDED, "jdbc:derby:" + backups.resolve("db"), settings.user(),
                settings.password(), Optional.empty(), Optional.empty(), home);
        try (Connection connection = DataSources.open(copy).getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM PTEST_PARTY")) {
            rows.next();
            long customers = rows.getLong(1);
            assertTrue(customers >= 2L * CrashWriter.BATCH && customers % CrashWriter.BATCH == 0, "the backup holds " + customers + " customers");
        } finally {
            DataSources.shutdownEmbedded(copy);
        }
        // a server file left behind by a killed program does not stop a direct backup
        Run afterwards = db("backup", home.resolve("offline").toString());
        assertEquals(0, afterwards.code(), afterwards.err());
    }

    private String stderr() {
        try {
            return Files.readString(ChildJvm.errors(home, CrashWriter.class));
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
