package org.rapport.customers.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The orders of a purchases batch that are stored already: by earlier imports or by hand (a record
 * of theirs is a duplicate), by this run (without a line column, records of one order in one file
 * are its lines, not duplicates), and the orders with a sale (what a return may refer to).
 */
record StoredOrders(Set<Key> earlier, Set<Key> thisRun, Set<Key> sales) {

    /** What makes two purchase records of a customer the same record of the selling system. */
    record Key(String customer, String orderRef, PurchaseKind kind, String orderLine) {

        static Key sale(String customer, String orderRef) {
            return new Key(customer, orderRef, PurchaseKind.SALE, null);
        }
    }

    /**
     * @param importId this run's id, which its purchases carry
     * @param byLine whether the file has the line column (else an order's records are told apart by kind only)
     * @param orderRefs the batch's orders (nulls ignored)
     */
    static StoredOrders of(UnitOfWork work, String importId, boolean byLine, List<String> orderRefs) {
        StoredOrders stored = new StoredOrders(new HashSet<>(), new HashSet<>(), new HashSet<>());
        List<String> orders = orderRefs.stream().filter(Objects::nonNull).distinct().toList();
        if (orders.isEmpty()) {
            return stored;
        }
        List<Object[]> found = UnitOfWorkLookups.lookUp(work,
                "SELECT c.reference, p.orderRef, p.kind, p.orderLine, p.importId FROM Customer c JOIN c.purchases p WHERE p.orderRef IN ?1", orders);
        for (Object[] record : found) {
            Key key = new Key((String) record[0], (String) record[1], (PurchaseKind) record[2], byLine ? (String) record[3] : null);
            (importId.equals(record[4]) ? stored.thisRun() : stored.earlier()).add(key);
            if (key.kind() == PurchaseKind.SALE) {
                stored.sales().add(Key.sale(key.customer(), key.orderRef()));
            }
        }
        return stored;
    }
}
