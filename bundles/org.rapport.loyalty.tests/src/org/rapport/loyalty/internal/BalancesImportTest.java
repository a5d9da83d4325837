package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.testing.CliRun;
import org.rapport.transfer.internal.ImportRunner;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code rapport-ctl loyalty import balances FILE}: opening balances through the data-transfer runner, with rejects. */
class BalancesImportTest {

    @TempDir
    Path home;

    /** The loyalty commands over the transfer runner with the balances' mapper. */
    private static LoyaltyCommand balancesCommand(LedgerFixture f) {
        return f.command(new ImportRunner(f.store, f.users, f.clock, List.of(new BalanceRows(f.ledger))));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void openingBalancesEarnAtTheirDayAndBadRowsGoToTheRejectsFile(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home)) {
            f.customer("C-1", null);
            f.customer("C-2", null);
            LoyaltyCommand command = balancesCommand(f);
            Path file = home.resolve("balances.csv");
            Files.writeString(file, """
                    customer_ref,points,date,reason
                    C-1,1200,2025-06-30,balance of the old card
                    C-2,300,,
                    C-404,10,,
                    C-1,-5,,
                    C-2,7,30 June,
                    C-1,50,,
                    """, StandardCharsets.UTF_8);
            CliRun run = f.cli(command, "mo", "import", "balances", file.toString(), "--format", "json");
            assertEquals(1, run.code(), "rows were rejected: " + run.err());
            JsonObject result = JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject();
            assertEquals(2, result.get("imported").getAsLong());
            assertEquals(3, result.get("rejected").getAsLong());
            assertEquals(1, result.get("duplicates").getAsLong());
            String rejects = Files.readString(Path.of(result.get("rejects_file").getAsString()));
            assertTrue(rejects.contains("C-404") && rejects.contains("-5") && rejects.contains("30 June"), rejects);

            Account c1 = f.ledger.account("C-1");
            assertEquals(1200, c1.balance());
            assertEquals("opening-balance", c1.lines().get(0).rule());
            assertEquals("balance of the old card", c1.lines().get(0).reason());
            assertEquals(Instant.parse("2025-06-29T16:00:00Z"), c1.lines().get(0).at());
            assertEquals(LocalDate.parse("2027-06-30"), c1.lines().get(0).expiresOn());
            assertEquals("Silver", c1.tier().orElseThrow());
            assertEquals(300, f.ledger.account("C-2").balance());

            // the same file again adds nothing: each customer has an opening balance
            CliRun again = f.cli(command, "mo", "import", "balances", file.toString());
            assertEquals(1, again.code());
            assertEquals(1200, f.ledger.account("C-1").balance());
            assertEquals(2, f.cli(command, "mo", "import", "points", file.toString()).code());
        }
    }

    @org.junit.jupiter.api.Test
    void balancesFromASemicolonFileImportAndPointsWrittenWithGroupingAreRejectedNotMisread() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            for (String reference : List.of("C-1", "C-2", "C-3")) {
                f.customer(reference, null);
            }
            LoyaltyCommand command = balancesCommand(f);
            // as Excel in Russian or German saves it: ; between fields, and 1.234 or 1,5 as people there write numbers
            Path file = home.resolve("salden.csv");
            Files.writeString(file, """
                    customer_ref;points;date;reason
                    C-1;1200;2025-06-30;Altkarte, Rest
                    C-2;1.234;;
                    C-3;1,5;;
                    """, StandardCharsets.UTF_8);
            CliRun run = f.cli(command, "mo", "import", "balances", file.toString(), "--delimiter", ";");
            assertEquals(1, run.code(), run.err());
            String rejects = Files.readString(home.resolve("salden.csv.rejects.csv"));
            assertTrue(rejects.contains("3,points,1.234,") && rejects.contains("4,points,\"1,5\","), rejects);
            assertEquals(1200, f.ledger.account("C-1").balance());
            assertEquals("Altkarte, Rest", f.ledger.account("C-1").lines().get(0).reason());
            assertEquals(0, f.ledger.account("C-2").balance(), "1.234 is never read as 1 or 1234 points");
            assertEquals(0, f.ledger.account("C-3").balance());
        }
    }
}
