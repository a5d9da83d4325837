package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.loyalty.api.LoyaltyProgramme.Bonuses;
import org.rapport.loyalty.api.LoyaltyProgramme.Settings;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.CliRun;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The programme from the shell: {@code loyalty settings [show | set ...]}, {@code promotions list
 * | add | end}, {@code referral add}, {@code review add}; wrong values refused with what is wrong
 * and nothing changed.
 */
class ProgrammeCommandTest {

    @TempDir
    Path home;

    @Test
    void settingsAreShownAndSetOptionByOptionAndWrongValuesAreRefusedWithWhatIsWrong() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            LoyaltyCommand command = f.command(null);
            assertEquals("points_per_unit,expiry_months,reminder_days,tier_basis,referrer_points,referred_points,review_points\r\n1,24,30,spend,200,100,20\r\n",
                    f.cli(command, "mo", "settings", "--format", "csv").out());
            CliRun set = f.cli(command, "mo", "settings", "set", "--points-per-unit", "2", "--tier-basis", "POINTS", "--review-points", "5", "--format", "json");
            assertEquals(0, set.code(), set.err());
            JsonObject shown = JsonParser.parseString(set.out()).getAsJsonArray().get(0).getAsJsonObject();
            assertEquals(2, shown.get("points_per_unit").getAsInt());
            assertEquals("points", shown.get("tier_basis").getAsString());
            assertEquals(new Settings(2, 24, 30, TierBasis.POINTS), f.programme.settings(), "only what was given changed");
            assertEquals(new Bonuses(200, 100, 5), f.programme.bonuses());

            for (List<String> wrong : List.of(List.of("--points-per-unit", "0"), List.of("--expiry-months", "twelve"), List.of("--reminder-days", "-1"),
                    List.of("--referrer-points", "2.5"))) {
                CliRun refused = f.cli(command, "mo", "settings", "set", wrong.get(0), wrong.get(1));
                assertEquals(2, refused.code());
                assertTrue(refused.err().contains(wrong.get(0) + " must be a whole number from") && refused.err().contains(": " + wrong.get(1)),
                        refused.err());
            }
            CliRun basis = f.cli(command, "mo", "settings", "set", "--tier-basis", "visits");
            assertEquals(2, basis.code());
            assertTrue(basis.err().contains("--tier-basis takes spend or points: visits"), basis.err());
            CliRun nothing = f.cli(command, "mo", "settings", "set");
            assertEquals(2, nothing.code());
            assertTrue(nothing.err().contains("settings set needs at least one of --points-per-unit"), nothing.err());
            assertEquals(2, f.cli(command, "mo", "settings", "change").code());
            // a service agent may read the settings, not change them
            CliRun denied = f.cli(command, "sid", "settings", "set", "--expiry-months", "6");
            assertEquals(1, denied.code(), denied.out());
            assertEquals(new Settings(2, 24, 30, TierBasis.POINTS), f.programme.settings(), "nothing changed by the refused calls");
        }
    }

    @Test
    void promotionsReferralsAndReviewsFromTheShell() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            f.customer("C-2", null);
            LoyaltyCommand command = f.command(null);
            CliRun added = f.cli(command, "mo", "promotions", "add", "SPRING", "--name", "Spring double", "--from", "2026-03-01", "--to", "2026-03-31",
                    "--multiplier", "2", "--format", "csv");
            assertEquals(0, added.code(), added.err());
            assertEquals("promotion,name,from,to,channel,multiplier,bonus\r\nSPRING,Spring double,2026-03-01,2026-03-31,,2,\r\n", added.out());
            CliRun bad = f.cli(command, "mo", "promotions", "add", "X", "--name", "x", "--from", "2026-03-01", "--to", "31 March", "--bonus", "5");
            assertEquals(2, bad.code());
            assertTrue(bad.err().contains("--to must be a date yyyy-mm-dd: 31 March"), bad.err());
            CliRun reversed = f.cli(command, "mo", "promotions", "add", "X", "--name", "x", "--from", "2026-03-10", "--to", "2026-03-01", "--bonus", "5");
            assertEquals(1, reversed.code());
            assertTrue(reversed.err().contains("the last on or after the first: 2026-03-10 to 2026-03-01"), reversed.err());
            // ended today (the clock: 1 March 2026 in Shanghai): its first day is its last
            CliRun ended = f.cli(command, "mo", "promotions", "end", "SPRING", "--format", "json");
            assertEquals(0, ended.code(), ended.err());
            assertEquals("2026-03-01", JsonParser.parseString(ended.out()).getAsJsonArray().get(0).getAsJsonObject().get("to").getAsString());
            assertEquals(1, f.promotions.promotions().size());

            CliRun referred = f.cli(command, "mo", "referral", "add", "C-1", "C-2", "--format", "tsv");
            assertEquals(0, referred.code(), referred.err());
            assertTrue(referred.out().startsWith("C-1\tC-2\t2026-03-01T09:00:00Z\tmo"), referred.out());
            CliRun self = f.cli(command, "mo", "referral", "add", "C-1", "C-1");
            assertEquals(1, self.code());
            assertTrue(self.err().contains("A customer cannot refer themselves: C-1."), self.err());
            assertEquals(2, f.cli(command, "mo", "referral", "remove", "C-1", "C-2").code());

            f.ledger.earn(purchase("C-2", "O-1", "2026-03-01T02:00:00Z", "10.00"));
            CliRun missing = f.cli(command, "mo", "review", "add", "C-2", "O-1");
            assertEquals(1, missing.code(), "O-1 was earned through the API, not stored as a purchase record: " + missing.out());
            assertTrue(missing.err().contains("Customer C-2 has no purchase O-1"), missing.err());
            f.reacting();
            try (UnitOfWork work = f.store.begin()) {
                PurchasePointsTest.customer(work, "C-2").getPurchases().add(PurchasePointsTest.purchase("2026-03-02T02:00:00Z", "5.00", "O-2", PurchaseKind.SALE));
                work.commit();
            }
            CliRun review = f.cli(command, "mo", "review", "add", "C-2", "O-2", "--format", "csv");
            assertEquals(0, review.code(), review.err());
            // base 10, the promotion's 10 more on its one day, the referral's 100, base 5, the review's 20
            assertEquals("reference,purchase,points,balance\r\nC-2,O-2,20,145\r\n", review.out());
            CliRun twice = f.cli(command, "mo", "review", "add", "C-2", "O-2");
            assertEquals(1, twice.code());
            assertTrue(twice.err().contains("Purchase O-2 of C-2 earned its review reward already on 2026-03-01"), twice.err());
            assertEquals(200, f.ledger.account("C-1").balance());
        }
    }
}
