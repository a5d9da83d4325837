package org.rapport.customers.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

/** The listing as JPQL projections over the store, one unit of work per call. */
@Component(service = CustomerListing.class)
public class StoreCustomerListing implements CustomerListing {

    private static final String ROW = "SELECT c.persistentId, c.reference, c.name, c.region, c.channel, c.status, c.accountManager, c.lastConfirmedAt FROM Customer c";
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
            Where where = where(work, filter);
            if (where == null) {
                return 0;
            }
            if (where.ranges() != null && where.countByRanges()) {
                return unionCount(work, where);
            }
            List<Number> count = work.query("SELECT COUNT(c) FROM Customer c" + where.clause(), where.parameters.toArray());
            return count.get(0).longValue();
        }
    }

    /**
     * The union's size as one count per range of the customers that no range before it holds:
     * each an index range scan with the others as filters, where the OR of the ranges would read
     * the table (docs/performance.md, finding 15).
     */
    private static long unionCount(UnitOfWork work, Where where) {
        long count = 0;
        for (int i = 0; i < where.ranges().size(); i++) {
            List<Number> part = work.query("SELECT COUNT(c) FROM Customer c" + where.clause(i, true), where.parameters.toArray());
            count += part.get(0).longValue();
        }
        return count;
    }

    @Override
    public List<Row> rows(Filter filter, Column sort, boolean ascending, int first, int max) {
        String direction = ascending ? " ASC" : " DESC";
        try (UnitOfWork work = store.begin()) {
            Where where = where(work, filter);
            if (where == null) {
                return List.of();
            }
            where = where.forPages();
            List<Object[]> rows;
            if (where.ranges() != null && (long) first + max <= MERGED_ROWS) {
                rows = unionPage(work, where, sort, direction, first, max);
            } else if (where.ranges() != null && sort == Column.NAME) {
                rows = unionPageFromKey(work, where, direction, first, max);
            } else if (sort == Column.NAME && first > 0) {
                rows = pageFromKey(work, where, direction, first, max);
            } else {
                rows = work.page(ROW + where.clause() + orderBy(sort, direction), first, max, where.parameters.toArray());
            }
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

    /**
     * A page of the union of a look-up's ranges. The page's customers are among the first
     * {@code first + max} of each range in the requested order (each read by its own index range,
     * with the filter's other conditions), so those are read by identity and the database orders
     * them: it alone knows its collation (PostgreSQL's is the database's locale), so a merge in
     * Java could order names differently than a page without a look-up does. When only one range
     * finds anyone, its rows are the page as they came.
     */
    private static List<Object[]> unionPage(UnitOfWork work, Where where, Column sort, String direction, int first, int max) {
        String order = orderBy(sort, direction);
        Set<Long> candidates = new LinkedHashSet<>();
        List<Object[]> only = null;
        int holding = 0;
        for (int i = 0; i < where.ranges().size(); i++) {
            if (sort == Column.NAME && where.ranges().get(i).inListOrder()) {
                // read in the index's order, the first rows end the read: whole rows cost no more than identities
                List<Object[]> found = work.page(ROW + where.clause(i, false) + order, 0, first + max, where.parameters.toArray());
                found.forEach(row -> candidates.add(((Number) row[0]).longValue()));
                if (!found.isEmpty()) {
                    only = found;
                    holding++;
                }
            } else {
                // sorted first: identities from the index alone, not every row of the range from the table
                List<Number> ids = work.page("SELECT c.persistentId FROM Customer c" + where.clause(i, false) + order, 0, first + max,
                        where.parameters.toArray());
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
    private static List<Object[]> unionPageFromKey(UnitOfWork work, Where where, String direction, int first, int max) {
        String order = orderBy(Column.NAME, direction);
        Map<Long, String> keys = new HashMap<>();
        for (int i = 0; i < where.ranges().size(); i++) {
            List<Object[]> found = work.page("SELECT c.persistentId, c.sortKey FROM Customer c" + where.clause(i, false) + order, 0, first + 1,
                    where.parameters.toArray());
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
        List<Object> from = new ArrayList<>(where.parameters);
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
    private static List<Object[]> pageFromKey(UnitOfWork work, Where where, String direction, int first, int max) {
        Object[] parameters = where.parameters.toArray();
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
        List<Object> from = new ArrayList<>(where.parameters);
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

    /**
     * A filter's conditions, all to hold. When a look-up's pages are read as a union of index
     * ranges in the list's order, {@code ranges} are those ranges and {@code union} the position of
     * the look-up among the conditions; otherwise ranges is null. {@code countByRanges}: the count
     * too is one per range (the condition there is their OR, which would read the table); otherwise
     * the condition is one indexed range itself and counts alone.
     */
    private record Where(List<String> conditions, List<Object> parameters, int union, List<Range> ranges, boolean countByRanges) {

        String clause() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** For pages: a look-up of one range is that range, read like any condition. */
        Where forPages() {
            if (ranges == null || ranges.size() > 1) {
                return this;
            }
            List<String> one = new ArrayList<>(conditions);
            one.set(union, ranges.get(0).inside());
            return new Where(one, parameters, -1, null, false);
        }

        /** The conditions with range {@code i} for the look-up, and without the ranges before it when {@code apart}. */
        String clause(int i, boolean apart) {
            List<String> one = new ArrayList<>(conditions);
            StringBuilder range = new StringBuilder(ranges.get(i).inside());
            for (int before = 0; apart && before < i; before++) {
                range.append(" AND ").append(ranges.get(before).outside());
            }
            one.set(union, range.toString());
            return " WHERE " + String.join(" AND ", one);
        }
    }

    /**
     * A range of an index as a condition, and its exact opposite (rows with NULLs included);
     * {@code inListOrder} when it is a range of the sort key, which the list's order by name reads.
     */
    private record Range(String inside, String outside, boolean inListOrder) {

        /** {@code attribute LIKE ?parameter}. */
        static Range like(String attribute, int parameter, boolean escaped) {
            String escape = escaped ? " ESCAPE '!'" : "";
            return new Range("c." + attribute + " LIKE ?" + parameter + escape,
                    "(c." + attribute + " IS NULL OR c." + attribute + " NOT LIKE ?" + parameter + escape + ")", attribute.equals("sortKey"));
        }

        /** This range narrowed by a condition on the rows it holds. */
        Range and(Range other) {
            return new Range(inside + " AND " + other.inside, "(" + outside + " OR " + other.outside + ")", inListOrder);
        }
    }

    /** How a name look-up is read: its pages by these ranges, its count by them or by its condition alone. */
    private record Lookup(List<Range> ranges, boolean countByRanges) {
    }

    /**
     * The filter as a WHERE clause, or null when it can match nothing. Prefixes stay
     * LIKE 'prefix%' so the indexes serve them: names through their lower-case key (a prefix in
     * any case), references with the first letter in either case, and only when the text has a
     * digit. An e-mail address, a phone number and, for a text with a digit, each prefix are first
     * looked up in their own index, and the customers found go into the clause by identity: a join
     * or an OR there would make the databases walk every customer. Latin letters are also looked
     * up as pinyin ({@link #nameOrPinyin}).
     */
    private static Where where(UnitOfWork work, Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        Lookup lookup = null;
        int union = -1;
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            if (filter.match() == Match.ANYWHERE) {
                parameters.add("%" + escaped.toLowerCase(Locale.ROOT) + "%");
                int p = parameters.size();
                conditions.add("(LOWER(c.name) LIKE ?" + p + " ESCAPE '!' OR LOWER(c.company) LIKE ?" + p + " ESCAPE '!' OR LOWER(c.notes) LIKE ?" + p
                        + " ESCAPE '!')");
            } else if (text.indexOf('@') >= 0) {
                List<Long> owners = contactOwners(work, "emails", "address", Contacts.normaliseEmail(text));
                if (owners.isEmpty()) {
                    return null;
                }
                parameters.add(owners);
                conditions.add("c.persistentId IN ?" + parameters.size());
            } else if (!text.chars().anyMatch(Character::isDigit)) {
                // a name: references have digits, names seldom
                lookup = nameOrPinyin(text, CustomerListing.nameKey(escaped) + "%", conditions, parameters);
                union = conditions.size() - 1;
            } else {
                // a reference or a phone number, or (seldom) a name with digits: each is an indexed range or look-up of its
                // own, and the customers they find go into the clause by identity; an OR of them would read every customer,
                // so that is the way only for a text so short that the ranges hold more than a few hundred
                String upper = escaped.substring(0, 1).toUpperCase(Locale.ROOT) + escaped.substring(1) + "%";
                String lower = escaped.substring(0, 1).toLowerCase(Locale.ROOT) + escaped.substring(1) + "%";
                String name = CustomerListing.nameKey(escaped) + "%";
                String phone = Contacts.normalisePhone(text);
                String byReference = "SELECT c.persistentId FROM Customer c WHERE c.reference LIKE ?1 ESCAPE '!'";
                Set<Long> found = new java.util.LinkedHashSet<>();
                boolean few = collect(found, work, byReference, upper) && (lower.equals(upper) || collect(found, work, byReference, lower))
                        && collect(found, work, "SELECT c.persistentId FROM Customer c WHERE c.nameKey LIKE ?1 ESCAPE '!'", name);
                List<Long> callers = looksLikePhone(text) && Contacts.isValidPhone(phone) ? contactOwners(work, "phones", "number", phone) : List.of();
                if (few) {
                    found.addAll(callers);
                    if (found.isEmpty()) {
                        return null;
                    }
                    parameters.add(List.copyOf(found));
                    conditions.add("c.persistentId IN ?" + parameters.size());
                } else {
                    // the ranges found so far are in the condition anyway: only the phone's owners are added by identity
                    parameters.add(upper);
                    int a = parameters.size();
                    parameters.add(lower);
                    int b = parameters.size();
                    parameters.add(name);
                    int n = parameters.size();
                    String either = "c.reference LIKE ?" + a + " ESCAPE '!' OR c.reference LIKE ?" + b + " ESCAPE '!' OR c.nameKey LIKE ?" + n + " ESCAPE '!'";
                    if (callers.isEmpty()) {
                        conditions.add("(" + either + ")");
                    } else {
                        parameters.add(callers);
                        conditions.add("(" + either + " OR c.persistentId IN ?" + parameters.size() + ")");
                    }
                }
            }
        }
        if (filter.ids() != null) {
            if (filter.ids().isEmpty()) {
                return null;
            }
            parameters.add(List.copyOf(filter.ids()));
            conditions.add("c.persistentId IN ?" + parameters.size());
        }
        if (filter.channel() != null) {
            parameters.add(filter.channel());
            conditions.add("c.channel = ?" + parameters.size());
        }
        if (filter.region() != null) {
            parameters.add(filter.region());
            conditions.add("c.region = ?" + parameters.size());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            parameters.add(filter.tag().strip());
            conditions.add("c.persistentId IN (SELECT x.persistentId FROM Customer x JOIN x.tags t WHERE t = ?" + parameters.size() + ")");
        }
        return lookup == null ? new Where(conditions, parameters, -1, null, false)
                : new Where(conditions, parameters, union, lookup.ranges(), lookup.countByRanges());
    }

    /**
     * The start of a name, or for Latin letters also the pinyin of a Chinese name ({@code wang},
     * {@code wangf} or {@code wf} for 王芳). The list sorts by the sort key: a Chinese name's pinyin
     * key, any other name's name key. So for a text of Latin letters the names that start with it
     * and the Chinese names whose pinyin does are one range of the sort key's index, in the list's
     * order; only the initials are a range of their own, and for one letter they are inside that
     * range already. A text with spaces or apostrophes ({@code wang f}) compares with the names as
     * typed and with the pinyin without them, two ranges; a text of other characters ({@code 李},
     * {@code Jean-Luc}) finds names only, read in the list's order from the sort key's range that
     * every such name falls in (a Chinese name's pinyin starts with the text's), and counted by the
     * name key's index. Every range is read in the list's order with a limit, so a page costs its
     * rows, not the matches (docs/performance.md, finding 16).
     */
    private static Lookup nameOrPinyin(String text, String name, List<String> conditions, List<Object> parameters) {
        String typed = PinyinKeys.typed(text);
        List<Range> ranges = new ArrayList<>();
        if (typed != null && typed.equals(CustomerListing.nameKey(text))) {
            // letters only: a Latin name that starts with them has them as its sort key's start, a Chinese one whose name or pinyin does too
            parameters.add(typed + "%");
            ranges.add(Range.like("sortKey", parameters.size(), false));
            return pinyinLookup(typed, ranges, conditions, parameters.size());
        }
        parameters.add(name);
        int n = parameters.size();
        Range byName = Range.like("sortKey", n, true).and(Range.like("nameKey", n, true));
        if (typed == null) {
            // names only: exactly the name key's range, which counts alone
            conditions.add("c.nameKey LIKE ?" + n + " ESCAPE '!'");
            String start = PinyinKeys.startOf(text);
            if (start == null) {
                return null; // punctuation only: no sort key range holds the Chinese names, so the name key's range is sorted
            }
            parameters.add(start + "%"); // letters and digits only: nothing to escape
            Range chinese = Range.like("sortKey", parameters.size(), false).and(Range.like("nameKey", n, true));
            if (PinyinKeys.hasHan(text)) {
                return new Lookup(List.of(chinese), false); // only Chinese names start with a Chinese character
            }
            return start.equals(CustomerListing.nameKey(text)) ? new Lookup(List.of(byName), false) : new Lookup(List.of(byName, chinese), false);
        }
        // spaces or apostrophes: names compare with them, pinyin without
        parameters.add(typed + "%"); // letters only: nothing to escape
        int p = parameters.size();
        ranges.add(byName);
        ranges.add(Range.like("sortKey", p, false).and(new Range("c.pinyinKey IS NOT NULL", "c.pinyinKey IS NULL", false)));
        return pinyinLookup(typed, ranges, conditions, p);
    }

    /** The look-up of Latin letters: the ranges so far, and the initials' range where it adds to them. */
    private static Lookup pinyinLookup(String typed, List<Range> ranges, List<String> conditions, int p) {
        if (typed.length() > 1) {
            // one letter: a name's initials start with its pinyin's first letter, so they are in the sort key's range already
            ranges.add(Range.like("pinyinInitials", p, false));
        }
        if (ranges.size() == 1) {
            conditions.add(ranges.get(0).inside());
            return null;
        }
        conditions.add("(" + String.join(" OR ", ranges.stream().map(Range::inside).toList()) + ")");
        return new Lookup(ranges, true);
    }

    /** Digits with the separators people write in numbers, nothing else (no letters, no names). */
    private static boolean looksLikePhone(String text) {
        return text.chars().allMatch(ch -> Character.isDigit(ch) || " +-./()\u00a0".indexOf(ch) >= 0);
    }

    /**
     * Adds the identities one indexed range finds; false when it holds more than
     * {@value #CONTACT_MATCHES} (then a list of identities would be no quicker than reading the table).
     */
    private static boolean collect(Set<Long> found, UnitOfWork work, String jpql, String pattern) {
        List<Number> ids = work.page(jpql, 0, CONTACT_MATCHES + 1, pattern);
        if (ids.size() > CONTACT_MATCHES) {
            return false;
        }
        ids.forEach(id -> found.add(id.longValue()));
        return true;
    }

    private static List<Long> contactOwners(UnitOfWork work, String contacts, String attribute, String value) {
        List<Number> owners = work.page("SELECT DISTINCT c.persistentId FROM Customer c JOIN c." + contacts + " x WHERE x." + attribute + " = ?1", 0,
                CONTACT_MATCHES, value);
        return owners.stream().map(Number::longValue).toList();
    }
}
