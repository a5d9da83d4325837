package org.rapport.customers.bench;

import static org.rapport.customers.bench.JdbcListing.BY_NAME;
import static org.rapport.customers.bench.JdbcListing.PAGE;
import static org.rapport.customers.bench.JdbcListing.ROW_SQL;
import static org.rapport.customers.bench.JdbcListing.limit;

import java.util.ArrayList;
import java.util.List;

import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.internal.PinyinKeys;
import org.rapport.persistence.api.DatabaseKind;

/**
 * A typed name's page and count as one would write them by hand for the list's answer
 * (StoreCustomerListing's look-up): each branch one index range read in the list's order with
 * a limit, their union ordered again; the count one count per branch of the rows that no
 * branch before it holds. Latin letters: the sort key's range (Latin names and Chinese ones by
 * pinyin) and, for two letters or more, the pinyin initials'; with spaces, the names as typed
 * and the pinyin without them apart; a Chinese text: the sort key's range of its pinyin with
 * the name key as filter, counted by the name key's range.
 */
record TextSql(String rows, List<Object> rowParameters, String count, List<Object> countParameters, String initials, List<Object> initialsParameters) {

    static TextSql of(DatabaseKind kind, String prefix) {
        String stripped = prefix.strip();
        String escaped = stripped.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        String name = CustomerListing.nameKey(escaped) + "%";
        String typed = PinyinKeys.typed(stripped);
        List<String> branches = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<List<Object>> values = new ArrayList<>();
        if (typed == null) {
            String start = PinyinKeys.hasHan(stripped) ? PinyinKeys.startOf(stripped) : null;
            String rows = start == null ? ROW_SQL + " WHERE NAME_KEY LIKE ? ESCAPE '!'" + BY_NAME + limit(kind, PAGE)
                    : ROW_SQL + " WHERE SORT_KEY LIKE ? AND NAME_KEY LIKE ? ESCAPE '!'" + BY_NAME + limit(kind, PAGE);
            return new TextSql(rows, start == null ? List.of(name) : List.of(start + "%", name),
                    "SELECT COUNT(*) FROM CUST_CUSTOMER WHERE NAME_KEY LIKE ? ESCAPE '!'", List.of(name), null, List.of());
        }
        String pinyin = typed + "%";
        if (typed.equals(CustomerListing.nameKey(stripped))) {
            branches.add("SORT_KEY LIKE ?");
            outside.add("(SORT_KEY IS NULL OR SORT_KEY NOT LIKE ?)");
            values.add(List.of(pinyin));
        } else {
            branches.add("SORT_KEY LIKE ? ESCAPE '!' AND NAME_KEY LIKE ? ESCAPE '!'");
            outside.add("(SORT_KEY IS NULL OR SORT_KEY NOT LIKE ? ESCAPE '!' OR NAME_KEY IS NULL OR NAME_KEY NOT LIKE ? ESCAPE '!')");
            values.add(List.of(name, name));
            branches.add("SORT_KEY LIKE ? AND PINYIN_KEY IS NOT NULL");
            outside.add("(SORT_KEY IS NULL OR SORT_KEY NOT LIKE ? OR PINYIN_KEY IS NULL)");
            values.add(List.of(pinyin));
        }
        int ordered = branches.size();
        if (typed.length() > 1) {
            branches.add("PINYIN_INITIALS LIKE ?");
            outside.add("(PINYIN_INITIALS IS NULL OR PINYIN_INITIALS NOT LIKE ?)");
            values.add(List.of(pinyin));
        }
        List<Object> rowParameters = new ArrayList<>();
        List<Object> countParameters = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        String keyed = ROW_SQL.replace(" FROM", ", SORT_KEY FROM");
        for (int i = 0; i < branches.size(); i++) {
            if (i >= ordered) {
                // not in the list's order: its first identities from its index alone (its rows sorted would read the whole range)
                counts.add(count(branches, outside, values, i, countParameters));
                continue;
            }
            selects.add("SELECT * FROM (" + keyed + " WHERE " + branches.get(i) + BY_NAME + limit(kind, PAGE) + ") B" + i);
            rowParameters.addAll(values.get(i));
            counts.add(count(branches, outside, values, i, countParameters));
        }
        String rows = selects.size() == 1 ? keyed + " WHERE " + branches.get(0) + BY_NAME + limit(kind, PAGE)
                : String.join(" UNION ", selects) + BY_NAME + limit(kind, PAGE);
        String count = branches.size() == 1 ? "SELECT COUNT(*) FROM CUST_CUSTOMER WHERE " + branches.get(0) : "VALUES (" + String.join(" + ", counts) + ")";
        String initials = ordered < branches.size() ? "SELECT ID FROM CUST_CUSTOMER WHERE " + branches.get(ordered) + BY_NAME + limit(kind, PAGE) : null;
        return new TextSql(rows, rowParameters, count, countParameters, initials, initials == null ? List.of() : values.get(ordered));
    }

    /** Branch {@code i}'s count of the rows that no branch before it holds; its parameters added to {@code countParameters}. */
    private static String count(List<String> branches, List<String> outside, List<List<Object>> values, int i, List<Object> countParameters) {
        StringBuilder count = new StringBuilder("(SELECT COUNT(*) FROM CUST_CUSTOMER WHERE " + branches.get(i));
        countParameters.addAll(values.get(i));
        for (int before = 0; before < i; before++) {
            count.append(" AND ").append(outside.get(before));
            countParameters.addAll(values.get(before));
        }
        return count.append(")").toString();
    }
}
