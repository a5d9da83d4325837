package org.rapport.core.api;

import java.util.List;

/**
 * A list people scroll, search and sort, read a page at a time: what the paged table of
 * {@code org.rapport.ui.api.PagedTable} shows. An area's listing service implements it over the
 * store, so the signed-in user's access rules apply to counts and rows alike. It is headless (the
 * command line and the tests use it too), hence here and not in the UI toolkit.
 *
 * @param <F> the filter: which rows (a record; equal filters list the same rows)
 * @param <S> what the rows can be sorted by (an enum of columns, usually)
 * @param <R> one row as a list shows it: light, never a whole model object
 */
public interface Listing<F, S, R> {

    /** How many rows the filter lets through. */
    long count(F filter);

    /**
     * A page of the filtered rows in the given order; ties must be broken (by identity) so pages
     * never overlap or skip.
     *
     * @param first how many to skip
     * @param max at most this many
     */
    List<R> rows(F filter, S sort, boolean ascending, int first, int max);
}
