package org.rapport.customers.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Contacts;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.DataQuality;
import org.rapport.customers.api.DataQuality.Flag;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The listing as JPQL projections over the store, one unit of work per call: the filter as
 * conditions ({@link ListingWhere}), a page read as {@link ListingPages} says, then each row's
 * first contacts and data-quality flags.
 */
@Component(service = CustomerListing.class)
public class StoreCustomerListing implements CustomerListing {

    /**
     * How many customers an e-mail address or phone number may find. They are meant to be one
     * person's; beyond this the number is a switchboard's, and the rest are not listed.
     */
    static final int CONTACT_MATCHES = 500;
    /**
     * Up to how deep ({@code first + max}) a page of a look-up's union of ranges is read range by
     * range: its candidates go into a query by identity, at most three times this many.
     */
    static final int MERGED_ROWS = CONTACT_MATCHES;

    @Reference
    private Store store;
    @Reference
    private ClockService clock;

    /** For DS. */
    public StoreCustomerListing() {
    }

    /** For tests. */
    public StoreCustomerListing(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public long count(Filter filter) {
        try (UnitOfWork work = store.begin()) {
            ListingWhere where = ListingWhere.of(work, filter);
            if (where == null) {
                return 0;
            }
            if (where.ranges() != null && where.countByRanges()) {
                return unionCount(work, where);
            }
            List<Number> count = work.query("SELECT COUNT(c) FROM Customer c" + where.clause(), where.parameters().toArray());
            return count.get(0).longValue();
        }
    }

    /**
     * The union's size as one count per range of the customers that no range before it holds:
     * each an index range scan with the others as filters, where the OR of the ranges would read
     * the table (docs/performance.md, finding 15).
     */
    private static long unionCount(UnitOfWork work, ListingWhere where) {
        long count = 0;
        for (int i = 0; i < where.ranges().size(); i++) {
            List<Number> part = work.query("SELECT COUNT(c) FROM Customer c" + where.clause(i, true), where.parameters().toArray());
            count += part.get(0).longValue();
        }
        return count;
    }

    @Override
    public List<Row> rows(Filter filter, Column sort, boolean ascending, int first, int max) {
        try (UnitOfWork work = store.begin()) {
            ListingWhere where = ListingWhere.of(work, filter);
            if (where == null) {
                return List.of();
            }
            List<Object[]> rows = ListingPages.read(work, where.forPages(), sort, ascending, first, max);
            List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
            Set<Long> invalid = new HashSet<>();
            Map<Long, Contact> phones = firstContacts(work, ids, "phones", "number", Contacts::isValidPhone, invalid);
            Map<Long, Contact> emails = firstContacts(work, ids, "emails", "address", Contacts::isValidEmail, invalid);
            Instant now = clock.now();
            List<Row> result = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                long id = ((Number) row[0]).longValue();
                Instant confirmed = (Instant) row[7];
                Set<Flag> flags = EnumSet.noneOf(Flag.class);
                if (invalid.contains(id)) {
                    flags.add(Flag.INVALID_CONTACT);
                }
                if (DataQuality.unconfirmed(confirmed, now)) {
                    flags.add(Flag.UNCONFIRMED);
                }
                result.add(new Row(id, (String) row[1], (String) row[2], (String) row[3], (String) row[4], (CustomerStatus) row[5], (String) row[6],
                        confirmed, flags, phones.get(id), emails.get(id)));
            }
            return result;
        }
    }

    @Override
    public List<String> tags(int max) {
        // a tag here is its element and its position in the customer's list to EclipseLink, so a
        // group is a tag at one position: a few rows per tag, merged here (JPQL has no way to name
        // the element alone, and EclipseLink cannot order by it)
        try (UnitOfWork work = store.begin()) {
            List<Object[]> groups = work.query("SELECT t, COUNT(c) FROM Customer c JOIN c.tags t GROUP BY t");
            return groups.stream().map(group -> (String) group[0]).filter(Objects::nonNull).distinct().sorted().limit(max).toList();
        }
    }

    @Override
    public List<String> regions(int max) {
        // from the region index alone
        try (UnitOfWork work = store.begin()) {
            return work.page("SELECT DISTINCT c.region FROM Customer c WHERE c.region IS NOT NULL ORDER BY c.region", 0, max);
        }
    }

    /**
     * The first phone number or e-mail address (the earliest stored) of each customer of a page,
     * with how many more each has: one lookup for the whole page by the owners' index. Adds to
     * {@code invalid} the customers with any of them marked not working or not well-formed, as
     * {@link DataQuality#flags} judges them.
     */
    private static Map<Long, Contact> firstContacts(UnitOfWork work, List<Long> ids, String contacts, String attribute, Predicate<String> wellFormed,
            Set<Long> invalid) {
        Map<Long, Contact> first = new HashMap<>();
        if (ids.isEmpty()) {
            return first;
        }
        List<Object[]> found = work.query("SELECT c.persistentId, x." + attribute + ", x.valid FROM Customer c JOIN c." + contacts
                + " x WHERE c.persistentId IN ?1 ORDER BY c.persistentId, x.persistentId", ids);
        for (Object[] contact : found) {
            long id = ((Number) contact[0]).longValue();
            String value = (String) contact[1];
            boolean bad = !Boolean.TRUE.equals(contact[2]) || value == null || !wellFormed.test(value);
            if (bad) {
                invalid.add(id);
            }
            first.merge(id, new Contact(value, bad, 0),
                    (kept, next) -> new Contact(kept.value(), kept.invalid(), kept.more() + 1));
        }
        return first;
    }
}
