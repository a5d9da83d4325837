package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerSearch.Hit;
import org.rapport.customers.api.CustomerSearch.Stats;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.CliRun;

/**
 * A sales user reaches their own accounts only (issue 14, defect 4): counts and searches go over
 * the customers they manage, with those customers' purchases, e-mails and phones (contained
 * objects take their owner from their customer), through the store's real access rules.
 */
class OwnAccountsTest {

    static final String CUSTOMERS = """
            ref,name,email,phone,account_manager
            S-1,Li Na,li.na@example.com,+86 138 0013 8000,sam
            S-2,Liu Yang,liu@example.com,,sam
            O-1,Li Wei,li.wei@example.com,+86 139 0013 9000,olga
            """;
    static final String PURCHASES = """
            customer_ref,date,amount,quantity,product,channel,order_ref,kind
            S-1,2026-01-05,120.00,1,Kettle,store,O-100,
            S-1,2026-02-01,45.50,1,Beans,store,O-101,
            S-2,2026-01-10,10.00,1,Filters,web,O-102,
            O-1,2025-12-01,9000.00,1,Espresso machine,store,O-200,
            O-1,2026-02-20,800.00,1,Grinder,store,O-201,
            O-1,2026-02-21,70.00,1,Cups,store,O-202,
            """;

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void salesCountAndSearchTheirOwnAccountsOnly(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = ImportFixture.enforced(kind, home)) {
            fixture.importer.importFile(ImportKind.CUSTOMERS, ImportFixture.write(home, "c.csv", CUSTOMERS), Options.defaults(), Progress.NONE);
            // customers without purchases: no sum to add up (it failed with a NullPointerException in the store)
            assertEquals(new Stats(3, 0, new BigDecimal("0.00"), 0, null, null), fixture.search.stats());
            fixture.importer.importFile(ImportKind.PURCHASES, ImportFixture.write(home, "p.csv", PURCHASES), Options.defaults(), Progress.NONE);
            fixture.users.add(new SessionUser("sam", "Sam", Set.of(Roles.SALES), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.OWN)), Map.of()));

            fixture.users.as("mo");
            assertEquals(new Stats(3, 6, new BigDecimal("10045.50"), 2, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 21)), fixture.search.stats(),
                    "a manager counts everything");

            fixture.users.as("sam");
            assertEquals(new Stats(2, 3, new BigDecimal("175.50"), 1, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1)), fixture.search.stats(),
                    "sam counts S-1 and S-2 with their purchases only");
            assertEquals(List.of("S-1"), references(fixture.search.search("Li N", 50)), "a name prefix");
            assertEquals(List.of("S-1", "S-2"), references(fixture.search.search("Li", 50)), "Li Na and Liu Yang, not Li Wei, who is olga's");
            assertEquals(List.of(new Hit("S-1", "Li Na", "li.na@example.com", "+8613800138000", null)), fixture.search.search("li.na@example.com", 50),
                    "by e-mail, with the first e-mail and phone");
            assertEquals(List.of(), fixture.search.search("li.wei@example.com", 50), "another's e-mail finds nothing");
            assertEquals(List.of(), fixture.search.search("+86 139 0013 9000", 50), "another's phone finds nothing");
            assertEquals(List.of(), fixture.search.search("O-1", 50), "another's reference finds nothing");

            CliRun stats = fixture.cli(fixture.customersCommand(), "sam", "stats");
            assertEquals(0, stats.code(), stats.err());
            assertEquals("""
                    customers: 2
                    purchases: 3
                    revenue: 175.50
                    customers with 2+ purchases: 1
                    first purchase: 2026-01-05
                    last purchase: 2026-02-01
                    """, stats.out());
            CliRun search = fixture.cli(fixture.customersCommand(), "sam", "search", "li.na@example.com");
            assertEquals(0, search.code(), search.err());
            assertEquals("S-1\tLi Na\tli.na@example.com\t+8613800138000\t\n", search.out());

            // any role may use stats: without a password the command asks for the user's own login, not an administrator's (defect 10)
            CliRun unsigned = CliRun.run(fixture.customersCommand(), Map.of("RAPPORT_USER", "sam"), "stats");
            assertEquals(1, unsigned.code());
            assertEquals("Sign in first: set RAPPORT_USER and RAPPORT_PASSWORD (or RAPPORT_PASSWORD_FILE) to your login and password (any role's; the command "
                    + "then does what your role allows).", unsigned.err().strip());
        }
    }

    private static List<String> references(List<Hit> hits) {
        return hits.stream().map(Hit::reference).toList();
    }
}
