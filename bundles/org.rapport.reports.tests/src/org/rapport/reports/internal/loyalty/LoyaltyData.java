package org.rapport.reports.internal.loyalty;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.loyalty.model.Membership;
import org.rapport.loyalty.model.TierChange;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.internal.measures.MeasureDatabase;

/**
 * A loyalty programme's history from October 2023 to June 2026 in Shanghai, made through the
 * product's own paths in time order: purchases stored with their customers (earning points and
 * upgrading tiers in their commit), returns, redemptions, adjustments both ways, the monthly
 * expiry runs and the quarterly tier re-evaluations; and the stored ledger and tier history read
 * back as plain facts, for the tests' own computation of each measure.
 */
final class LoyaltyData {

    record Entry(EntryKind kind, long points, Instant at, String accountManager, long customerId) {
    }

    record Change(long id, String toTier, Instant at) {
    }

    record Member(String accountManager, List<Change> history, long customerId) {
    }

    record Facts(List<Entry> entries, List<Member> members) {
    }

    private LoyaltyData() {
    }

    private interface Step {
        void run();
    }

    private record Event(Instant at, int order, Step step) {
    }

    static void generate(MeasureDatabase db) {
        db.users.as("ada");
        for (int i = 1; i <= 10; i++) {
            db.customer("L-" + i, i % 2 == 0 ? "sam" : "tom");
        }
        Random random = new Random(3);
        Instant first = at("2023-10-01T00:00");
        long span = Duration.between(first, at("2026-06-10T00:00")).toMinutes();
        List<Event> events = new ArrayList<>();
        int order = 0;
        for (int i = 1; i <= 10; i++) {
            String customer = "L-" + i;
            // the first two spend enough for Gold or Black, for a while
            int big = i <= 2 ? 4000 : 0;
            for (int n = 0, purchases = 3 + random.nextInt(10); n < purchases; n++) {
                Instant at = first.plus(Duration.ofMinutes(random.nextInt((int) span)));
                String amount = (big + 20 + random.nextInt(2500)) + "." + (10 + random.nextInt(90));
                String orderRef = customer + "-O" + n;
                events.add(new Event(at, order++, () -> purchase(db, customer, at, amount, orderRef, PurchaseKind.SALE)));
                if (random.nextInt(6) == 0) {
                    Instant back = at.plus(Duration.ofDays(1 + random.nextInt(20)));
                    events.add(new Event(back, order++, () -> purchase(db, customer, back, "-" + amount, orderRef, PurchaseKind.RETURN)));
                }
            }
            for (int n = 0; n < 3; n++) {
                Instant at = first.plus(Duration.ofMinutes(random.nextInt((int) span)));
                long points = 100 + random.nextInt(900);
                int kind = random.nextInt(3);
                events.add(new Event(at, order++, () -> spendOrAdjust(db, customer, kind, points)));
            }
        }
        for (LocalDate day = LocalDate.parse("2025-10-01"); !day.isAfter(LocalDate.parse("2026-06-01")); day = day.plusMonths(1)) {
            LocalDate asOf = day;
            events.add(new Event(asOf.atStartOfDay(MeasureDatabase.SHANGHAI).toInstant(), order++, () -> db.ledger.expire(asOf)));
        }
        for (LocalDate day = LocalDate.parse("2024-10-01"); !day.isAfter(LocalDate.parse("2026-04-01")); day = day.plusMonths(3)) {
            LocalDate asOf = day;
            events.add(new Event(asOf.atStartOfDay(MeasureDatabase.SHANGHAI).toInstant().plusSeconds(1), order++, () -> db.tiers.reevaluate(asOf)));
        }
        events.sort(Comparator.comparing(Event::at).thenComparingInt(Event::order));
        Instant end = db.now.get();
        for (Event event : events) {
            db.now.set(event.at());
            event.step().run();
        }
        db.now.set(end);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MeasureDatabase.SHANGHAI).toInstant();
    }

    private static void purchase(MeasureDatabase db, String customer, Instant at, String amount, String orderRef, PurchaseKind kind) {
        try (UnitOfWork work = db.store.begin()) {
            Customer owner = work.<Customer> query("SELECT c FROM Customer c WHERE c.reference = ?1", customer).get(0);
            Purchase purchase = CustomersFactory.eINSTANCE.createPurchase();
            purchase.setAt(at);
            purchase.setAmount(new BigDecimal(amount));
            purchase.setQuantity(1);
            purchase.setProduct("tea");
            purchase.setKind(kind);
            purchase.setOrderRef(orderRef);
            owner.getPurchases().add(purchase);
            work.commit();
        }
    }

    /** A redemption, or an adjustment up or down, within the customer's balance. */
    private static void spendOrAdjust(MeasureDatabase db, String customer, int kind, long points) {
        long balance = db.ledger.account(customer).balance();
        long spend = Math.min(points, balance);
        if (kind == 0) {
            db.ledger.adjust(customer, points, "goodwill");
        } else if (spend > 0) {
            try (UnitOfWork work = db.store.begin()) {
                if (kind == 1) {
                    db.ledger.redeem(work, customer, spend, "MUG", "a mug");
                } else {
                    db.ledger.adjust(work, customer, -spend, "correction");
                }
                work.commit();
            }
        }
    }

    /** The stored ledger and memberships, read back (as the administrator) into plain facts. */
    static Facts facts(MeasureDatabase db) {
        db.users.as("ada");
        try (UnitOfWork work = db.store.begin()) {
            List<Entry> entries = new ArrayList<>();
            for (LedgerEntry e : work.<LedgerEntry> query("SELECT e FROM LedgerEntry e")) {
                entries.add(new Entry(e.getKind(), e.getPoints(), e.getAt(), e.getCustomer().getAccountManager(),
                        ((PersistentObject) e.getCustomer()).persistentId()));
            }
            List<Member> members = new ArrayList<>();
            for (Membership m : work.<Membership> query("SELECT m FROM Membership m")) {
                List<Change> history = new ArrayList<>();
                for (TierChange change : m.getHistory()) {
                    history.add(new Change(((PersistentObject) change).persistentId(), change.getToTier(), change.getAt()));
                }
                members.add(new Member(m.getCustomer().getAccountManager(), history, ((PersistentObject) m.getCustomer()).persistentId()));
            }
            return new Facts(entries, members);
        }
    }
}
