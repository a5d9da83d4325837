package org.rapport.customers.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Contacts;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerSearch;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** {@link CustomerSearch} through the store's queries, so the signed-in user's access rules apply. */
@Component(service = CustomerSearch.class)
public class CustomerSearchService implements CustomerSearch {

    private static final String HIT = "SELECT c.persistentId, c.reference, c.name, c.region FROM Customer c";

    @Reference
    private Store store;
    @Reference
    private ClockService clock;

    /** For DS. */
    public CustomerSearchService() {
    }

    /** For tests. */
    public CustomerSearchService(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Hit> search(String text, int limit) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty() || limit < 1) {
            return List.of();
        }
        // projections, not customers: a hit needs five values, and loading customers with their
        // contact lists tripled the cost of a look-up by address (docs/performance.md, finding 7)
        Map<Long, Object[]> found = new LinkedHashMap<>();
        try (UnitOfWork work = store.begin()) {
            String email = Contacts.normaliseEmail(wanted);
            if (email != null && email.contains("@")) {
                // an address only, as the Customers list takes it: not also a reference, a phone or the start of a name
                add(found, work.page(HIT + " JOIN c.emails e WHERE e.address = ?1 ORDER BY c.reference", 0, limit, email), limit);
            } else {
                add(found, work.page(HIT + " WHERE c.reference = ?1", 0, limit, wanted), limit);
                String phone = Contacts.normalisePhone(wanted);
                if (phone != null && Contacts.isValidPhone(phone)) {
                    add(found, work.page(HIT + " JOIN c.phones p WHERE p.number = ?1 ORDER BY c.reference", 0, limit, phone), limit);
                }
                if (found.size() < limit) {
                    String prefix = CustomerListing.nameKey(wanted.replace("!", "!!").replace("%", "!%").replace("_", "!_")) + "%";
                    add(found, work.page(HIT + " WHERE c.nameKey LIKE ?1 ESCAPE '!' ORDER BY c.nameKey, c.reference", 0, limit, prefix), limit);
                }
                String pinyin = PinyinKeys.typed(wanted);
                if (pinyin != null && found.size() < limit) {
                    // Latin letters may be the pinyin of a Chinese name: 王芳 is found by wang, wangf and wf
                    add(found, work.page(HIT + " WHERE c.pinyinKey LIKE ?1 ORDER BY c.pinyinKey, c.reference", 0, limit, pinyin + "%"), limit);
                    add(found, work.page(HIT + " WHERE c.pinyinInitials LIKE ?1 ORDER BY c.pinyinInitials, c.reference", 0, limit, pinyin + "%"), limit);
                }
            }
            if (found.isEmpty()) {
                return List.of();
            }
            List<Long> ids = List.copyOf(found.keySet());
            Map<Long, String> emails = firsts(work, "emails", "address", ids);
            Map<Long, String> phones = firsts(work, "phones", "number", ids);
            List<Hit> hits = new ArrayList<>(found.size());
            found.forEach((id, hit) -> hits.add(new Hit((String) hit[1], (String) hit[2], emails.get(id), phones.get(id), (String) hit[3])));
            return hits;
        }
    }

    private static void add(Map<Long, Object[]> found, List<Object[]> hits, int limit) {
        for (Object[] hit : hits) {
            if (found.size() >= limit) {
                return;
            }
            found.putIfAbsent(((Number) hit[0]).longValue(), hit);
        }
    }

    /**
     * The first element of a contact list of each customer, by its position. A query of its own:
     * joined into the hit's query ({@code LEFT JOIN c.emails e0 ON INDEX(e0) = 0}), Derby read
     * the whole contact index for every customer (seconds a search over a million customers).
     */
    private static Map<Long, String> firsts(UnitOfWork work, String contacts, String attribute, List<Long> ids) {
        Map<Long, String> first = new HashMap<>();
        List<Object[]> rows = work.query("SELECT c.persistentId, x." + attribute + " FROM Customer c JOIN c." + contacts + " x WHERE c.persistentId IN ?1 AND INDEX(x) = 0",
                ids);
        for (Object[] row : rows) {
            first.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return first;
    }

    @Override
    public Stats stats() {
        try (UnitOfWork work = store.begin()) {
            long customers = ((Number) work.query("SELECT COUNT(c) FROM Customer c").get(0)).longValue();
            Object[] sales = (Object[]) work.query("SELECT COUNT(p), MIN(p.at), MAX(p.at) FROM Customer c JOIN c.purchases p WHERE p.kind = ?1", PurchaseKind.SALE)
                    .get(0);
            Object net = work.query("SELECT SUM(p.amount) FROM Customer c JOIN c.purchases p").get(0);
            long repeat;
            try (Stream<Object> repeaters = work.stream("SELECT c.reference FROM Customer c JOIN c.purchases p WHERE p.kind = ?1 GROUP BY c.reference HAVING COUNT(p) >= 2",
                    PurchaseKind.SALE)) {
                repeat = repeaters.count();
            }
            BigDecimal revenue = net == null ? new BigDecimal("0.00") : ((BigDecimal) net).setScale(2);
            return new Stats(customers, ((Number) sales[0]).longValue(), revenue, repeat, day(sales[1]), day(sales[2]));
        }
    }

    private LocalDate day(Object instant) {
        if (instant == null) {
            return null;
        }
        Instant at = instant instanceof Instant i ? i : ((java.util.Date) instant).toInstant();
        return at.atZone(clock.zone()).toLocalDate();
    }
}
