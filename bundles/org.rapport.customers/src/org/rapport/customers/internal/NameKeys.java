package org.rapport.customers.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.rapport.customers.api.CustomerListing;

/**
 * The keys a customer keeps with its name, so that searches and the list's order by name are
 * ranges of indexes ({@code Customer.nameKey}, {@code pinyinKey}, {@code pinyinInitials},
 * {@code sortKey}): a Chinese name sorts by its pinyin, any other by its name key. The model sets
 * them with the name; whatever writes customers around the store (a benchmark's JDBC baseline)
 * writes these, so its rows sort and match as the store's do.
 */
public record NameKeys(String nameKey, String pinyinKey, String pinyinInitials, String sortKey) {

    /** The keys of this name; all null for null. */
    public static NameKeys of(String name) {
        String nameKey = CustomerListing.nameKey(name);
        PinyinKeys.Spelling spelling = PinyinKeys.of(name);
        if (spelling == null) {
            return new NameKeys(nameKey, null, null, nameKey);
        }
        return new NameKeys(nameKey, spelling.full(), spelling.initials(), spelling.full());
    }

    /**
     * The keys, in the order of this record (NAME_KEY, PINYIN_KEY, PINYIN_INITIALS, SORT_KEY), as
     * the parameters of a statement from {@code first} on.
     */
    public void bind(PreparedStatement statement, int first) throws SQLException {
        statement.setString(first, nameKey);
        statement.setString(first + 1, pinyinKey);
        statement.setString(first + 2, pinyinInitials);
        statement.setString(first + 3, sortKey);
    }
}
