package org.rapport.loyalty.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.customers.model.Customer;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.loyalty.model.Membership;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The ledgers of the customers whose purchase records one commit stores, read with a few queries
 * per hundred customers rather than a few per customer: an import commits thousands of purchases
 * at a time. A customer who owes points or returns something gets the whole stored ledger; the
 * others, who only earn, get a ledger {@link CustomerLedger#forEarning for earning}.
 * <p>
 * The look-ups name the customer by the reference's own column ({@code m.customerId}, the engine's
 * key for a reference's target), never by {@code m.customer.persistentId}, which joins the
 * customers' table: Derby then scanned the customers for each hundred (docs/performance.md,
 * "Loyalty", finding L10).
 */
final class PurchaseLedgers {

    /** The longest reference a ledger entry stores. */
    private static final int REF_LENGTH = 64;

    private PurchaseLedgers() {
    }

    /** A return: its kind says so, or its amount is negative. */
    static boolean isReturn(Purchase purchase) {
        return purchase.getKind() == PurchaseKind.RETURN || purchase.getAmount().signum() < 0;
    }

    /**
     * What identifies a purchase record in the ledger: its order and line as the selling system
     * names them (a return names the same), or its own identity for a record without an order.
     */
    static String purchaseRef(Purchase purchase) {
        String order = purchase.getOrderRef();
        if (order == null || order.isBlank()) {
            return "purchase:" + CustomerLedger.id(purchase);
        }
        String ref = purchase.getOrderLine() == null || purchase.getOrderLine().isBlank() ? order : order + "/" + purchase.getOrderLine();
        return ref.length() <= REF_LENGTH ? ref : "purchase:" + CustomerLedger.id(purchase);
    }

    /** Adds to {@code ledgers} (by customer reference) the ledger of every customer of these purchases it does not hold yet. */
    static void read(UnitOfWork work, List<Purchase> purchases, Map<String, CustomerLedger> ledgers) {
        Map<Long, Customer> customers = new LinkedHashMap<>();
        Set<Long> returning = new HashSet<>();
        List<String> sales = new ArrayList<>();
        for (Purchase purchase : purchases) {
            Customer customer = (Customer) purchase.eContainer();
            if (ledgers.containsKey(customer.getReference())) {
                continue;
            }
            long id = CustomerLedger.id(customer);
            customers.put(id, customer);
            if (isReturn(purchase)) {
                returning.add(id);
            } else {
                sales.add(purchaseRef(purchase));
            }
        }
        if (customers.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(customers.keySet());
        Set<Long> owing = new HashSet<>(Lookups.<Long> lookUp(work, "SELECT DISTINCT d.customerId FROM Debt d WHERE d.customerId IN ?1", ids));
        Map<Long, Membership> members = new HashMap<>();
        for (Membership membership : Lookups.<Membership> lookUp(work, "SELECT m FROM Membership m WHERE m.customerId IN ?1", ids)) {
            members.put(CustomerLedger.id(membership.getCustomer()), membership);
        }
        // referred customers (few) get their whole ledger: their first purchase rewards the referral once
        Map<Long, org.rapport.loyalty.model.Referral> referrals = new HashMap<>();
        for (org.rapport.loyalty.model.Referral referral : Lookups.<org.rapport.loyalty.model.Referral> lookUp(work,
                "SELECT r FROM Referral r WHERE r.referredId IN ?1", ids)) {
            referrals.put(CustomerLedger.id(referral.getReferred()), referral);
        }
        Map<Long, Set<String>> earned = new HashMap<>();
        List<Object[]> rows = Lookups.lookUp(work,
                "SELECT e.customerId, e.sourceRef FROM LedgerEntry e WHERE e.sourceRef IN ?1 AND e.points > 0 AND e.relatedRef IS NULL",
                sales.stream().distinct().toList());
        for (Object[] row : rows) {
            earned.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashSet<>()).add((String) row[1]);
        }
        customers.forEach((id, customer) -> {
            CustomerLedger ledger = owing.contains(id) || returning.contains(id) || referrals.containsKey(id) ? CustomerLedger.read(work, customer)
                    : CustomerLedger.forEarning(work, customer, earned.getOrDefault(id, Set.of()));
            ledger.referral = referrals.get(id);
            ledger.referralKnown = true;
            ledger.membership = members.get(id);
            ledger.member = ledger.membership != null;
            ledgers.put(customer.getReference(), ledger);
        });
    }
}
