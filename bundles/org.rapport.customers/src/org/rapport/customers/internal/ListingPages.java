package org.rapport.customers.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.persistence.api.UnitOfWork;

/**
 * How a page of the list is read: by the look-up's ranges where it has them, from the sort key
 * of its first row where it starts deep in the list by name, else by OFFSET. Each row is the
 * list's columns ({@link #ROW}).
 */
final class ListingPages {

    /** The list's columns, the identity first. */
    static final String ROW = "SELECT c.persistentId, c.reference, c.name, c.region, c.channel, c.status, c.accountManager, c.lastConfirmedAt FROM Customer c";

    private ListingPages() {
    }

    /**
     * Rows {@code first} to {@code first + max} of the filtered list in this order (ties by
     * identity), for a filter {@linkplain ListingWhere#forPages made for pages}.
     */
    static List<Object[]> read(UnitOfWork work, ListingWhere where, Column sort, boolean ascending, int first, int max) {
        String direction = ascending ? " ASC" : " DESC";
        if (where.ranges() != null && (long) first + max <= StoreCustomerListing.MERGED_ROWS) {
            return unionPage(work, where, sort, direction, first, max);
        }
        if (where.ranges() != null && sort == Column.NAME) {
            return unionPageFromKey(work, where, direction, first, max);
        }
        if (sort == Column.NAME && first > 0) {
            return pageFromKey(work, where, direction, first, max);
        }
        return work.page(ROW + where.clause() + orderBy(sort, direction), first, max, where.parameters().toArray());
    }

