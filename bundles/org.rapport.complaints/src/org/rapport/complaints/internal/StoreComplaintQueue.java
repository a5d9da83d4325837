package org.rapport.complaints.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.model.Severity;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The queue as JPQL projections over the store, one unit of work per call. The urgency is an
 * expression of the stored due times in the query itself, so the database sorts and pages and no
 * complaint's clocks are computed in Java to order the queue.
 */
@Component(service = ComplaintQueue.class)
public class StoreComplaintQueue implements ComplaintQueue {

    /** A clock still running: not met and with a due time (none while waiting for the customer). */
    private static final String ACK = "(c.acknowledgedAt IS NULL AND c.acknowledgeDue IS NOT NULL)";
    private static final String SOL = "(c.solvedAt IS NULL AND c.solutionDue IS NOT NULL)";
    private static final String RES = "(c.resolvedAt IS NULL AND c.resolveDue IS NOT NULL)";
    /**
     * The nearest due time of a running clock; the opening time when none runs (those sort apart
     * by {@link #RUNNING}, so the value only has to be a time: a NULL would sort first on one
     * database and last on another).
     */
    private static final String NEXT_DUE = "CASE WHEN " + ACK + " AND (NOT " + SOL + " OR c.acknowledgeDue <= c.solutionDue) AND (NOT " + RES
            + " OR c.acknowledgeDue <= c.resolveDue) THEN c.acknowledgeDue WHEN " + SOL + " AND (NOT " + RES
            + " OR c.solutionDue <= c.resolveDue) THEN c.solutionDue WHEN " + RES + " THEN c.resolveDue ELSE c.openedAt END";
    /** 0 while a clock runs, 1 when none does. */
    private static final String RUNNING = "CASE WHEN " + ACK + " OR " + SOL + " OR " + RES + " THEN 0 ELSE 1 END";
    /** 0 for a complaint still being handled (resolving sets the resolution time, reopening clears it), else 1. */
    private static final String HANDLED = "CASE WHEN c.resolvedAt IS NULL THEN 0 ELSE 1 END";

    private static final String ROW = "SELECT c.persistentId, c.reference, cu.persistentId, cu.reference, cu.name, c.subject, c.severity, c.status,"
            + " c.escalationLevel, c.assignee, k.name, c.openedAt, c.acknowledgeDue, c.acknowledgedAt, c.solutionDue, c.solvedAt, c.resolveDue,"
            + " c.resolvedAt, " + HANDLED + " AS handled, " + RUNNING + " AS running, " + NEXT_DUE + " AS nextDue, k.nameZh"
            + " FROM Complaint c JOIN c.customer cu LEFT JOIN c.category k";

    @Reference
    private Store store;
    @Reference
    private ClockService clock;

    /** For DS. */
    public StoreComplaintQueue() {
    }

