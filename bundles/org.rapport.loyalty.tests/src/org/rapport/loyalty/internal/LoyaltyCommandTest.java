package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

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
            LoyaltyCommand command = f.command(null);
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
            // for readers: the rule's name and the entry described from its figures (the test runs in English)
            assertEquals("Purchase points", rows.get(0).getAsJsonObject().get("rule_name").getAsString());
            String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault()).format(LocalDate.of(2026, 1, 5));
            assertEquals("Purchase of " + day + ", 30.00", rows.get(0).getAsJsonObject().get("description").getAsString());
            assertEquals("Reward: mug", redemption.get("description").getAsString());
            assertEquals("Silver", redemption.get("tier_name").getAsString());
            assertEquals(10, rows.get(1).getAsJsonObject().get("open").getAsLong());

            CliRun empty = f.cli(command, "mo", "balance", "C-2", "--format", "csv");
            assertEquals("reference,balance,debt,tier,tier_name,entry,at,kind,points,open,rule,rule_name,description,source,related,expires,by,reason,consumed\r\n"
                    + "C-2,0,0,,,,,,,,,,,,,,,,\r\n", empty.out());
            CliRun unknown = f.cli(command, "mo", "balance", "C-404");
            assertEquals(1, unknown.code());
            assertTrue(unknown.err().contains("No customer has the reference C-404."), unknown.err());
        }
    }

    @Test
    void adjustAndExpireFromTheShell() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            LoyaltyCommand command = f.command(null);
            CliRun added = f.cli(command, "mo", "adjust", "C-1", "25", "--reason", "goodwill after a late delivery", "--format", "csv");
            assertEquals(0, added.code(), added.err());
            assertEquals("reference,points,balance,reason\r\nC-1,25,25,goodwill after a late delivery\r\n", added.out());
            CliRun taken = f.cli(command, "mo", "adjust", "C-1", "--reason", "typo", "--format", "json", "--", "-5");
            assertEquals(0, taken.code(), taken.err());
            JsonObject adjusted = JsonParser.parseString(taken.out()).getAsJsonArray().get(0).getAsJsonObject();
            assertEquals(-5, adjusted.get("points").getAsLong());
            assertEquals(20, adjusted.get("balance").getAsLong());
            assertEquals("typo", adjusted.get("reason").getAsString());
            CliRun table = f.cli(command, "mo", "adjust", "C-1", "1", "--reason", "table");
            assertTrue(table.out().startsWith("reference") && table.out().contains("C-1"), "the table by default: " + table.out());
            f.cli(command, "mo", "adjust", "C-1", "--reason", "back", "--", "-1");

            // wrong calls are refused before anything is written
            assertEquals(2, f.cli(command, "mo", "adjust", "C-1", "ten", "--reason", "x").code());
            assertEquals(2, f.cli(command, "mo", "adjust", "C-1", "10").code());
            assertEquals(2, f.cli(command, "mo", "expire", "--as-of", "1 March").code());
            // a service agent may not adjust
            CliRun denied = f.cli(command, "sid", "adjust", "C-1", "10", "--reason", "x");
            assertEquals(1, denied.code());
            assertTrue(denied.err().contains("sid may not adjust loyalty points"), denied.err());

            // the clock's today is 2026-03-01 in Shanghai: 24 months on, the adjustment's points expire
            CliRun expired = f.cli(command, "mo", "expire", "--as-of", "2028-03-01", "--format", "json");
            assertEquals(0, expired.code(), expired.err());
            JsonObject run = JsonParser.parseString(expired.out()).getAsJsonArray().get(0).getAsJsonObject();
            assertEquals(List.of("2028-03-01", 1L, 20L), List.of(run.get("as_of").getAsString(), run.get("customers").getAsLong(), run.get("points").getAsLong()));
            assertEquals("as_of,customers,points\r\n2028-03-01,0,0\r\n", f.cli(command, "mo", "expire", "--as-of", "2028-03-01", "--format", "csv").out());
            assertEquals("2028-03-01\t0\t0\n", f.cli(command, "mo", "expire", "--as-of", "2028-03-01", "--format", "tsv").out());
            assertEquals(0, f.ledger.account("C-1").balance());
        }
    }
}
