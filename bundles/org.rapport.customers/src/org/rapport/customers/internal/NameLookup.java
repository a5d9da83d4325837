package org.rapport.customers.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.customers.api.CustomerListing;

/**
 * How a name look-up is read: its pages by these ranges, its count by them or by its condition
 * alone ({@code countByRanges}).
 */
record NameLookup(List<IndexRange> ranges, boolean countByRanges) {

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
     * <p>
     * Adds the look-up's condition and its parameters; returns how its pages are read, or null
     * where that condition is one range, read like any other.
     */
    static NameLookup of(String text, String name, List<String> conditions, List<Object> parameters) {
        String typed = PinyinKeys.typed(text);
        List<IndexRange> ranges = new ArrayList<>();
        if (typed != null && typed.equals(CustomerListing.nameKey(text))) {
            // letters only: a Latin name that starts with them has them as its sort key's start, a Chinese one whose name or pinyin does too
            parameters.add(typed + "%");
            ranges.add(IndexRange.like("sortKey", parameters.size(), false));
            return pinyin(typed, ranges, conditions, parameters.size());
        }
        parameters.add(name);
        int n = parameters.size();
        IndexRange byName = IndexRange.like("sortKey", n, true).and(IndexRange.like("nameKey", n, true));
        if (typed == null) {
            // names only: exactly the name key's range, which counts alone
            conditions.add("c.nameKey LIKE ?" + n + " ESCAPE '!'");
            String start = PinyinKeys.startOf(text);
            if (start == null) {
                return null; // punctuation only: no sort key range holds the Chinese names, so the name key's range is sorted
            }
            parameters.add(start + "%"); // letters and digits only: nothing to escape
            IndexRange chinese = IndexRange.like("sortKey", parameters.size(), false).and(IndexRange.like("nameKey", n, true));
            if (PinyinKeys.hasHan(text)) {
                return new NameLookup(List.of(chinese), false); // only Chinese names start with a Chinese character
            }
            return start.equals(CustomerListing.nameKey(text)) ? new NameLookup(List.of(byName), false) : new NameLookup(List.of(byName, chinese), false);
        }
        // spaces or apostrophes: names compare with them, pinyin without
        parameters.add(typed + "%"); // letters only: nothing to escape
        int p = parameters.size();
        ranges.add(byName);
        ranges.add(IndexRange.like("sortKey", p, false).and(new IndexRange("c.pinyinKey IS NOT NULL", "c.pinyinKey IS NULL", false)));
        return pinyin(typed, ranges, conditions, p);
    }

    /** The look-up of Latin letters: the ranges so far, and the initials' range where it adds to them. */
    private static NameLookup pinyin(String typed, List<IndexRange> ranges, List<String> conditions, int p) {
        if (typed.length() > 1) {
            // one letter: a name's initials start with its pinyin's first letter, so they are in the sort key's range already
            ranges.add(IndexRange.like("pinyinInitials", p, false));
        }
        if (ranges.size() == 1) {
            conditions.add(ranges.get(0).inside());
            return null;
        }
        conditions.add("(" + String.join(" OR ", ranges.stream().map(IndexRange::inside).toList()) + ")");
        return new NameLookup(ranges, true);
    }
}