    /** For tests. */
    public StoreComplaintQueue(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public long count(Filter filter) {
        try (UnitOfWork work = store.begin()) {
            Where where = where(work, filter);
            List<Number> count = work.query("SELECT COUNT(c) FROM Complaint c" + where.clause, where.parameters.toArray());
            return count.get(0).longValue();
        }
    }

    @Override
    public List<Row> rows(Filter filter, Column sort, boolean ascending, int first, int max) {
        String direction = ascending ? " ASC" : " DESC";
        try (UnitOfWork work = store.begin()) {
            Where where = where(work, filter);
            List<Object[]> found = work.page(ROW + where.clause + orderBy(sort, direction), first, max, where.parameters.toArray());
            List<Row> rows = new ArrayList<>(found.size());
            for (Object[] row : found) {
                rows.add(row(row));
            }
            return rows;
        }
    }

    private static Row row(Object[] row) {
        // the clock due next, by the same rule as the query's: the earliest due time of a clock not met
        String nextClock = null;
        Instant nextDue = null;
        String[] clocks = { ServiceClocks.ACKNOWLEDGE, ServiceClocks.SOLUTION, ServiceClocks.RESOLVE };
        for (int i = 0; i < clocks.length; i++) {
            Instant due = (Instant) row[12 + 2 * i];
            Instant met = (Instant) row[13 + 2 * i];
            if (met == null && due != null && (nextDue == null || due.isBefore(nextDue))) {
                nextClock = clocks[i];
                nextDue = due;
            }
        }
        return new Row(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(), (String) row[3], (String) row[4],
                (String) row[5], (Severity) row[6], (ComplaintStatus) row[7], ((Number) row[8]).intValue(), (String) row[9],
                row[10] == null ? null : Categories.nameIn(Locale.getDefault(), (String) row[10], (String) row[21]), (Instant) row[11], nextClock, nextDue);
    }

    private static String orderBy(Column sort, String direction) {
        String keys = switch (sort) {
            case URGENCY -> "handled" + direction + ", running" + direction + ", nextDue" + direction;
            case REFERENCE -> "c.reference" + direction;
            case CUSTOMER -> "cu.name" + direction;
            case SUBJECT -> "c.subject" + direction;
            case STATUS -> "c.status" + direction;
            case LEVEL -> "c.escalationLevel" + direction;
            case ASSIGNEE -> "c.assignee" + direction;
            case OPENED -> "c.openedAt" + direction;
        };
        return " ORDER BY " + keys + ", c.persistentId" + direction;
    }

    @Override
    public Map<String, String> categories() {
        try (UnitOfWork work = store.begin()) {
            List<Object[]> found = work.query("SELECT k.code, k.name, k.nameZh FROM Category k ORDER BY k.name, k.code");
            Map<String, String> categories = new LinkedHashMap<>();
            for (Object[] category : found) {
                categories.put((String) category[0], Categories.nameIn(Locale.getDefault(), (String) category[1], (String) category[2]));
            }
            return categories;
        }
    }

    /** The category's code and the codes of everything under it (the tree is small: read whole). */
    private static List<String> subtree(UnitOfWork work, String code) {
        List<Object[]> links = work.query("SELECT k.code, p.code FROM Category k LEFT JOIN k.parent p");
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (Object[] link : links) {
            if (link[1] != null) {
                children.computeIfAbsent((String) link[1], parent -> new ArrayList<>()).add((String) link[0]);
            }
        }
        List<String> codes = new ArrayList<>(List.of(code));
        for (int i = 0; i < codes.size(); i++) {
            codes.addAll(children.getOrDefault(codes.get(i), List.of()));
        }
        return codes;
    }

    @Override
    public List<String> assignees() {
        try (UnitOfWork work = store.begin()) {
            return work.query("SELECT DISTINCT c.assignee FROM Complaint c WHERE c.assignee IS NOT NULL ORDER BY c.assignee");
        }
    }

    private record Where(String clause, List<Object> parameters) {
    }

    /** The filter as a WHERE clause on the complaint (the range variable, so the access rules' row filter applies). */
    private Where where(UnitOfWork work, Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            parameters.add(List.copyOf(filter.statuses()));
            conditions.add("c.status IN ?" + parameters.size());
        }
        if (filter.level() != null) {
            parameters.add(filter.level());
            conditions.add("c.escalationLevel = ?" + parameters.size());
        }
        if (filter.assignee() != null) {
            if (filter.assignee().equals(NOBODY)) {
                conditions.add("c.assignee IS NULL");
            } else {
                parameters.add(filter.assignee());
                conditions.add("c.assignee = ?" + parameters.size());
            }
        }
        if (filter.category() != null) {
            // a broader category takes in the complaints of everything under it
            parameters.add(subtree(work, filter.category()));
            conditions.add("c.category.code IN ?" + parameters.size());
        }
        if (filter.customerId() != null) {
            parameters.add(filter.customerId());
            conditions.add("c.customer.persistentId = ?" + parameters.size());
        }
        if (filter.ids() != null) {
            // no identities: nothing, rather than an IN over an empty list, which the databases refuse
            if (filter.ids().isEmpty()) {
                conditions.add("1 = 0");
            } else {
                parameters.add(List.copyOf(filter.ids()));
                conditions.add("c.persistentId IN ?" + parameters.size());
            }
        }
        if (filter.overdue()) {
            parameters.add(clock.now());
            int now = parameters.size();
            // as a clock says it is overdue: not met, and due by now
            conditions.add("((c.acknowledgedAt IS NULL AND c.acknowledgeDue <= ?" + now + ") OR (c.solvedAt IS NULL AND c.solutionDue <= ?" + now
                    + ") OR (c.resolvedAt IS NULL AND c.resolveDue <= ?" + now + "))");
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
    }
}
