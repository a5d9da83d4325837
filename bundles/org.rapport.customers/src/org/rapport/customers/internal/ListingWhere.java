package org.rapport.customers.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rapport.customers.api.Contacts;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.customers.api.CustomerListing.Match;
import org.rapport.persistence.api.UnitOfWork;

/**
 * A filter's conditions, all to hold. When a look-up's pages are read as a union of index
 * ranges in the list's order, {@code ranges} are those ranges and {@code union} the position of
 * the look-up among the conditions; otherwise ranges is null. {@code countByRanges}: the count
 * too is one per range (the condition there is their OR, which would read the table); otherwise
 * the condition is one indexed range itself and counts alone.
 */
record ListingWhere(List<String> conditions, List<Object> parameters, int union, List<IndexRange> ranges, boolean countByRanges) {

    /**
     * The filter as a WHERE clause, or null when it can match nothing. Prefixes stay
     * LIKE 'prefix%' so the indexes serve them: names through their lower-case key (a prefix in
     * any case), references with the first letter in either case, and only when the text has a
     * digit. An e-mail address, a phone number and, for a text with a digit, each prefix are first
     * looked up in their own index, and the customers found go into the clause by identity: a join
     * or an OR there would make the databases walk every customer. Latin letters are also looked
     * up as pinyin ({@link NameLookup#of}).
     */
    static ListingWhere of(UnitOfWork work, Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        NameLookup lookup = null;
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
                lookup = NameLookup.of(text, CustomerListing.nameKey(escaped) + "%", conditions, parameters);
                union = conditions.size() - 1;
            } else if (!referenceOrPhone(work, text, escaped, conditions, parameters)) {
                return null;
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
        return lookup == null ? new ListingWhere(conditions, parameters, -1, null, false)
                : new ListingWhere(conditions, parameters, union, lookup.ranges(), lookup.countByRanges());
    }

    /**
     * A reference or a phone number, or (seldom) a name with digits: each is an indexed range or
     * look-up of its own, and the customers they find go into the clause by identity; an OR of them
     * would read every customer, so that is the way only for a text so short that the ranges hold
     * more than a few hundred. False when nobody can match.
     */
    private static boolean referenceOrPhone(UnitOfWork work, String text, String escaped, List<String> conditions, List<Object> parameters) {
        String upper = escaped.substring(0, 1).toUpperCase(Locale.ROOT) + escaped.substring(1) + "%";
        String lower = escaped.substring(0, 1).toLowerCase(Locale.ROOT) + escaped.substring(1) + "%";
        String name = CustomerListing.nameKey(escaped) + "%";
        String phone = Contacts.normalisePhone(text);
        String byReference = "SELECT c.persistentId FROM Customer c WHERE c.reference LIKE ?1 ESCAPE '!'";
        Set<Long> found = new LinkedHashSet<>();
        boolean few = collect(found, work, byReference, upper) && (lower.equals(upper) || collect(found, work, byReference, lower))
                && collect(found, work, "SELECT c.persistentId FROM Customer c WHERE c.nameKey LIKE ?1 ESCAPE '!'", name);
        List<Long> callers = looksLikePhone(text) && Contacts.isValidPhone(phone) ? contactOwners(work, "phones", "number", phone) : List.of();
        if (few) {
            found.addAll(callers);
            if (found.isEmpty()) {
                return false;
            }
            parameters.add(List.copyOf(found));
            conditions.add("c.persistentId IN ?" + parameters.size());
            return true;
        }
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
        return true;
    }

    String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** For pages: a look-up of one range is that range, read like any condition. */
    ListingWhere forPages() {
        if (ranges == null || ranges.size() > 1) {
            return this;
        }
        List<String> one = new ArrayList<>(conditions);
        one.set(union, ranges.get(0).inside());
        return new ListingWhere(one, parameters, -1, null, false);
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

    /** Digits with the separators people write in numbers, nothing else (no letters, no names). */
    private static boolean looksLikePhone(String text) {
        return text.chars().allMatch(ch -> Character.isDigit(ch) || " +-./()\u00a0".indexOf(ch) >= 0);
    }

    /**
     * Adds the identities one indexed range finds; false when it holds more than
     * {@value StoreCustomerListing#CONTACT_MATCHES} (then a list of identities would be no quicker
     * than reading the table).
     */
    private static boolean collect(Set<Long> found, UnitOfWork work, String jpql, String pattern) {
        List<Number> ids = work.page(jpql, 0, StoreCustomerListing.CONTACT_MATCHES + 1, pattern);
        if (ids.size() > StoreCustomerListing.CONTACT_MATCHES) {
            return false;
        }
        ids.forEach(id -> found.add(id.longValue()));
        return true;
    }

    private static List<Long> contactOwners(UnitOfWork work, String contacts, String attribute, String value) {
        List<Number> owners = work.page("SELECT DISTINCT c.persistentId FROM Customer c JOIN c." + contacts + " x WHERE x." + attribute + " = ?1", 0,
                StoreCustomerListing.CONTACT_MATCHES, value);
        return owners.stream().map(Number::longValue).toList();
    }
}
