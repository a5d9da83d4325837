package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.internal.Schemas;
import org.rapport.persistence.internal.migration.ChangeSetInfo;
import org.rapport.persistence.internal.migration.ChangelogWriter;
import org.rapport.persistence.internal.migration.MigrationException;
import org.rapport.persistence.internal.migration.MigrationRunner;
import org.rapport.persistence.internal.migration.MigrationStatus;
import org.rapport.persistence.internal.migration.SchemaModel;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.persistence.testmodel.contribution.TestmodelContribution;
import org.rapport.testing.FreshDatabase;

/** Start-up's migrations and drift check, with the test model's committed changelog, on the three databases. */
class SchemaMigrationTest {

    /** The engine and the test model, in start-up order. */
    private static List<Schemas.Source> sources() {
        return Schemas.sources(List.of(new TestmodelContribution()));
    }

    /** The test fragment's changelogs are entries of its host. */
    private static Bundle fragmentHost() {
        return FrameworkUtil.getBundle(Schemas.class);
    }

    private static List<String> ids(List<ChangeSetInfo> changeSets) {
        return changeSets.stream().map(ChangeSetInfo::id).toList();
    }

    private static long count(FreshDatabase db, String sql) throws Exception {
        try (Connection connection = DataSources.open(db.settings).getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theCommittedChangelogOfTheTestModelMigratesAndPassesTheDriftCheck(DatabaseKind kind, @TempDir Path home) throws Exception {
        try (FreshDatabase db = FreshDatabase.create(kind, home)) {
            Map<String, List<ChangeSetInfo>> ran = Schemas.migrate(db.settings, sources());
            assertEquals(List.of(SchemaModel.ENGINE, TestmodelContribution.ID), List.copyOf(ran.keySet()), "the engine migrates first");
            // engine-2 is Derby's only: it tells Derby to check its plans against the tables' growth every 5th execution
            assertEquals(kind == DatabaseKind.POSTGRESQL ? List.of("engine-1", "engine-3") : List.of("engine-1", "engine-2", "engine-3"),
                    ids(ran.get(SchemaModel.ENGINE)));
            if (kind != DatabaseKind.POSTGRESQL) {
                assertEquals(5, count(db, "VALUES CAST(SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.language.stalePlanCheckInterval') AS INT)"));
            }
            assertTrue(!ran.get(TestmodelContribution.ID).isEmpty());
            // one row per root table, added by the engine, not by a changelog
            assertEquals(8, count(db, "SELECT COUNT(*) FROM RAPPORT_SEQUENCE WHERE SEQ_COUNT = 0"));

            try (EclipseLinkStore store = Schemas.openMigrated(db.settings, sources())) {
                assertEquals(List.of(), Schemas.check(store, sources()), "not even an index is missing");
                try (UnitOfWork work = store.begin()) {
                    Customer customer = TestmodelFactory.eINSTANCE.createCustomer();
                    customer.setReference("C-1");
                    customer.setName("Ada");
                    customer.setVip(true);
                    customer.getTags().add("gold");
                    Address address = TestmodelFactory.eINSTANCE.createAddress();
                    address.setCity("Paris");
                    address.setPrimary(true);
                    customer.getAddresses().add(address);
                    work.add(customer);
                    work.commit();
                }
                try (UnitOfWork work = store.begin()) {
                    // a boolean literal: EclipseLink writes it as 1 on Derby, so the column must be numeric there
                    List<Customer> vips = work.query("SELECT c FROM Customer c WHERE c.vip = TRUE AND c.name LIKE ?1", "Ad%");
                    assertEquals(1, vips.size());
                    assertEquals(List.of("gold"), vips.get(0).getTags());
                    assertEquals("Paris", vips.get(0).getAddresses().get(0).getCity());
                }
            }
            // a second start applies nothing and the history says what ran
            long start = System.nanoTime();
            Map<String, List<ChangeSetInfo>> again = Schemas.migrate(db.settings, sources());
            long migrated = System.nanoTime();
            assertTrue(again.values().stream().allMatch(List::isEmpty), again.toString());
            assertEquals(List.of(), Schemas.check(db.settings, sources()));
            // what a start with nothing to migrate costs, for the start-up budget (docs/DESIGN.md)
            System.out.printf("[%s] TIMING start with nothing pending: migrations %d ms, drift check (with login) %d ms%n", kind,
                    (migrated - start) / 1_000_000, (System.nanoTime() - migrated) / 1_000_000);
            List<MigrationStatus> status = Schemas.status(db.settings, sources());
            assertEquals("RAPPORT_CL_ENGINE", status.get(0).historyTable());
            assertEquals("RAPPORT_CL_TESTMODEL", status.get(1).historyTable());
            assertTrue(status.stream().allMatch(s -> s.pending().isEmpty() && s.unknown().isEmpty()), status.toString());
            assertEquals(ids(ran.get(TestmodelContribution.ID)), ids(status.get(1).applied()));
        }
    }

    /**
     * A first start closed while its database was being made (SIGTERM, a closed setup dialog) left
     * Liquibase's lock taken: the next start waited a minute and failed. An embedded database is
     * this process's alone, so the lock can only be such a leftover; on a shared database it may be
     * another desktop's, and the message says how to release it.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aLockLeftByAnEndedStartIsReleasedOnlyWhereTheDatabaseIsThisProcesssAlone(DatabaseKind kind, @TempDir Path home) throws Exception {
        try (FreshDatabase db = FreshDatabase.create(kind, home)) {
            Schemas.migrate(db.settings, sources());
            // a changelog with a pending changeset, whose lock a start that ended still holds
            MigrationRunner halfDone = new MigrationRunner(DataSources.open(db.settings), "drift0", fragmentHost(), "db/drift/extra-column.xml")
                    .lockWaitMinutes(0);
            halfDone.forceReleaseLock(); // makes its lock table
            for (String lockTable : List.of("RAPPORT_CL_DRIFT0_LOCK", "RAPPORT_CL_TESTMODEL_LOCK")) {
                try (Connection connection = DataSources.open(db.settings).getConnection(); Statement statement = connection.createStatement()) {
                    assertEquals(1, statement.executeUpdate("UPDATE " + lockTable
                            + " SET LOCKED = TRUE, LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'a start that ended' WHERE ID = 1"));
                }
            }
            Schemas.migrate(db.settings, sources());
            if (kind == DatabaseKind.DERBY_EMBEDDED) {
                assertEquals(0, count(db, "SELECT COUNT(*) FROM RAPPORT_CL_TESTMODEL_LOCK WHERE LOCKED = TRUE"), "a start releases it");
                assertEquals(List.of("drift0-1"), ids(halfDone.exclusive(true).update()));
            } else {
                assertEquals(1, count(db, "SELECT COUNT(*) FROM RAPPORT_CL_TESTMODEL_LOCK WHERE LOCKED = TRUE"), "another desktop's lock is kept");
                String message = assertThrows(MigrationException.class, halfDone::update).getMessage();
                assertTrue(message.contains("rapport-ctl db unlock") && message.contains("a start that ended"), message);
                assertEquals(1, count(db, "SELECT COUNT(*) FROM RAPPORT_CL_DRIFT0_LOCK WHERE LOCKED = TRUE"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void driftIsRefusedWithOneLinePerProblemAndExtraColumnsAreAccepted(DatabaseKind kind, @TempDir Path home) throws Exception {
        try (FreshDatabase db = FreshDatabase.create(kind, home)) {
            Schemas.migrate(db.settings, sources());
            damage(db, "drift0", "extra-column.xml");
            Schemas.openMigrated(db.settings, sources()).close();

            // the lines come in the model's order: by table, then column
            String visits = "column PTEST_PARTY.VISITS is missing, the model needs INT (model Customer.visits; changelog of 'testmodel')";
            String quantity = "column PTEST_ORDER_LINE.QUANTITY is VARCHAR(10), the model needs INT (model OrderLine.quantity; changelog of 'testmodel')";
            String unique = "unique index UX_PTEST_PARTY_REFERENCE on PTEST_PARTY.REFERENCE is missing (model Party.reference; changelog of 'testmodel')";
            String staff = "table PTEST_STAFF is missing (model Staff; changelog of 'testmodel')";
            damage(db, "drift1", "missing-column.xml");
            assertRefused(db, List.of(visits));
            damage(db, "drift2", "wrong-type.xml");
            assertRefused(db, List.of(quantity, visits));
            damage(db, "drift3", "missing-unique-index.xml");
            assertRefused(db, List.of(quantity, visits, unique));
            damage(db, "drift4", "missing-table.xml");
            assertRefused(db, List.of(quantity, visits, unique, staff));
        }
    }

    /** Applies a changelog of this test fragment that takes something away from the migrated schema. */
    private static void damage(FreshDatabase db, String id, String changelog) throws Exception {
        new MigrationRunner(DataSources.open(db.settings), id, fragmentHost(), "db/drift/" + changelog).update();
    }

    private static void assertRefused(FreshDatabase db, List<String> lines) {
        StoreException refused = assertThrows(StoreException.class, () -> Schemas.openMigrated(db.settings, sources()).close());
        String headline = "The database schema does not match the models, so the store was not opened. Each line says what the named contribution's "
                + "changelog must add ('rapport-ctl db diff ID' writes it):";
        String sep = System.lineSeparator();
        StringBuilder message = new StringBuilder(headline);
        lines.forEach(line -> message.append(sep).append("  - ").append(line));
        assertEquals(message.toString(), refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void diffWritesTheChangesetThatClosesTheGap(DatabaseKind kind, @TempDir Path home) throws Exception {
        try (FreshDatabase db = FreshDatabase.create(kind, home)) {
            Schemas.migrate(db.settings, sources());
            damage(db, "drift1", "missing-column.xml");
            // numbered after every changeset of the changelog, also those for the other database
            int next = Schemas.status(db.settings, sources()).get(1).changeSetsInChangelog() + 1;
            assertEquals(5, next);
            try (EclipseLinkStore store = EclipseLinkStore.open(db.settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.EXISTING)) {
                String diff = ChangelogWriter.write(Schemas.model(store, sources()), Schemas.check(store, sources()), TestmodelContribution.ID, false, next);
                assertEquals("  <changeSet id=\"testmodel-" + next + "\" author=\"rapport\">\n" //
                        + "    <addColumn tableName=\"PTEST_PARTY\">\n" //
                        + "      <column name=\"VISITS\" type=\"INT\"/>\n" //
                        + "    </addColumn>\n" //
                        + "  </changeSet>\n", diff);
                assertEquals("", ChangelogWriter.write(Schemas.model(store, sources()), Schemas.check(store, sources()), SchemaModel.ENGINE, false, 2));
            }
        }
    }

    /**
     * A model without a changelog gets a whole one from the diff: how the test model's
     * db/changelog.xml was made. The result is kept in target/ to compare with the committed file.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void diffWritesAWholeChangelogForAModelWithoutOne(DatabaseKind kind, @TempDir Path home) throws Exception {
        List<Schemas.Source> sources = List.of(sources().get(0),
                new Schemas.Source(TestmodelContribution.ID, fragmentHost(), "db/none.xml", TestmodelPackage.eINSTANCE));
        try (FreshDatabase db = FreshDatabase.create(kind, home)) {
            Schemas.migrate(db.settings, sources.subList(0, 1));
            String changelog;
            try (EclipseLinkStore store = EclipseLinkStore.open(db.settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.EXISTING)) {
                changelog = ChangelogWriter.write(Schemas.model(store, sources), Schemas.check(store, sources), TestmodelContribution.ID, true, 1);
            }
            Path target = Path.of(System.getProperty("derby.system.home")).getParent().resolve("changelog-from-diff-" + kind + ".xml");
            Files.writeString(target, changelog, StandardCharsets.UTF_8);
            assertTrue(changelog.startsWith("<?xml") && changelog.contains("logicalFilePath=\"testmodel\""), changelog);
            for (String table : List.of("PTEST_PARTY", "PTEST_CUSTOMER_TAGS", "PTEST_CUSTOMER_FAVOURITES", "PTEST_INTERACTION", "PTEST_CALL", "PTEST_VISIT",
                    "PTEST_ADDRESS", "PTEST_ORDER", "PTEST_ORDER_LINE", "PTEST_PRODUCT", "PTEST_STAFF")) {
                assertTrue(changelog.contains("<createTable tableName=\"" + table + "\">"), table + " in " + changelog);
            }
            assertTrue(changelog.contains("CREATE INDEX IP_PTEST_PARTY_NAME ON PTEST_PARTY (NAME varchar_pattern_ops)"), changelog);
            assertTrue(changelog.contains("value=\"SMALLINT\" dbms=\"derby\""), changelog);
        }
    }
}
