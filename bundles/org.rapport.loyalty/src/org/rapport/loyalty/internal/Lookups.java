package org.rapport.loyalty.internal;

import java.util.ArrayList;
import java.util.List;

import org.rapport.persistence.api.UnitOfWork;

/** Queries for many values at once, a hundred per query ({@code IN ?1}). */
final class Lookups {

    /** Values per query; a shorter last list is filled up with its first value, so each query text is prepared once. */
    private static final int CHUNK = 100;

    private Lookups() {
    }

    /** The rows the query (with {@code IN ?1}, then the other parameters) finds for all the values. */
    static <T> List<T> lookUp(UnitOfWork work, String jpql, List<?> values, Object... others) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<Object> chunk = new ArrayList<>(values.subList(from, Math.min(values.size(), from + CHUNK)));
            while (chunk.size() < CHUNK) {
                chunk.add(chunk.get(0));
            }
            Object[] parameters = new Object[others.length + 1];
            parameters[0] = chunk;
            System.arraycopy(others, 0, parameters, 1, others.length);
            found.addAll(work.<T> query(jpql, parameters));
        }
        return found;
    }
}
