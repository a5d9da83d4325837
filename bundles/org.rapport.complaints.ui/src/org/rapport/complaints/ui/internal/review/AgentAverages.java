package org.rapport.complaints.ui.internal.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The average score of each agent (the assignee of the reviewed complaints): the mean of their
 * scored reviews' totals, each as a share of its maximum, so reviews scored against checklists of
 * other lengths weigh the same. Complaints drawn but not scored yet do not count.
 */
final class AgentAverages {

    /** One agent's line: null for complaints nobody was assigned. */
    record Average(String agent, int reviews, double percent) {
    }

    private AgentAverages() {
    }

    static List<Average> of(List<ReviewRow> rows) {
        Map<String, List<Double>> shares = new LinkedHashMap<>();
        for (ReviewRow row : rows) {
            if (row.scored() && row.maxTotal() != null && row.maxTotal() > 0) {
                shares.computeIfAbsent(Objects.requireNonNullElse(row.agent(), ""), agent -> new ArrayList<>())
                        .add(100.0 * row.total() / row.maxTotal());
            }
        }
        List<Average> averages = new ArrayList<>();
        shares.forEach((agent, each) -> averages.add(new Average(agent.isEmpty() ? null : agent, each.size(),
                each.stream().mapToDouble(Double::doubleValue).average().orElse(0))));
        averages.sort(Comparator.comparingDouble(Average::percent).reversed().thenComparing(a -> Objects.requireNonNullElse(a.agent(), "")));
        return averages;
    }
}
