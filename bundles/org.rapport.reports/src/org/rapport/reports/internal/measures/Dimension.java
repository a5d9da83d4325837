package org.rapport.reports.internal.measures;

/**
 * A dimension of a measure (other than the month, which splits the period) as JPQL paths of its
 * parts' range variable.
 *
 * @param name the dimension's name ({@link org.rapport.reports.api.Dimensions})
 * @param join a join the paths need ({@code LEFT JOIN c.category k}), or empty
 * @param key the path of the stored value rows are keyed and filtered by
 * @param label the path of the value shown for the key, or null to show the key
 */
public record Dimension(String name, String join, String key, String label) {
}
