package org.rapport.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.testmodel.Product;
import org.rapport.persistence.testmodel.contribution.TestmodelContribution;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.testing.FreshDatabase;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.ImportException;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.ImportResult;
import org.rapport.transfer.api.Progress;
import org.rapport.transfer.model.TransferRun;
import org.rapport.transfer.model.TransferStatus;

/** The runner with a mapper of its own, on the three kinds of database. */
class ImportRunnerTest {

    static final ClockService CLOCK = () -> Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final SessionUser MO = new SessionUser("mo", "Mo", Set.of("manager"), List.of(), Map.of());
    static final CurrentUser SIGNED_IN = new CurrentUser() {
        @Override
        public Optional<SessionUser> get() {
            return Optional.of(MO);
        }

        @Override
        public SessionUser require() {
            return MO;
        }

        @Override
        public void signOut() {
        }
    };

    @TempDir
    Path home;

    private static ImportRunner runner(Store store) {
        return new ImportRunner(store, SIGNED_IN, CLOCK, List.of(new ProductRows()));
    }

    private static List<String> skus(Store store) {
        try (UnitOfWork work = store.begin()) {
            return work.<Product>query("SELECT p FROM Product p ORDER BY p.sku").stream().map(p -> p.getSku() + " " + p.getName()).toList();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void rowsAreStoredRejectedFlaggedAndReportedByLine(DatabaseKind kind) throws Exception {
        try (FreshDatabase database = FreshDatabase.create(kind, home); Store store = database.migratedStore(List.of(new TestmodelContribution(), new TransferModel()))) {
            Path file = Files.writeString(home.resolve("products.csv"), "# a watermark\nSKU,Title,price,note\n"
                    + "A1,Tea,3.5,x\n\nA2,A name that is far too long,1,x\nA3,Cup,cheap,x\nA1,Tea again,4,x\nA4,Pot\n", StandardCharsets.UTF_8);
            ImportOptions options = new ImportOptions(Map.of("name", "title"), null, null, null, Set.of(), 2, Set.of("NOTE"), null);
            ImportResult result = runner(store).importFile("products", file, options, Progress.NONE);
            assertEquals(2, result.imported());
            assertEquals(2, result.rejected());
            assertEquals(1, result.duplicates());
            assertEquals(1, result.warnings());
            assertEquals(List.of("A1 Tea", "A2 A name that is far t"), skus(store));
            assertEquals(List.of("line,field,value,reason", "6,price,cheap,not a number", "8,,,\"expected 4 columns, found 2\""),
                    Files.readAllLines(result.rejectsFile()));
            assertEquals(List.of("line,ref,matching_ref,matched_on", "7,A1,A1,sku"), Files.readAllLines(result.duplicatesFile()));
            assertEquals(List.of("line,field,value,reason", "5,name,A name that is far too long,cut"), Files.readAllLines(result.warningsFile()));
            try (UnitOfWork work = store.begin()) {
                TransferRun run = ImportRuns.in(work, result.importId());
                assertEquals(TransferStatus.DONE, run.getStatus());
                assertEquals("products", run.getKind());
                assertEquals(8, run.getLastCommittedLine());
                assertEquals("mo", run.getStartedBy());
            }
            ImportException again = assertThrows(ImportException.class, () -> runner(store).importFile("products", file,
                    new ImportOptions(Map.of(), null, null, null, Set.of(), 2, Set.of(), null), Progress.NONE));
            assertTrue(again.getMessage().startsWith("Unknown columns: Title, note."), again.getMessage());
            assertThrows(ImportException.class, () -> runner(store).importFile("products", file, new ImportOptions(Map.of("name", "title", "currency", "EUR"), null, null, null, Set.of(), 2, Set.of("NOTE"), null), Progress.NONE));
            ImportException noKind = assertThrows(ImportException.class, () -> runner(store).importFile("orders", file, options, Progress.NONE));
            assertEquals("There is no import of orders; the kinds are products.", noKind.getMessage());
        }
    }

    @Test
    void aFileInALegacyEncodingIsRefusedAsUtf8AndImportedWithItsEncoding() throws Exception {
        try (FreshDatabase database = FreshDatabase.create(DatabaseKind.DERBY_EMBEDDED, home);
                Store store = database.migratedStore(List.of(new TestmodelContribution(), new TransferModel()))) {
            Charset gb18030 = Charset.forName("GB18030");
            Path file = Files.write(home.resolve("excel-zh.csv"), "sku,name,price\nT1,龙井茶,38\nT2,紫砂壶 𠮷,120\n".getBytes(gb18030));
            ImportResult refused = runner(store).importFile("products", file, ImportOptions.defaults(), Progress.NONE);
            assertNull(refused.importId(), "nothing starts for a file that is not text of its encoding");
            List<String> reasons = Files.readAllLines(refused.rejectsFile());
            assertTrue(reasons.get(1).startsWith("2,,,\"not UTF-8: the file was not imported;"), reasons.toString());
            assertTrue(reasons.get(1).contains("GB18030"), "the reason names the encoding a Chinese Excel writes: " + reasons);
            assertEquals(List.of(), skus(store));
            ImportResult imported = runner(store).importFile("products", file, ImportOptions.defaults().withEncoding(gb18030), Progress.NONE);
            assertEquals(2, imported.imported());
            assertEquals(0, imported.rejected());
            assertEquals(List.of("T1 龙井茶", "T2 紫砂壶 𠮷"), skus(store));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCancelledRunResumesAfterItsLastCommittedLineAndStoresEveryRowOnce(DatabaseKind kind) throws Exception {
        try (FreshDatabase database = FreshDatabase.create(kind, home); Store store = database.migratedStore(List.of(new TestmodelContribution(), new TransferModel()))) {
            StringBuilder text = new StringBuilder("sku,name,price\n");
            for (int i = 0; i < 25; i++) {
                text.append("P").append(100 + i).append(",Item ").append(i).append(',').append(i == 12 ? "bad" : String.valueOf(i)).append('\n');
            }
            Path file = Files.writeString(home.resolve("many.csv"), text, StandardCharsets.UTF_8);
            ImportOptions options = new ImportOptions(Map.of(), null, null, null, Set.of(), 10, Set.of(), null);
            ImportResult first = runner(store).importFile("products", file, options, new Progress() {
                @Override
                public boolean isCancelled() {
                    return true;
                }
            });
            assertTrue(first.cancelled());
            assertEquals(10, skus(store).size());
            ImportException unfinished = assertThrows(ImportException.class, () -> runner(store).importFile("products", file, options, Progress.NONE));
            assertTrue(unfinished.getMessage().contains("--resume " + first.importId()), unfinished.getMessage());
            ImportResult resumed = runner(store).importFile("products", file, new ImportOptions(Map.of(), null, null, first.importId(), Set.of(), 10, Set.of(), null),
                    Progress.NONE);
            assertFalse(resumed.cancelled());
            assertEquals(24, resumed.imported());
            assertEquals(1, resumed.rejected());
            assertEquals(24, skus(store).size());
            assertEquals(List.of("line,field,value,reason", "14,price,bad,not a number"), Files.readAllLines(resumed.rejectsFile()));
        }
    }

    @Test
    void aFileSeparatedBySemicolonsOrTabsIsRefusedNamingItsSeparatorAndImportedWithIt() throws Exception {
        try (FreshDatabase database = FreshDatabase.create(DatabaseKind.DERBY_EMBEDDED, home);
                Store store = database.migratedStore(List.of(new TestmodelContribution(), new TransferModel()))) {
            Path semicolons = Files.writeString(home.resolve("excel-de.csv"), "sku;name;price\nS1;\"Tee; grün\";3\nS2;Kanne;12\n", StandardCharsets.UTF_8);
            ImportException asCommas = assertThrows(ImportException.class, () -> runner(store).importFile("products", semicolons, ImportOptions.defaults(), Progress.NONE));
            assertEquals("The header 'sku;name;price' reads as one column with the separator \",\", but \";\" splits it into columns: import it with --delimiter ;"
                    + " (in the import wizard: Separator).", asCommas.getMessage());
            ImportResult imported = runner(store).importFile("products", semicolons, ImportOptions.defaults().withDelimiter(Delimiter.SEMICOLON), Progress.NONE);
            assertEquals(2, imported.imported());
            assertEquals(0, imported.rejected());
            Path tabs = Files.writeString(home.resolve("tabs.tsv"), "sku\tname\tprice\nT1\tCup, large\t4\n", StandardCharsets.UTF_8);
            assertEquals(1, runner(store).importFile("products", tabs, ImportOptions.defaults().withDelimiter(Delimiter.TAB), Progress.NONE).imported());
            assertEquals(List.of("S1 Tee; grün", "S2 Kanne", "T1 Cup, large"), skus(store));
            try (UnitOfWork work = store.begin()) {
                TransferRun run = ImportRuns.in(work, imported.importId());
                assertEquals(";", run.getFieldSeparator());
                assertEquals("UTF-8", run.getFileEncoding());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aResumeReadsTheFileAsItsFirstRunDidAndRefusesAnotherEncodingOrSeparator(DatabaseKind kind) throws Exception {
        try (FreshDatabase database = FreshDatabase.create(kind, home); Store store = database.migratedStore(List.of(new TestmodelContribution(), new TransferModel()))) {
            StringBuilder text = new StringBuilder("sku;name;price\n");
            for (int i = 0; i < 25; i++) {
                text.append("G").append(100 + i).append(";茶壶, 第").append(i).append("号;").append(i).append('\n');
            }
            Charset gb18030 = Charset.forName("GB18030");
            Path file = Files.write(home.resolve("excel-zh.csv"), text.toString().getBytes(gb18030));
            ImportOptions first = new ImportOptions(Map.of(), null, null, null, Set.of(), 10, Set.of(), null, gb18030, Delimiter.SEMICOLON);
            ImportResult cancelled = runner(store).importFile("products", file, first, new Progress() {
                @Override
                public boolean isCancelled() {
                    return true;
                }
            });
            assertEquals(10, skus(store).size());
            try (UnitOfWork work = store.begin()) {
                TransferRun run = ImportRuns.in(work, cancelled.importId());
                assertEquals("GB18030", run.getFileEncoding());
                assertEquals(";", run.getFieldSeparator());
            }
            ImportOptions resume = new ImportOptions(Map.of(), null, null, cancelled.importId(), Set.of(), 10, Set.of(), null);
            ImportException otherEncoding = assertThrows(ImportException.class,
                    () -> runner(store).importFile("products", file, resume.withEncoding(StandardCharsets.UTF_8), Progress.NONE));
            assertEquals("Import " + cancelled.importId() + " read its file as GB18030; this resume names UTF-8. Resume it without --encoding (it reads GB18030"
                    + " again) or with --encoding GB18030.", otherEncoding.getMessage());
            ImportException otherSeparator = assertThrows(ImportException.class,
                    () -> runner(store).importFile("products", file, resume.withDelimiter(Delimiter.COMMA), Progress.NONE));
            assertTrue(otherSeparator.getMessage().startsWith("Import " + cancelled.importId() + " read its file with the separator \";\"; this resume names \",\"."),
                    otherSeparator.getMessage());
            assertEquals(10, skus(store).size(), "a refused resume stores nothing");
            ImportResult resumed = runner(store).importFile("products", file, resume, Progress.NONE);
            assertEquals(25, resumed.imported());
            assertEquals(0, resumed.rejected());
            List<String> stored = skus(store);
            assertEquals(25, stored.size());
            assertEquals("G124 茶壶, 第24号", stored.get(24), "the rest decoded as GB18030 and split at ; as the first run did");
        }
    }

    /** The table as changeset customers-3 made it, with a run killed half-way. */
    private static void customersRunsTable(FreshDatabase database) throws Exception {
        try (Connection connection = DataSources.open(database.settings).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE CUST_IMPORT_RUN (ID BIGINT PRIMARY KEY, VERSION BIGINT, IMPORT_ID VARCHAR(64) NOT NULL, KIND VARCHAR(255) NOT NULL,"
                    + " FILE_NAME VARCHAR(1024), FILE_SIZE BIGINT, SHA256 VARCHAR(64), STARTED_BY VARCHAR(64), STARTED_AT TIMESTAMP, FINISHED_AT TIMESTAMP,"
                    + " LAST_COMMITTED_LINE BIGINT, ROWS_IMPORTED BIGINT, ROWS_REJECTED BIGINT, STATUS VARCHAR(255) NOT NULL)");
            statement.execute("INSERT INTO CUST_IMPORT_RUN VALUES (7, 3, 'imp-20260301-090000-abcdef', 'PURCHASES', '/data/p.csv', 120, 'ab12', 'mo',"
                    + " CAST('2026-03-01 09:00:00' AS TIMESTAMP), NULL, 4001, 4000, 0, 'RUNNING')");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theCustomersImportRunsAreCopiedAndNoneIsLost(DatabaseKind kind) throws Exception {
        try (FreshDatabase database = FreshDatabase.create(kind, home)) {
            customersRunsTable(database);
            try (Store store = database.migratedStore(List.of(new TestmodelContribution(), new TransferModel())); UnitOfWork work = store.begin()) {
                TransferRun run = ImportRuns.in(work, "imp-20260301-090000-abcdef");
                assertEquals("purchases", run.getKind());
                assertEquals(TransferStatus.RUNNING, run.getStatus());
                assertEquals(4001, run.getLastCommittedLine());
                assertEquals(4000, run.getRowsImported());
                assertEquals("ab12", run.getSha256());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void runsTheCustomersWroteAfterTheFirstCopyAreCopiedOnceMore(DatabaseKind kind) throws Exception {
        try (FreshDatabase database = FreshDatabase.create(kind, home)) {
            customersRunsTable(database);
            database.migratedStore(List.of(new TestmodelContribution(), new TransferModel())).close();
            // a database migrated up to transfer-2, on which the customers' old runner then recorded another run
            try (Connection connection = DataSources.open(database.settings).getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM RAPPORT_CL_TRANSFER WHERE ID = 'transfer-3'");
                // as that version left it: before the schema stamp, which would say (rightly, but for this history) that nothing changed
                statement.execute("DELETE FROM RAPPORT_SCHEMA_STAMP");
                statement.execute("INSERT INTO CUST_IMPORT_RUN VALUES (9, 1, 'imp-20260302-090000-fedcba', 'CUSTOMERS', '/data/c.csv', 80, 'cd34', 'mo',"
                        + " CAST('2026-03-02 09:00:00' AS TIMESTAMP), NULL, 501, 500, 2, 'FAILED')");
            }
            try (Store store = database.migratedStore(List.of(new TestmodelContribution(), new TransferModel())); UnitOfWork work = store.begin()) {
                assertEquals(2L, ((Number) work.query("SELECT COUNT(r) FROM TransferRun r").get(0)).longValue(), "each run once");
                TransferRun later = ImportRuns.in(work, "imp-20260302-090000-fedcba");
                assertEquals("customers", later.getKind());
                assertEquals(TransferStatus.FAILED, later.getStatus());
                assertEquals(501, later.getLastCommittedLine());
                assertEquals(2, later.getRowsRejected());
                assertEquals(TransferStatus.RUNNING, ImportRuns.in(work, "imp-20260301-090000-abcdef").getStatus());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void nobodySignedInImportsNothing(DatabaseKind kind) throws Exception {
        try (FreshDatabase database = FreshDatabase.create(kind, home); Store store = database.migratedStore(List.of(new TestmodelContribution(), new TransferModel()))) {
            Path file = Files.writeString(home.resolve("one.csv"), "sku,name\nA,B\n", StandardCharsets.UTF_8);
            CurrentUser nobody = new CurrentUser() {
                @Override
                public Optional<SessionUser> get() {
                    return Optional.empty();
                }

                @Override
                public SessionUser require() {
                    throw new AccessDeniedException("nobody is signed in");
                }

                @Override
                public void signOut() {
                }
            };
            ImportRunner runner = new ImportRunner(store, nobody, CLOCK, List.of(new ProductRows()));
            assertThrows(AccessDeniedException.class, () -> runner.importFile("products", file, ImportOptions.defaults(), Progress.NONE));
            assertEquals(List.of(), skus(store));
        }
    }
}
