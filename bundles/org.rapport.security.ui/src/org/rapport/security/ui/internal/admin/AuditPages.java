package org.rapport.security.ui.internal.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.rapport.security.api.AuditLog;
import org.rapport.security.api.AuditLog.Entry;
import org.rapport.security.api.AuditLog.Filter;

/**
 * Pages of the audit log, oldest or newest first. The log reads oldest first only, so newest
 * first counts the matching entries once per search (by probing offsets: the log has no count)
 * and reads each page from the end. A search fixes its end at the time it starts, unless the
 * filter has one: entries recorded while one pages do not shift the pages. Not thread-safe: one
 * search at a time.
 */
final class AuditPages {

    /** One page: its entries in the order shown, where it starts (0 for the first shown), and whether more pages follow. */
    record Page(List<Entry> entries, int index, int first, boolean more) {
    }

    private final AuditLog log;
    private final int size;
    private Filter filter;
    private boolean newestFirst;
    /** Matching entries, counted for newest first; -1 until counted. */
    private long total = -1;

    AuditPages(AuditLog log, int size) {
        this.log = log;
        this.size = size;
    }

    /** A new search; nothing is read yet. */
    void search(Filter filter, boolean newestFirst, Instant now) {
        this.filter = filter.until() == null ? new Filter(filter.since(), now, filter.login(), filter.objectClass(), filter.objectId(), filter.action()) : filter;
        this.newestFirst = newestFirst;
        total = -1;
    }

    /** Reads page {@code index} (0 is the first) of the current search. */
    Page page(int index) {
        int first = index * size;
        if (!newestFirst) {
            List<Entry> read = log.entries(filter, first, size + 1);
            boolean more = read.size() > size;
            return new Page(more ? read.subList(0, size) : read, index, first, more);
        }
        if (total < 0) {
            total = count();
        }
        long end = Math.max(0, total - first);
        long start = Math.max(0, end - size);
        List<Entry> read = new ArrayList<>(end == 0 ? List.of() : log.entries(filter, (int) start, (int) (end - start)));
        Collections.reverse(read);
        return new Page(read, index, first, start > 0);
    }

    /** How many entries match: the first offset that reads nothing, found by doubling, then halving. */
    private long count() {
        if (log.entries(filter, 0, 1).isEmpty()) {
            return 0;
        }
        long low = 1;
        long high = size;
        while (!log.entries(filter, (int) Math.min(high, Integer.MAX_VALUE), 1).isEmpty()) {
            low = high + 1;
            high *= 2;
        }
        // entries exist below low, none at high
        while (low < high) {
            long middle = (low + high) / 2;
            if (log.entries(filter, (int) middle, 1).isEmpty()) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
