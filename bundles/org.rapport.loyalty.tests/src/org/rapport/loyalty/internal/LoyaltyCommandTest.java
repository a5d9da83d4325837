package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.CliRun;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code rapport-ctl loyalty balance | adjust | expire}, signed in as the shell does it. */
class LoyaltyCommandTest {

    @TempDir
    Path home;

    @Test
    void theBalanceExplainsItselfEntryByEntryInJson() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            f.customer("C-2", null);
            f.ledger.earn(purchase("C-1", "P-1", "2026-01-05T02:00:00Z", "30.00"));
            f.ledger.earn(purchase("C-1", "P-2", "2026-01-06T02:00:00Z", "20.00"));
            try (UnitOfWork work = f.store.begin()) {
                f.ledger.redeem(work, "C-1", 40, "R-MUG", "mug");
                work.commit();
            }
            LoyaltyCommand command = new LoyaltyCommand(f.ledger, f.tiers, f.rewards, f.reports, f.clock, null, f.users, f.users);
            CliRun run = f.cli(command, "mo", "balance", "C-1", "--format", "json");
            assertEquals(0, run.code(), run.err());
            JsonArray rows = JsonParser.parseString(run.out()).getAsJsonArray();
            assertEquals(3, rows.size());
            JsonObject redemption = rows.get(2).getAsJsonObject();
            assertEquals(10, redemption.get("balance").getAsLong());
            assertEquals("Silver", redemption.get("tier").getAsString());
            assertEquals("REDEMPTION", redemption.get("kind").getAsString());
            assertEquals(-40, redemption.get("points").getAsLong());
            long first = rows.get(0).getAsJsonObject().get("entry").getAsLong();
            long second = rows.get(1).getAsJsonObject().get("entry").getAsLong();
            assertEquals(first + ":30;" + second + ":10", redemption.get("consumed").getAsString());
            assertEquals("base", rows.get(0).getAsJsonObject().get("rule").getAsString());
            assertEquals(10, rows.get(1).getAsJsonObject().get("open").getAsLong());

            CliRun empty = f.cli(command, "mo", "balance", "C-2", "--format", "csv");
            assertEquals("reference,balance,debt,tier,entry,at,kind,points,open,rule,source,related,expires,by,reason,consumed\r\nC-2,0,0,,,,,,,,,,,,,\r\n",
                    empty.out());
            CliRun unknown = f.cli(command, "mo", "balance", "C-404");
            assertEquals(1, unknown.code());
            assertTrue(unknown.err().contains("No customer has the reference C-404."), unknown.err());
        }
    }

    @Test
    void adjustAndExpireFromTheShell() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            LoyaltyCommand command = new LoyaltyCommand(f.ledger, f.tiers, f.rewards, f.reports, f.clock, null, f.users, f.users);
            CliRun added = f.cli(command, "mo", "adjust", "C-1", "25", "--reason", "goodwill after a late delivery");
            assertEquals(0, added.code(), added.err());
            assertEquals("adjusted: 25 points, balance 25\n", added.out());
            CliRun taken = f.cli(command, "mo", "adjust", "C-1", "--reason", "typo", "--", "-5");
            assertEquals(0, taken.code(), taken.err());
            assertEquals("adjusted: -5 points, balance 20\n", taken.out());

            // wrong calls are refused before anything is written
            assertEquals(2, f.cli(command, "mo", "adjust", "C-1", "ten", "--reason", "x").code());
            assertEquals(2, f.cli(command, "mo", "adjust", "C-1", "10").code());
            assertEquals(2, f.cli(command, "mo", "expire", "--as-of", "1 March").code());
            // a service agent may not adjust
            CliRun denied = f.cli(command, "sid", "adjust", "C-1", "10", "--reason", "x");
            assertEquals(1, denied.code());
            assertTrue(denied.err().contains("sid may not adjust loyalty points"), denied.err());

            // the clock's today is 2026-03-01 in Shanghai: 24 months on, the adjustment's points expire
            CliRun expired = f.cli(command, "mo", "expire", "--as-of", "2028-03-01");
            assertEquals(0, expired.code(), expired.err());
            assertEquals("expired as of 2028-03-01: 20 points of 1 customers\n", expired.out());
            assertEquals("expired as of 2028-03-01: 0 points of 0 customers\n", f.cli(command, "mo", "expire", "--as-of", "2028-03-01").out());
            assertEquals(0, f.ledger.account("C-1").balance());
        }
    }
}
