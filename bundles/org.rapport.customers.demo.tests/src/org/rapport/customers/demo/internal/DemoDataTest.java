package org.rapport.customers.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.api.CliCommand;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.CliRun;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.Services;

/**
 * The demo data: exactly the customers and purchases asked for, both kinds of names, a heavy
 * tail of spending, the same data for the same seed, and never into a database with customers.
 */
class DemoDataTest {

    private static final ClockService CLOCK = () -> java.time.Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), java.time.ZoneOffset.UTC);

    @TempDir
    Path home;

    private static List<ModelContribution> customersModel() {
        return List.of(Services.await(ModelContribution.class, "(component.name=org.rapport.customers.internal.CustomersModel)"));
    }

    /** Per customer in reference order: reference, name and the sum of its purchases. */
    private static List<String> fingerprint(Store store) {
        try (UnitOfWork work = store.begin()) {
            List<Object[]> rows = work.query("SELECT c.reference, c.name, SUM(p.amount) FROM Customer c JOIN c.purchases p GROUP BY c.reference, c.name ORDER BY c.reference");
            return rows.stream().map(r -> r[0] + " " + r[1] + " " + r[2]).toList();
        }
    }

    @Test
    void makesWhatWasAskedForWithAHeavyTailAndTheSameDataForTheSameSeed() throws Exception {
        List<String> first;
        try (FreshDatabase database = FreshDatabase.create(DatabaseKind.DERBY_EMBEDDED, home.resolve("a"));
                Store store = database.migratedStore(customersModel())) {
            CliRun run = CliRun.run(new DemoCommand(store, CLOCK), Map.of(), "generate", "--customers", "300", "--purchases", "1500", "--seed", "7");
            assertEquals(CliCommand.OK, run.code(), run.err());
            assertEquals("Made 300 customers and 1500 purchases (seed 7).", run.out().strip());
            try (UnitOfWork work = store.begin()) {
                assertEquals(List.of(300L), work.query("SELECT COUNT(c) FROM Customer c"));
                assertEquals(List.of(1500L), work.query("SELECT COUNT(p) FROM Purchase p"));
                List<String> names = work.query("SELECT c.name FROM Customer c");
                long chinese = names.stream().filter(n -> n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)).count();
                assertTrue(chinese > 120 && chinese < 240, "about 60 % Chinese names: " + chinese);
                assertTrue(names.stream().anyMatch(n -> n.contains(" ")), "Western names too");
                List<BigDecimal> spending = new ArrayList<>(work.<BigDecimal>query("SELECT SUM(p.amount) FROM Customer c JOIN c.purchases p GROUP BY c.persistentId"));
                spending.sort(Comparator.reverseOrder());
                BigDecimal total = spending.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal top = spending.subList(0, 30).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                assertTrue(top.doubleValue() > 0.35 * total.doubleValue(), "the best 10 % of customers spend over a third: " + top + " of " + total);
                List<Long> birthdays = work.query("SELECT COUNT(c) FROM Customer c WHERE c.birthday IS NULL");
                assertEquals(0L, birthdays.get(0));
            }
            first = fingerprint(store);

            CliRun again = CliRun.run(new DemoCommand(store, CLOCK), Map.of(), "generate");
            assertEquals(CliCommand.FAILED, again.code());
            assertTrue(again.err().contains("already holds 300 customers"), again.err());
        }
        try (FreshDatabase database = FreshDatabase.create(DatabaseKind.DERBY_EMBEDDED, home.resolve("b"));
                Store store = database.migratedStore(customersModel())) {
            assertEquals(CliCommand.OK, CliRun.run(new DemoCommand(store, CLOCK), Map.of(), "generate", "--customers", "300", "--purchases", "1500", "--seed", "7").code());
            assertEquals(first, fingerprint(store), "the same seed makes the same customers and purchases");
        }
    }

    @Test
    void wrongArgumentsAreUsageErrors() throws Exception {
        try (FreshDatabase database = FreshDatabase.create(DatabaseKind.DERBY_EMBEDDED, home); Store store = database.migratedStore(customersModel())) {
            DemoCommand command = new DemoCommand(store, CLOCK);
            assertEquals(CliCommand.USAGE, CliRun.run(command, Map.of()).code());
            CliRun bad = CliRun.run(command, Map.of(), "generate", "--customers", "many");
            assertEquals(CliCommand.USAGE, bad.code());
            assertTrue(bad.err().contains("'many' is not a whole number of at least 1 for --customers"), bad.err());
            assertEquals(CliCommand.USAGE, CliRun.run(command, Map.of(), "generate", "--colour", "red").code());
        }
    }

    /**
     * Over the demo data, as people try it: every 王芳 is found by wang, wangf and wf, and what
     * those find are the customers whose names spell so (the demo's given names with an f are 芳
     * only, its surnames read wang only as 王).
     */
    @Test
    void theDemoCustomersAreFoundByPinyin() throws Exception {
        try (FreshDatabase database = FreshDatabase.create(DatabaseKind.DERBY_EMBEDDED, home); Store store = database.migratedStore(customersModel())) {
            assertEquals(CliCommand.OK, CliRun.run(new DemoCommand(store, CLOCK), Map.of(), "generate", "--customers", "600", "--purchases", "1200", "--seed", "3").code());
            List<String> names;
            try (UnitOfWork work = store.begin()) {
                names = work.query("SELECT c.name FROM Customer c");
            }
            long wangFang = names.stream().filter("王芳"::equals).count();
            assertTrue(wangFang > 0, "the demo has a 王芳");
            CustomerListing listing = new org.rapport.customers.internal.StoreCustomerListing(store, CLOCK);
            assertEquals(names.stream().filter(n -> n.startsWith("王")).count(), listing.count(new Filter("wang", null, null)));
            assertEquals(wangFang, listing.count(new Filter("wangf", null, null)));
            assertEquals(wangFang, listing.count(new Filter("wf", null, null)));
            assertTrue(listing.rows(new Filter("wf", null, null), Column.NAME, true, 0, 50).stream().allMatch(r -> r.name().equals("王芳")));
        }
    }
}
