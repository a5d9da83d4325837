package org.rapport.customers.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.model.Channel;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** The listing as JPQL projections over the store, one unit of work per call. */
@Component(service = CustomerListing.class)
public class StoreCustomerListing implements CustomerListing {

    private static final String ROW = "SELECT c.persistentId, c.reference, c.name, c.region, c.channel, c.status, c.accountManager FROM Customer c";

    @Reference
    private Store store;

    /** For DS. */
    public StoreCustomerListing() {
    }

    /** For tests. */
    public StoreCustomerListing(Store store) {
        this.store = store;
    }

    @Override
    public long count(Filter filter) {
        Where where = where(filter);
        try (UnitOfWork work = store.begin()) {
            List<Number> count = work.query("SELECT COUNT(c) FROM Customer c" + where.clause, where.parameters.toArray());
            return count.get(0).longValue();
        }
    }

    @Override
    public List<Row> rows(Filter filter, Column sort, boolean ascending, int first, int max) {
        Where where = where(filter);
        String direction = ascending ? " ASC" : " DESC";
        String jpql = ROW + where.clause + " ORDER BY c." + attribute(sort) + direction + ", c.persistentId" + direction;
        try (UnitOfWork work = store.begin()) {
            List<Object[]> rows = work.page(jpql, first, max, where.parameters.toArray());
            List<Row> result = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                result.add(new Row(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3], (Channel) row[4],
                        (CustomerStatus) row[5], (String) row[6]));
            }
            return result;
        }
    }

    private static String attribute(Column column) {
        return switch (column) {
        case REFERENCE -> "reference";
        case NAME -> "name";
        case REGION -> "region";
        case CHANNEL -> "channel";
        case STATUS -> "status";
        case ACCOUNT_MANAGER -> "accountManager";
        };
    }

    private record Where(String clause, List<Object> parameters) {
    }

    /**
     * The filter as a WHERE clause. Prefixes stay LIKE 'prefix%' so the name and reference
     * indexes serve them; people type the first letter in either case, so both are asked for.
     */
    private static Where where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            String upper = escaped.substring(0, 1).toUpperCase(Locale.ROOT) + escaped.substring(1);
            String lower = escaped.substring(0, 1).toLowerCase(Locale.ROOT) + escaped.substring(1);
            parameters.add(upper + "%");
            int a = parameters.size();
            parameters.add(lower + "%");
            int b = parameters.size();
            conditions.add("(c.name LIKE ?" + a + " ESCAPE '!' OR c.name LIKE ?" + b + " ESCAPE '!' OR c.reference LIKE ?" + a + " ESCAPE '!' OR c.reference LIKE ?"
                    + b + " ESCAPE '!')");
        }
        if (filter.channel() != null) {
            parameters.add(filter.channel());
            conditions.add("c.channel = ?" + parameters.size());
        }
        if (filter.region() != null) {
            parameters.add(filter.region());
            conditions.add("c.region = ?" + parameters.size());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
    }
}
