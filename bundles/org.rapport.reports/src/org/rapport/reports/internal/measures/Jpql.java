package org.rapport.reports.internal.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query text whose parameters are named markers ({@code {from}}), turned into the positional
 * parameters the store takes, in order of appearance: the store refuses a parameter the text does
 * not use, and measures share clauses that use different ones.
 */
record Jpql(String text, Object[] parameters) {

    private static final Pattern MARKER = Pattern.compile("\\{(\\w+)\\}");

    static Jpql of(String template, Map<String, Object> values) {
        Matcher marker = MARKER.matcher(template);
        StringBuilder text = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        while (marker.find()) {
            String name = marker.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for {" + name + "} in " + template);
            }
            parameters.add(values.get(name));
            marker.appendReplacement(text, "?" + parameters.size());
        }
        marker.appendTail(text);
        return new Jpql(text.toString(), parameters.toArray());
    }
}
