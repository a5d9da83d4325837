package org.rapport.customers.internal;

/**
 * A range of an index as a JPQL condition on {@code c}, and its exact opposite (rows with NULLs
 * included); {@code inListOrder} when it is a range of the sort key, which the list's order by
 * name reads.
 */
record IndexRange(String inside, String outside, boolean inListOrder) {

    /** {@code attribute LIKE ?parameter}. */
    static IndexRange like(String attribute, int parameter, boolean escaped) {
        String escape = escaped ? " ESCAPE '!'" : "";
        return new IndexRange("c." + attribute + " LIKE ?" + parameter + escape,
                "(c." + attribute + " IS NULL OR c." + attribute + " NOT LIKE ?" + parameter + escape + ")", attribute.equals("sortKey"));
    }

    /** This range narrowed by a condition on the rows it holds. */
    IndexRange and(IndexRange other) {
        return new IndexRange(inside + " AND " + other.inside, "(" + outside + " OR " + other.outside + ")", inListOrder);
    }
}
