package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;
import static org.rapport.loyalty.internal.LedgerFixture.purchaseReturn;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.loyalty.api.LoyaltyReports.Reminder;
import org.rapport.loyalty.api.LoyaltyReports.Stats;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.CliRun;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/** The programme's figures as of a day, and the reminders of points about to expire. */
class ReportsTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void statsCountWhatTheLedgerHeldThatDayAndRemindersListWhatExpiresWithinTheWindow(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home)) {
            f.customer("C-1", null);
            f.customer("C-2", null);
            f.ledger.earn(purchase("C-1", "P-1", "2024-03-10T02:00:00Z", "100.00"));
            f.ledger.earn(purchase("C-1", "P-2", "2024-03-20T02:00:00Z", "40.00"));
            f.ledger.earn(purchase("C-2", "P-3", "2024-04-02T02:00:00Z", "30.00"));
            try (UnitOfWork work = f.store.begin()) {
                f.ledger.redeem(work, "C-1", 60, "MUG", "mug");
                work.commit();
            }
            f.ledger.reverse(purchaseReturn("C-2", "R-1", "P-3", "2024-04-05T02:00:00Z", "-30.00"));
            f.ledger.expire(LocalDate.parse("2026-03-15"));

            Stats before = f.reports.stats(LocalDate.parse("2024-03-31"));
            assertEquals(1, before.members());
            assertEquals(140, before.issued());
            Stats stats = f.reports.stats(LocalDate.parse("2026-03-31"));
            assertEquals(2, stats.members());
            assertEquals(170, stats.issued());
            assertEquals(60, stats.redeemed());
            assertEquals(30, stats.reversed());
            // P-1 had 40 left on 10 March 2026 (the redemption took 60 of it)
            assertEquals(40, stats.expired());
            assertEquals(40, stats.outstanding());
            assertEquals(2L, stats.perTier().get("Silver"));
            assertEquals(0L, stats.perTier().get("Gold"));

            // P-2's 40 expire on 20 March 2026: within 30 days of 1 March, not of 15 February
            assertEquals(List.of(new Reminder("C-1", LocalDate.parse("2026-03-20"), 40)), f.reports.reminders(LocalDate.parse("2026-03-01")));
            assertEquals(List.of(), f.reports.reminders(LocalDate.parse("2026-02-15")));

            LoyaltyCommand command = f.command(null);
            CliRun run = f.cli(command, "mo", "stats", "--as-of", "2026-03-31", "--format", "json");
            assertEquals(0, run.code(), run.err());
            JsonArray rows = JsonParser.parseString(run.out()).getAsJsonArray();
            assertEquals(3, rows.size());
            assertEquals(170, rows.get(0).getAsJsonObject().get("issued").getAsLong());
            CliRun reminders = f.cli(command, "mo", "reminders", "--as-of", "2026-03-01", "--format", "csv");
            assertEquals("reference,expires,points\r\nC-1,2026-03-20,40\r\n", reminders.out());
        }
    }
}
