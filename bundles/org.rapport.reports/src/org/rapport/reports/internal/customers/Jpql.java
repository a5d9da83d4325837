package org.rapport.reports.internal.customers;

import java.util.ArrayList;
import java.util.List;

/** A JPQL text with its positional parameters, built condition by condition. */
final class Jpql {

    private final StringBuilder text;
    private final List<Object> parameters = new ArrayList<>();

    /** Starts with a text that ends in a WHERE clause's first condition. */
    Jpql(String start) {
        text = new StringBuilder(start);
    }

    /** A text whose positional parameters ({@code ?1}, {@code ?2}, ...) are already numbered, with their values in order. */
    Jpql(String start, Object... values) {
        this(start);
        parameters.addAll(List.of(values));
    }

    /** Adds {@code AND condition}, each {@code ?} in it taking the next value. */
    Jpql and(String condition, Object... values) {
        return append(" AND " + condition, values);
    }

    /** Appends text, each {@code ?} in it taking the next value. */
    Jpql append(String more, Object... values) {
        int value = 0;
        for (char c : more.toCharArray()) {
            if (c == '?') {
                parameters.add(values[value++]);
                text.append('?').append(parameters.size());
            } else {
                text.append(c);
            }
        }
        if (value != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + value + " parameters: " + more);
        }
        return this;
    }

    String text() {
        return text.toString();
    }

    Object[] parameters() {
        return parameters.toArray();
    }
}
