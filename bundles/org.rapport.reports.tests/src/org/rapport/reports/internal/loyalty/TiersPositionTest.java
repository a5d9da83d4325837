package org.rapport.reports.internal.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.loyalty.internal.TierService;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.TierChange;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.Dimensions;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.internal.measures.MeasureDatabase;

/**
 * {@code tiers} takes a member's tier from the last change in the history's order, not from the
 * change with the highest identity: identities come in blocks per desktop, so a change made later
 * on one desktop can have a lower identity than one made earlier on another. The loyalty area
 * counts the current tier the same way.
 */
class TiersPositionTest {

    private static final ReportPeriod JULY = ReportPeriod.of(YearMonth.of(2026, 7));

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aMembersTierIsTheLastChangeInTheHistoryWhateverItsIdentity(DatabaseKind kind) throws Exception {
        try (MeasureDatabase db = new MeasureDatabase(kind)) {
            db.users.as("ada");
            db.customer("T-1", "sam");
            purchase(db, "2025-05-01T10:00:00Z", "T-1/1"); // Gold at once
            db.now.set(Instant.parse("2026-06-30T16:00:01Z"));
            try (Store second = db.desktop()) {
                // nothing in the 12 months before July: the second desktop moves the member down
                new TierService(second, db.clock, db.users).reevaluate(LocalDate.parse("2026-07-01"));
            }
            purchase(db, "2026-07-10T10:00:00Z", "T-1/2"); // Gold again at once, on the first desktop
            List<TierChange> history = history(db);
            assertEquals(List.of("Silver", "Gold", "Silver", "Gold"), history.stream().map(TierChange::getToTier).toList());
            assertTrue(id(history.get(3)) < id(history.get(2)), "the later change has the lower identity");

            Tiers tiers = new Tiers(db.store, db.clock, db.tiers);
            for (String login : List.of("mo", "sam")) {
                db.as(login, () -> {
                    ReportResult byTier = tiers.compute(new ReportQuery(JULY, Dimensions.TIER, Map.of()), ReportProgress.NONE);
                    assertEquals(Map.of("Gold", 1L), perTier(byTier), login + ": the member's last change is to Gold");
                    ReportResult byMonth = tiers.compute(new ReportQuery(JULY, Dimensions.MONTH, Map.of(Dimensions.TIER, "Gold")), ReportProgress.NONE);
                    assertEquals(1L, byMonth.rows().get(0).figures().get(0).value().longValueExact(), login + ": Gold at July's end");
                });
            }
        }
    }

    /**
     * A purchase imported after a re-evaluation upgrades at its own, earlier time: the history is
     * then out of time order, and the member's tier at a month's end is still the last change
     * before it in the history's order, counted once.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChangeAppendedForAnEarlierTimeCountsTheMemberOnce(DatabaseKind kind) throws Exception {
        try (MeasureDatabase db = new MeasureDatabase(kind)) {
            db.users.as("ada");
            db.customer("T-1", "sam");
            purchase(db, "2025-05-01T10:00:00Z", "T-1/1"); // Gold at once
            db.now.set(Instant.parse("2026-06-30T16:00:01Z"));
            new TierService(db.store, db.clock, db.users).reevaluate(LocalDate.parse("2026-07-01")); // down, just after June's end
            purchase(db, "2026-06-01T10:00:00Z", "T-1/2"); // imported late: Gold again, at the start of June
            List<TierChange> history = history(db);
            assertEquals(List.of("Silver", "Gold", "Silver", "Gold"), history.stream().map(TierChange::getToTier).toList());
            assertTrue(history.get(3).getAt().isBefore(history.get(2).getAt()), "the last change is the earlier");

            Tiers tiers = new Tiers(db.store, db.clock, db.tiers);
            ReportPeriod june = ReportPeriod.of(YearMonth.of(2026, 6));
            for (String login : List.of("mo", "sam")) {
                db.as(login, () -> {
                    ReportResult byTier = tiers.compute(new ReportQuery(june, Dimensions.TIER, Map.of()), ReportProgress.NONE);
                    assertEquals(Map.of("Gold", 1L), perTier(byTier), login + ": one member, in the tier of the history's last change before June's end");
                    assertEquals(1L, byTier.total().figures().get(0).value().longValueExact(), login + ": one member at June's end");
                });
            }
        }
    }

    private static void purchase(MeasureDatabase db, String at, String orderRef) {
        db.now.set(Instant.parse(at));
        try (UnitOfWork work = db.store.begin()) {
            Customer owner = work.<Customer> query("SELECT c FROM Customer c WHERE c.reference = ?1", "T-1").get(0);
            Purchase purchase = CustomersFactory.eINSTANCE.createPurchase();
            purchase.setAt(Instant.parse(at));
            purchase.setAmount(new BigDecimal("6000.00"));
            purchase.setQuantity(1);
            purchase.setProduct("tea");
            purchase.setKind(PurchaseKind.SALE);
            purchase.setOrderRef(orderRef);
            owner.getPurchases().add(purchase);
            work.commit();
        }
    }

    private static List<TierChange> history(MeasureDatabase db) {
        try (UnitOfWork work = db.store.begin()) {
            List<Membership> found = work.query("SELECT m FROM Membership m WHERE m.customer.reference = ?1", "T-1");
            return List.copyOf(found.get(0).getHistory());
        }
    }

    private static long id(TierChange change) {
        return ((PersistentObject) change).persistentId();
    }

    private static Map<String, Long> perTier(ReportResult result) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReportRow row : result.rows()) {
            counts.put(row.key(), row.figures().get(0).value().longValueExact());
        }
        return counts;
    }
}
