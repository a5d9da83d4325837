package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.persistence.api.DatabaseKind;

/**
 * The shipped earning rules at their edges: 1 point per whole unit rounded down per purchase
 * record, double in the birthday month counted in the installation's zone (Shanghai here, UTC+8),
 * 29 February, and what is refused.
 */
class EarningRulesTest {

    @TempDir
    Path home;
    private LedgerFixture fixture;

    @BeforeEach
    void open() throws Exception {
        fixture = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home);
        fixture.customer("C-1", LocalDate.of(1990, 3, 15));
        fixture.customer("C-LEAP", LocalDate.of(1988, 2, 29));
        fixture.customer("C-NONE", null);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private List<String> rulesAndPoints(String customer) {
        return fixture.entries(customer).stream().map(e -> e.getRuleId() + " " + e.getPoints()).toList();
    }

    @ParameterizedTest
    @CsvSource({ "0.99, 0", "1.00, 1", "0.00, 0", "1.99, 1", "59.80, 59", "100.00, 100" })
    void pointsAreWholeUnitsRoundedDownPerRecord(String amount, long points) {
        assertEquals(points, fixture.ledger.earn(purchase("C-NONE", "O-1", "2026-01-10T02:00:00Z", amount)).points());
        assertEquals(points == 0 ? List.of() : List.of("base " + points), rulesAndPoints("C-NONE"));
    }

    @Test
    void twoRecordsOfOneOrderRoundEachDown() {
        fixture.ledger.earn(purchase("C-NONE", "O-1/1", "2026-01-10T02:00:00Z", "0.60"));
        fixture.ledger.earn(purchase("C-NONE", "O-1/2", "2026-01-10T02:00:00Z", "0.60"));
        assertEquals(0, fixture.ledger.account("C-NONE").balance());
    }

    @Test
    void aNegativeAmountIsRefusedAndNothingIsWritten() {
        LoyaltyException refused = assertThrows(LoyaltyException.class,
                () -> fixture.ledger.earn(purchase("C-NONE", "O-1", "2026-01-10T02:00:00Z", "-5.00")));
        assertEquals("Purchase O-1 has a negative amount (-5.00): record a return instead.", refused.getMessage());
        assertEquals(0, fixture.count("SELECT COUNT(e) FROM LedgerEntry e"));
    }

    @Test
    void anUnknownCustomerIsNamed() {
        assertEquals("No customer has the reference C-404.", assertThrows(LoyaltyException.class,
                () -> fixture.ledger.earn(purchase("C-404", "O-1", "2026-01-10T02:00:00Z", "5.00"))).getMessage());
    }

    @Test
    void aPurchaseEarnsOnce() {
        fixture.ledger.earn(purchase("C-NONE", "O-1", "2026-01-10T02:00:00Z", "10.00"));
        assertEquals(0, fixture.ledger.earn(purchase("C-NONE", "O-1", "2026-01-10T02:00:00Z", "10.00")).entries().size());
        assertEquals(10, fixture.ledger.account("C-NONE").balance());
    }

    @ParameterizedTest(name = "{0} UTC: {1}")
    @CsvSource({
            // 23:59:59 on 28 February in Shanghai: not yet March
            "2026-02-28T15:59:59Z, base 10",
            // 00:00 on 1 March in Shanghai, still 28 February in UTC: March
            "2026-02-28T16:00:00Z, base 10|birthday-double 10",
            "2026-03-31T15:59:59Z, base 10|birthday-double 10",
            // 00:00 on 1 April in Shanghai
            "2026-03-31T16:00:00Z, base 10" })
    void theBirthdayMonthIsCountedInTheInstallationsZone(String at, String expected) {
        fixture.ledger.earn(purchase("C-1", "O-1", at, "10.50"));
        assertEquals(List.of(expected.split("\\|")), rulesAndPoints("C-1"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "2027-02-28T04:00:00Z, base 7|birthday-double 7", "2028-02-29T04:00:00Z, base 7|birthday-double 7",
            "2027-03-01T04:00:00Z, base 7", "2028-01-31T04:00:00Z, base 7" })
    void aBirthdayOn29FebruaryMakesFebruaryTheMonthEveryYear(String at, String expected) {
        fixture.ledger.earn(purchase("C-LEAP", "O-1", at, "7.00"));
        assertEquals(List.of(expected.split("\\|")), rulesAndPoints("C-LEAP"));
    }

    @Test
    void everyEntryNamesItsRuleReasonWhoAndExpiry() {
        fixture.ledger.earn(purchase("C-LEAP", "O-9", "2028-02-29T04:00:00Z", "12.34"));
        List<LedgerEntry> entries = fixture.entries("C-LEAP");
        LedgerEntry base = entries.get(0);
        assertEquals("Purchase O-9 for 12.34: points per whole currency unit, rounded down", base.getReason());
        assertEquals("mo", base.getRecordedBy());
        assertEquals("O-9", base.getSourceRef());
        // 24 months after 29 February 2028 is 28 February 2030
        assertEquals(LocalDate.of(2030, 2, 28), base.getExpiresOn());
        assertEquals("Purchase O-9 in the customer's birthday month: double points", entries.get(1).getReason());
        assertEquals(java.util.Optional.of("Silver"), fixture.ledger.account("C-LEAP").tier());
    }
}
