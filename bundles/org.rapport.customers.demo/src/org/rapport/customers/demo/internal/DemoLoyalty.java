package org.rapport.customers.demo.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.Promotions;
import org.rapport.loyalty.api.Promotions.Promotion;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The demo's promotions and referrals, through the loyalty API as an administrator would make
 * them, so that their entries show in the demo customers' Loyalty tabs: the promotions before the
 * purchases are made (a purchase earns by the promotions of its day), the referrals after (only a
 * customer who has not bought yet can be referred): a few new customers, each referred by one of
 * the first customers, then their first purchase, in the app during the app promotion, which
 * rewards both sides.
 */
final class DemoLoyalty {

    /** Who refers (by position among the customers by reference) and how long ago the new customer's first purchase was. */
    private record Demo(int referrer, int daysAgo, String product, String amount) {
    }

    private static final List<Demo> REFERRALS = List.of(new Demo(0, 3, "Milk frother", "65.00"), new Demo(0, 9, "Teapot", "45.00"),
            new Demo(1, 5, "Coffee beans 1 kg", "24.00"), new Demo(2, 12, "Espresso machine", "420.00"));

    private DemoLoyalty() {
    }

    /** Adds the demo promotions, all in the months before today; how many. */
    static int promotions(Promotions promotions, LocalDate today) {
        List<Promotion> demo = List.of(
                new Promotion("DOUBLE-FORTNIGHT", "Double points fortnight", today.minusDays(60), today.minusDays(47), null, new BigDecimal("2"), null),
                new Promotion("APP-BONUS", "App bonus 50", today.minusDays(120), today.minusDays(1), Channels.APP, null, 50L));
        demo.forEach(promotions::add);
        return demo.size();
    }

    /** Makes the referred customers (after the {@code made} customers of the demo data), refers them and stores their first purchase; how many. */
    static int referrals(Loyalty loyalty, Store store, DemoData data, int made, Instant now, ZoneId zone) {
        List<String> referrers;
        try (UnitOfWork work = store.begin()) {
            referrers = work.page("SELECT c.reference FROM Customer c ORDER BY c.reference", 0, 3);
        }
        int referred = 0;
        for (Demo demo : REFERRALS) {
            if (demo.referrer() >= referrers.size()) {
                continue;
            }
            Customer customer = data.customer(made + referred);
            customer.setCreatedAt(now.minus(Duration.ofDays(demo.daysAgo() + 1L)));
            try (UnitOfWork work = store.begin()) {
                work.add(customer);
                work.commit();
            }
            loyalty.refer(referrers.get(demo.referrer()), customer.getReference());
            try (UnitOfWork work = store.begin()) {
                List<Customer> found = work.query("SELECT c FROM Customer c WHERE c.reference = ?1", customer.getReference());
                Purchase purchase = CustomersFactory.eINSTANCE.createPurchase();
                purchase.setProduct(demo.product());
                purchase.setQuantity(1);
                purchase.setAmount(new BigDecimal(demo.amount()));
                purchase.setAt(now.minus(Duration.ofDays(demo.daysAgo())).atZone(zone).withHour(11).toInstant());
                purchase.setChannel(Channels.APP);
                found.get(0).getPurchases().add(purchase);
                work.commit();
            }
            referred++;
        }
        return referred;
    }
}