    /**
     * A page of the union of a look-up's ranges. The page's customers are among the first
     * {@code first + max} of each range in the requested order (each read by its own index range,
     * with the filter's other conditions), so those are read by identity and the database orders
     * them: it alone knows its collation (PostgreSQL's is the database's locale), so a merge in
     * Java could order names differently than a page without a look-up does. When only one range
     * finds anyone, its rows are the page as they came.
     */
    private static List<Object[]> unionPage(UnitOfWork work, ListingWhere where, Column sort, String direction, int first, int max) {
        String order = orderBy(sort, direction);
        Set<Long> candidates = new LinkedHashSet<>();
        List<Object[]> only = null;
        int holding = 0;
        for (int i = 0; i < where.ranges().size(); i++) {
            if (sort == Column.NAME && where.ranges().get(i).inListOrder()) {
                // read in the index's order, the first rows end the read: whole rows cost no more than identities
                List<Object[]> found = work.page(ROW + where.clause(i, false) + order, 0, first + max, where.parameters().toArray());
                found.forEach(row -> candidates.add(((Number) row[0]).longValue()));
                if (!found.isEmpty()) {
                    only = found;
                    holding++;
                }
            } else {
                // sorted first: identities from the index alone, not every row of the range from the table
                List<Number> ids = work.page("SELECT c.persistentId FROM Customer c" + where.clause(i, false) + order, 0, first + max,
                        where.parameters().toArray());
                ids.forEach(id -> candidates.add(id.longValue()));
                if (!ids.isEmpty()) {
                    only = null;
                    holding++;
                }
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        if (holding == 1 && only != null) {
            // one range in the list's order holds them all (the initials' range is mostly empty): its rows are the page
            return only.subList(Math.min(first, only.size()), Math.min(first + max, only.size()));
        }
        return work.page(ROW + " WHERE c.persistentId IN ?1" + order, first, max, List.copyOf(candidates));
    }

    /**
     * A page by name deep in the union of a look-up's ranges, from the key of its first row. That
     * row is among the first {@code first + 1} of each range; their keys are merged here, and the
     * database confirms the row by counting the union's rows before it (each range by its index),
     * since it alone knows its collation: when it disagrees, the page is read as before, by the OR.
     * From the key, each range gives at most {@code max} rows, ordered together as in
     * {@link #unionPage}.
     */
    private static List<Object[]> unionPageFromKey(UnitOfWork work, ListingWhere where, String direction, int first, int max) {
        String order = orderBy(Column.NAME, direction);
        Map<Long, String> keys = new HashMap<>();
        for (int i = 0; i < where.ranges().size(); i++) {
            List<Object[]> found = work.page("SELECT c.persistentId, c.sortKey FROM Customer c" + where.clause(i, false) + order, 0, first + 1,
                    where.parameters().toArray());
            found.forEach(row -> keys.put(((Number) row[0]).longValue(), (String) row[1]));
        }
        if (keys.size() <= first) {
            // the union's first first + 1 rows are all among these, so it has no more
            return List.of();
        }
        Comparator<Map.Entry<Long, String>> byName = Map.Entry.<Long, String>comparingByValue(Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Map.Entry.comparingByKey());
        Map.Entry<Long, String> start = keys.entrySet().stream().sorted(direction.equals(" ASC") ? byName : byName.reversed()).skip(first).findFirst()
                .orElseThrow();
        if (start.getValue() == null) {
            return pageFromKey(work, where, direction, first, max);
        }
        List<Object> from = new ArrayList<>(where.parameters());
        from.add(start.getValue());
        int k = from.size();
        from.add(start.getKey());
        int id = from.size();
        String beyond = direction.equals(" ASC") ? ">" : "<";
        String before = direction.equals(" ASC") ? "<" : ">";
        long ahead = 0;
        for (int i = 0; i < where.ranges().size(); i++) {
            List<Number> count = work.query("SELECT COUNT(c) FROM Customer c" + where.clause(i, true) + " AND (c.sortKey " + before + " ?" + k
                    + " OR (c.sortKey = ?" + k + " AND c.persistentId " + before + " ?" + id + "))", from.toArray());
            ahead += count.get(0).longValue();
        }
        if (ahead != first) {
            return pageFromKey(work, where, direction, first, max);
        }
        // the first condition alone is the index range; the second drops the same name's rows before the start
        String range = " AND c.sortKey " + beyond + "= ?" + k + " AND (c.sortKey " + beyond + " ?" + k + " OR c.persistentId " + beyond + "= ?" + id + ")";
        Set<Long> candidates = new LinkedHashSet<>();
        for (int i = 0; i < where.ranges().size(); i++) {
            List<Number> ids = work.page("SELECT c.persistentId FROM Customer c" + where.clause(i, false) + range + order, 0, max, from.toArray());
            ids.forEach(found -> candidates.add(found.longValue()));
        }
        return work.page(ROW + " WHERE c.persistentId IN ?1" + order, 0, max, List.copyOf(candidates));
    }

    /**
     * A page by name that starts deep in the list. With OFFSET the databases read every row before
     * the page in full (at the middle of a million customers, seconds); here the first row's name
     * key and identity come from the (NAME_KEY, ID) index alone, and the page is read from there by
     * the same index (changeset customers-8).
     */
    private static List<Object[]> pageFromKey(UnitOfWork work, ListingWhere where, String direction, int first, int max) {
        Object[] parameters = where.parameters().toArray();
        String filtered = where.clause();
        List<Object[]> start = work.page("SELECT c.sortKey, c.persistentId FROM Customer c" + filtered + orderBy(Column.NAME, direction), first, 1,
                parameters);
        if (start.isEmpty()) {
            return List.of();
        }
        Object key = start.get(0)[0];
        if (key == null) {
            // a sort key is never empty for a stored name; a row without one sorts apart, so count to it
            return work.page(ROW + filtered + orderBy(Column.NAME, direction), first, max, parameters);
        }
        List<Object> from = new ArrayList<>(where.parameters());
        from.add(key);
        int k = from.size();
        from.add(start.get(0)[1]);
        int id = from.size();
        String beyond = direction.equals(" ASC") ? ">" : "<";
        // the first condition alone is the index range; the second drops the same name's rows before the start
        String range = "c.sortKey " + beyond + "= ?" + k + " AND (c.sortKey " + beyond + " ?" + k + " OR c.persistentId " + beyond + "= ?" + id + ")";
        String clause = filtered.isEmpty() ? " WHERE " + range : filtered + " AND " + range;
        return work.page(ROW + clause + orderBy(Column.NAME, direction), 0, max, from.toArray());
    }

    private static String orderBy(Column sort, String direction) {
        return " ORDER BY c." + attribute(sort) + direction + ", c.persistentId" + direction;
    }

    private static String attribute(Column column) {
        return switch (column) {
        case REFERENCE -> "reference";
        // the name in any case, a Chinese one by its pinyin, so the order agrees with the prefix search and one index serves both
        case NAME -> "sortKey";
        case REGION -> "region";
        case CHANNEL -> "channel";
        case STATUS -> "status";
        case ACCOUNT_MANAGER -> "accountManager";
        };
    }
}
