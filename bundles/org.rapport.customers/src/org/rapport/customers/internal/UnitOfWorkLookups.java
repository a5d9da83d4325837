package org.rapport.customers.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.persistence.api.UnitOfWork;

/**
 * Looking many values up at once with {@code IN ?1}, in lists of one fixed length. A batch's
 * values in one list of its own length made a new statement for every length, and Derby plans a
 * statement once: one first planned on the empty table of an import's first batch stayed a table
 * scan, since Derby checks a plan against the table's size again only after a hundred executions
 * (derby.language.stalePlanCheckInterval). With one length there is one statement per lookup, run
 * often enough for Derby to plan it again by the index as the table fills; and one query per
 * {@value #CHUNK} values instead of one per value (measured: the per-value lookups were half of a
 * customers import, docs/performance.md, "Customers").
 */
final class UnitOfWorkLookups {

    /** Values per query; a shorter last list is filled up with its first value. */
    static final int CHUNK = 100;

    private UnitOfWorkLookups() {
    }

    /** The rows the query (with {@code IN ?1}) finds for all the values. */
    static <T> List<T> lookUp(UnitOfWork work, String jpql, List<String> values) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<String> chunk = new ArrayList<>(values.subList(from, Math.min(values.size(), from + CHUNK)));
            while (chunk.size() < CHUNK) {
                chunk.add(chunk.get(0));
            }
            found.addAll(work.<T> query(jpql, chunk));
        }
        return found;
    }
}
