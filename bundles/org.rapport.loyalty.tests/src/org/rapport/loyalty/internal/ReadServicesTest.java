package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.LoyaltyOverview.Month;
import org.rapport.loyalty.api.LoyaltyOverview.Overview;
import org.rapport.loyalty.api.LoyaltyOverview.TierCount;
import org.rapport.loyalty.api.LoyaltyProgramme.Settings;
import org.rapport.loyalty.api.TierStanding.Standing;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The read services of the loyalty views on embedded Derby, the clock at 1 March 2026 (Shanghai):
 * the standing against the next tier, the overview's monthly sums and the programme's settings.
 */
class ReadServicesTest {

    @TempDir
    Path home;

    /** Stores purchase records on the customer, as the profile and the import do. */
    private static void purchases(LedgerFixture f, String customerRef, Object... atAndAmount) {
        try (UnitOfWork work = f.store.begin()) {
            Customer customer = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", customerRef).get(0);
            for (int i = 0; i < atAndAmount.length; i += 2) {
                Purchase purchase = CustomersFactory.eINSTANCE.createPurchase();
                purchase.setAt(Instant.parse((String) atAndAmount[i]));
                purchase.setAmount(new BigDecimal((String) atAndAmount[i + 1]));
                purchase.setKind(purchase.getAmount().signum() < 0 ? PurchaseKind.RETURN : PurchaseKind.SALE);
                purchase.setOrderRef("O-" + i);
                purchase.setProduct("Tea");
                purchase.setQuantity(1);
                customer.getPurchases().add(purchase);
            }
            work.commit();
        }
    }

    @Test
    void theStandingCountsTheLast12MonthsNetOfReturnsAgainstTheNextTier() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            // the purchase of more than 12 months ago does not count; the return does
            purchases(f, "C-1", "2025-02-28T10:00:00Z", "9000.00", "2026-02-01T10:00:00Z", "1200.00", "2026-02-10T10:00:00Z", "-200.00");
            f.ledger.earn(purchase("C-1", "O-2", "2026-02-01T10:00:00Z", "1200.00"));
            StandingService standing = new StandingService(f.store, f.clock);

            Standing silver = standing.standing("C-1");
            assertEquals(Optional.of("Silver"), silver.tier());
            assertEquals(TierBasis.SPEND, silver.basis());
            assertEquals(0, new BigDecimal("1000.00").compareTo(silver.qualifying()), silver.qualifying().toPlainString());
            assertEquals(Optional.of("Gold"), silver.nextTier());
            assertEquals(0, new BigDecimal("5000").compareTo(silver.nextThreshold().orElseThrow()));
            assertEquals(0.2, silver.progress(), 1e-9);

            f.customer("C-2", null);
            Standing none = standing.standing("C-2");
            assertEquals(Optional.empty(), none.tier());
            assertEquals(Optional.of("Silver"), none.nextTier(), "a customer who is no member yet is on the way to the lowest tier");
        }
    }

    @Test
    void theOverviewSumsEachMonthAndCountsMembersPerTier() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.customer("C-1", null);
            f.customer("C-2", null);
            f.ledger.earn(purchase("C-1", "P-1", "2026-01-15T10:00:00Z", "300.00"));
            f.ledger.earn(purchase("C-2", "P-2", "2026-02-15T10:00:00Z", "200.00"));
            // 1 March 2026, 09:00 UTC is March in Shanghai too; 28 February 20:00 UTC is 1 March in Shanghai
            f.ledger.earn(purchase("C-2", "P-3", "2026-02-28T20:00:00Z", "50.00"));
            try (UnitOfWork work = f.store.begin()) {
                f.ledger.redeem(work, "C-1", 120, "R-1", "tea set");
                work.commit();
            }
            f.ledger.adjust("C-2", -20, "typo");
            Overview overview = new OverviewService(f.store, f.clock, new ReportService(f.store, f.clock)).overview(YearMonth.of(2026, 1), YearMonth.of(2026, 3));

            assertEquals(List.of(new TierCount("Silver", 2), new TierCount("Gold", 0), new TierCount("Black", 0)), overview.members());
            assertEquals(List.of(new Month(YearMonth.of(2026, 1), 300, 0, 0), new Month(YearMonth.of(2026, 2), 200, 0, 0),
                    new Month(YearMonth.of(2026, 3), 50, 120, 0)), overview.months(), "months counted in the installation's zone");
        }
    }

    @Test
    void theProgrammeStoresGoodSettingsAndRefusesBadOnesSayingWhich() throws Exception {
        try (LedgerFixture f = new LedgerFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            ProgrammeService programme = new ProgrammeService(f.store, f.users);
            assertEquals(new Settings(1, 24, 30, TierBasis.SPEND), programme.settings(), "the shipped defaults while none are stored");

            LoyaltyException refused = assertThrows(LoyaltyException.class, () -> programme.update(new Settings(0, 24, 30, TierBasis.SPEND)));
            assertEquals("pointsPerUnit must be 1 or more: 0", refused.getMessage());
            assertEquals(0, f.count("SELECT COUNT(p) FROM Programme p"), "nothing stored");

            programme.update(new Settings(2, 12, 14, TierBasis.POINTS));
            programme.update(new Settings(3, 12, 14, TierBasis.POINTS));
            assertEquals(new Settings(3, 12, 14, TierBasis.POINTS), programme.settings());
            assertEquals(1, f.count("SELECT COUNT(p) FROM Programme p"), "one stored row, changed");
        }
    }
}
