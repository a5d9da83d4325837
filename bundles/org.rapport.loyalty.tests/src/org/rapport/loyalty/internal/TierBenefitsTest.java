package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.MemberTiers;
import org.rapport.loyalty.api.MemberTiers.Tier;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.testing.CliRun;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A tier's further benefits: stored in order, replaced whole, refused with a reason, set by administrators only, and through the command. */
class TierBenefitsTest {

    @TempDir
    Path home;

    private static Tier tier(LedgerFixture f, String name) {
        return f.tiers.tiers().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void benefitsAreStoredInOrderAndReplacedWhole(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home)) {
            assertEquals(List.of(), tier(f, "Gold").benefits(), "the shipped tiers have none");
            Tier gold = f.tiers.setBenefits("gold", List.of(" Free delivery ", "Lounge access", "免费包装"));
            assertEquals(List.of("Free delivery", "Lounge access", "免费包装"), gold.benefits());
            assertEquals(List.of("Silver", "Gold", "Black"), f.tiers.tiers().stream().map(Tier::name).toList(), "the shipped tiers were stored first");
            assertEquals(List.of("Free delivery", "Lounge access", "免费包装"), tier(f, "Gold").benefits(), "read back in order");
            assertEquals(List.of(), tier(f, "Black").benefits());

            f.tiers.setBenefits("Gold", List.of("Lounge access", "Free delivery, also abroad"));
            assertEquals(List.of("Lounge access", "Free delivery, also abroad"), tier(f, "Gold").benefits());
            assertEquals(new java.math.BigDecimal("5000.00"), tier(f, "Gold").minSpend(), "the threshold is left as it is");
            f.tiers.setBenefits("Gold", List.of());
            assertEquals(List.of(), tier(f, "Gold").benefits());
        }
    }

    @Test
    void badBenefitsAreRefusedSayingWhichAndNothingIsStored() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.tiers.setBenefits("Gold", List.of("Free delivery"));
            LoyaltyException blank = assertThrows(LoyaltyException.class, () -> f.tiers.setBenefits("Gold", List.of("Lounge", " ")));
            assertTrue(blank.getMessage().startsWith("Benefit 2 must have 1 to 200 characters"), blank.getMessage());
            LoyaltyException tooLong = assertThrows(LoyaltyException.class, () -> f.tiers.setBenefits("Gold", List.of("x".repeat(201))));
            assertTrue(tooLong.getMessage().contains("Benefit 1 must have 1 to 200 characters"), tooLong.getMessage());
            LoyaltyException twice = assertThrows(LoyaltyException.class, () -> f.tiers.setBenefits("Gold", List.of("Lounge", "Lounge ")));
            assertEquals("The benefit \"Lounge\" is given twice.", twice.getMessage());
            List<String> many = new ArrayList<>();
            for (int i = 0; i <= MemberTiers.MAX_BENEFITS; i++) {
                many.add("Benefit " + i);
            }
            assertTrue(assertThrows(LoyaltyException.class, () -> f.tiers.setBenefits("Gold", many)).getMessage().contains("at most 20 benefits; 21"));
            LoyaltyException unknown = assertThrows(LoyaltyException.class, () -> f.tiers.setBenefits("Diamond", List.of("Yacht")));
            assertTrue(unknown.getMessage().startsWith("There is no tier Diamond"), unknown.getMessage());
            assertEquals(List.of("Free delivery"), tier(f, "Gold").benefits(), "nothing of the refused ones was stored");
            assertEquals(List.of("x".repeat(200)), f.tiers.setBenefits("Gold", Collections.nCopies(1, "x".repeat(200))).benefits());

            f.users.as("sid");
            assertThrows(AccessDeniedException.class, () -> f.tiers.setBenefits("Gold", List.of("Everything")), "a service agent may not change tiers");
            f.users.as("mo");
            assertEquals(List.of("x".repeat(200)), tier(f, "Gold").benefits());
        }
    }

    @Test
    void theCommandSetsBenefitsWithOrWithoutAThreshold() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            LoyaltyCommand command = new LoyaltyCommand(f.ledger, f.tiers, f.rewards, f.reports, f.clock, null, f.users, f.users);
            CliRun set = f.cli(command, "mo", "tiers", "set", "Gold", "--benefit", "Free delivery", "--benefit", "Lounge access", "--format", "json");
            assertEquals(0, set.code(), set.err());
            JsonObject gold = JsonParser.parseString(set.out()).getAsJsonArray().get(0).getAsJsonObject();
            assertEquals("Free delivery; Lounge access", gold.get("benefits").getAsString());
            assertEquals("5000.00", gold.get("min_spend").getAsString());

            CliRun both = f.cli(command, "mo", "tiers", "set", "Platinum", "--min-spend", "10000", "--benefit", "Personal shopper");
            assertEquals(0, both.code(), both.err());
            assertEquals(List.of("Personal shopper"), tier(f, "Platinum").benefits());

            CliRun bad = f.cli(command, "mo", "tiers", "set", "Platinum", "--min-spend", "12000", "--benefit", " ");
            assertEquals(2, bad.code());
            assertTrue(bad.err().contains("Benefit 1 must have 1 to 200 characters"), bad.err());
            assertEquals(new java.math.BigDecimal("10000.00"), tier(f, "Platinum").minSpend(), "a refused benefit stores no threshold either");
            assertEquals(2, f.cli(command, "mo", "tiers", "set", "Gold", "--benefit", "A", "--no-benefits").code());

            assertEquals(0, f.cli(command, "mo", "tiers", "set", "Gold", "--no-benefits").code());
            assertEquals(List.of(), tier(f, "Gold").benefits());
            CliRun denied = f.cli(command, "sid", "tiers", "set", "Gold", "--benefit", "Everything");
            assertEquals(1, denied.code());
            assertTrue(denied.err().contains("sid may not change member tiers"), denied.err());
            CliRun list = f.cli(command, "mo", "tiers", "--format", "csv");
            assertTrue(list.out().startsWith("tier,rank,min_spend,min_points,discount_percent,priority_service,dedicated_advisor,birthday_gift,benefits"),
                    list.out());
        }
    }
}
