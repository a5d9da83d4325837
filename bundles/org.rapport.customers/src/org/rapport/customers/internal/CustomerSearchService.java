package org.rapport.customers.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Contacts;
import org.rapport.customers.api.CustomerSearch;
import org.rapport.customers.model.Customer;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** {@link CustomerSearch} through the store's queries, so the signed-in user's access rules apply. */
@Component(service = CustomerSearch.class)
public class CustomerSearchService implements CustomerSearch {

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
        Map<Long, Customer> found = new LinkedHashMap<>();
        try (UnitOfWork work = store.begin()) {
            add(found, work.page("SELECT c FROM Customer c WHERE c.reference = ?1", 0, limit, wanted), limit);
            String email = Contacts.normaliseEmail(wanted);
            if (email != null && email.contains("@")) {
                add(found, work.page("SELECT c FROM Customer c JOIN c.emails e WHERE e.address = ?1 ORDER BY c.reference", 0, limit, email), limit);
            }
            String phone = Contacts.normalisePhone(wanted);
            if (phone != null && Contacts.isValidPhone(phone)) {
                add(found, work.page("SELECT c FROM Customer c JOIN c.phones p WHERE p.number = ?1 ORDER BY c.reference", 0, limit, phone), limit);
            }
            String prefix = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            add(found, work.page("SELECT c FROM Customer c WHERE c.name LIKE ?1 ESCAPE '\\' ORDER BY c.name, c.reference", 0, limit, prefix), limit);
            List<Hit> hits = new ArrayList<>();
            for (Customer customer : found.values()) {
                String firstEmail = customer.getEmails().isEmpty() ? null : customer.getEmails().get(0).getAddress();
                String firstPhone = customer.getPhones().isEmpty() ? null : customer.getPhones().get(0).getNumber();
                hits.add(new Hit(customer.getReference(), customer.getName(), firstEmail, firstPhone, customer.getRegion()));
            }
            return hits;
        }
    }

    private static void add(Map<Long, Customer> found, List<Customer> customers, int limit) {
        for (Customer customer : customers) {
            if (found.size() >= limit) {
                return;
            }
            found.putIfAbsent(((PersistentObject) customer).persistentId(), customer);
        }
    }

    @Override
    public Stats stats() {
        try (UnitOfWork work = store.begin()) {
            long customers = ((Number) work.query("SELECT COUNT(c) FROM Customer c").get(0)).longValue();
            Object[] purchases = (Object[]) work.query("SELECT COUNT(p), SUM(p.amount), MIN(p.at), MAX(p.at) FROM Customer c JOIN c.purchases p").get(0);
            long repeat;
            try (Stream<Object> repeaters = work.stream("SELECT c.reference FROM Customer c JOIN c.purchases p GROUP BY c.reference HAVING COUNT(p) >= 2")) {
                repeat = repeaters.count();
            }
            BigDecimal revenue = purchases[1] == null ? new BigDecimal("0.00") : ((BigDecimal) purchases[1]).setScale(2);
            return new Stats(customers, ((Number) purchases[0]).longValue(), revenue, repeat, day(purchases[2]), day(purchases[3]));
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
