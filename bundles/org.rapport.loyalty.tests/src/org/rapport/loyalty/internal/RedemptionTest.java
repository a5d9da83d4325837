package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.Rewards.Redeemed;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.testing.ChildJvm;
import org.rapport.testing.CliRun;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Redemption against the catalogue: balance and stock, and two desktops at the same moment. */
class RedemptionTest {

    private static final List<String> BUNDLES = List.of("org.rapport.loyalty", "org.rapport.persistence", "org.rapport.customers", "org.rapport.security",
            "org.rapport.core", "org.eclipse.emf.common", "org.eclipse.emf.ecore", "org.eclipse.persistence.core", "org.eclipse.persistence.jpa.jpql",
            "org.eclipse.osgi", "org.postgresql.jdbc", "wrapped.com.belerweb.pinyin4j", "org.rapport.testing");

    @TempDir
    Path home;

    @Test
    void aRedemptionSpendsTheOldestPointsAndOneUnitAndIsRefusedBeyondTheBalanceOrTheStock() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            f.ledger.earn(purchase("C-1", "P-1", "2026-01-05T02:00:00Z", "60.00"));
            f.ledger.earn(purchase("C-1", "P-2", "2026-02-05T02:00:00Z", "60.00"));
            LoyaltyCommand command = f.command(null);
            assertEquals(0, f.cli(command, "mo", "rewards", "set", "LAMP", "--name", "Desk lamp", "--points", "50", "--stock", "1").code());
            assertEquals(0, f.cli(command, "mo", "rewards", "set", "MUG", "--name", "Mug", "--points", "100").code());

            CliRun run = f.cli(command, "sid", "redeem", "C-1", "LAMP", "--format", "json");
            assertEquals(0, run.code(), run.err());
            JsonObject done = JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject();
            assertEquals(70, done.get("balance").getAsLong());
            assertEquals(0, done.get("left").getAsInt());
            var redemption = f.ledger.account("C-1").lines().stream().filter(l -> l.kind() == EntryKind.REDEMPTION).findFirst().orElseThrow();
            assertEquals("LAMP", redemption.sourceRef());
            assertEquals(50, redemption.consumed().get(0).points(), "P-1's points first");

            LoyaltyException stock = assertThrows(LoyaltyException.class, () -> f.rewards.redeem("C-1", "LAMP"));
            assertTrue(stock.getMessage().contains("out of stock"), stock.getMessage());
            LoyaltyException balance = assertThrows(LoyaltyException.class, () -> f.rewards.redeem("C-1", "MUG"));
            assertTrue(balance.getMessage().contains("has 70 points"), balance.getMessage());
            assertEquals(1, f.count("SELECT COUNT(r) FROM Redemption r"));
            assertEquals(70, f.ledger.account("C-1").balance());
            // restocked: the next unit is the second
            f.rewards.set("LAMP", "Desk lamp", 50, 2, true);
            Redeemed second = f.rewards.redeem("C-1", "LAMP");
            assertEquals(20, second.balance());
            assertEquals(0, second.left());

            // append-only, but a merge of duplicate customers moves a redemption to the survivor
            f.customer("C-9", null);
            try (org.rapport.persistence.api.UnitOfWork work = f.store.begin()) {
                List<org.rapport.loyalty.model.Redemption> all = work.query("SELECT r FROM Redemption r");
                all.get(0).setPoints(1);
                assertThrows(org.rapport.persistence.api.StoreException.class, work::commit);
            }
            try (org.rapport.persistence.api.UnitOfWork work = f.store.begin()) {
                List<org.rapport.loyalty.model.Redemption> all = work.query("SELECT r FROM Redemption r");
                List<org.rapport.customers.model.Customer> survivor = work.query("SELECT c FROM Customer c WHERE c.reference = 'C-9'");
                all.forEach(r -> r.setCustomer(survivor.get(0)));
                work.commit();
            }
            assertEquals(2, f.count("SELECT COUNT(r) FROM Redemption r WHERE r.customer.reference = 'C-9'"));

            assertEquals(1, f.cli(command, "sid", "rewards", "set", "MUG", "--name", "Mug", "--points", "1").code(), "service agents may not change the catalogue");
            assertEquals(1, f.cli(command, "mo", "redeem", "C-1", "NONE").code());
            assertEquals(2, f.cli(command, "mo", "rewards", "set", "MUG", "--name", "Mug", "--points", "-1").code());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = { "DERBY_NETWORK", "POSTGRESQL" })
    void twoProcessesRedeemingAtTheSameMomentNeverGoBelowZeroNorBeyondTheStock(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home)) {
            for (String customer : List.of("C-1", "C-2", "C-3")) {
                f.customer(customer, null);
                f.ledger.earn(purchase(customer, "P-" + customer, "2026-01-05T02:00:00Z", "100.00"));
            }
            f.rewards.set("MUG", "Mug", 80, null, true);
            f.rewards.set("LAMP", "Desk lamp", 50, 1, true);

            // the same customer on two desktops: both read a balance of 100, only one may spend 80 of it
            List<String> answers = race(f.database.settings, List.of("C-1", "MUG"), List.of("C-1", "MUG"));
            assertEquals(1, answers.stream().filter("REDEEMED"::equals).count(), answers::toString);
            assertTrue(answers.stream().anyMatch(a -> a.startsWith("REFUSED") && a.contains("at the same moment")), answers::toString);
            assertEquals(20, f.ledger.account("C-1").balance());

            // the last unit of a reward for two customers
            answers = race(f.database.settings, List.of("C-2", "LAMP"), List.of("C-3", "LAMP"));
            assertEquals(1, answers.stream().filter("REDEEMED"::equals).count(), answers::toString);
            assertEquals(0, f.rewards.rewards().stream().filter(r -> r.reference().equals("LAMP")).findFirst().orElseThrow().left());
            assertEquals(2, f.count("SELECT COUNT(r) FROM Redemption r"));
            assertEquals(150, f.ledger.account("C-2").balance() + f.ledger.account("C-3").balance());
        }
    }

    /** Two redeeming processes that both read before either commits; their answers. */
    private List<String> race(DatabaseSettings settings, List<String> first, List<String> second) throws Exception {
        List<Process> children = new ArrayList<>();
        List<BufferedReader> outs = new ArrayList<>();
        try {
            for (List<String> redemption : List.of(first, second)) {
                Path folder = Files.createDirectories(home.resolve("child-" + children.size()));
                Process child = ChildJvm.start(folder, RedeemChild.class, BUNDLES, settings.url(), settings.user(), settings.password(), redemption.get(0),
                        redemption.get(1));
                children.add(child);
                outs.add(new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (int i = 0; i < 2; i++) {
                String ready = outs.get(i).readLine();
                int n = i;
                assertEquals("READY", ready, () -> read(ChildJvm.errors(home.resolve("child-" + n), RedeemChild.class)));
            }
            for (Process child : children) {
                OutputStream in = child.getOutputStream();
                in.write("GO\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(outs.get(i).readLine());
                assertTrue(children.get(i).waitFor(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            children.forEach(Process::destroyForcibly);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return "(no " + file + ")";
        }
    }
}
