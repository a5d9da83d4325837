package org.rapport.reports.internal.customers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.rapport.customers.model.PurchaseKind;
import org.rapport.reports.internal.customers.Generated.Buyer;
import org.rapport.reports.internal.customers.Generated.Rec;

/**
 * The customer measures computed in plain Java over the generated records, written from the
 * definitions without the measures' code: what the database must answer.
 */
final class PlainFigures {

    /** A figure as the tests expect it: value null for no data. */
    record Fig(BigDecimal value, Long base) {
    }

    /** The days and the slice a query asks about: its period narrowed to the month a filter names, and its other filters. */
    record Asked(LocalDate from, LocalDate to, Map<String, String> slice) {

        static Asked of(LocalDate from, LocalDate to, Map<String, String> filters) {
            Map<String, String> slice = new LinkedHashMap<>(filters);
            String month = slice.remove("month");
            if (month == null) {
                return new Asked(from, to, slice);
            }
            LocalDate first = LocalDate.parse(month + "-01");
            return new Asked(first, first.plusMonths(1).minusDays(1), slice);
        }
    }

    private final List<Buyer> buyers;
    private final ZoneId zone = ReportFixture.SHANGHAI;

    /** Over the customers the user may see. */
    PlainFigures(List<Buyer> all, Predicate<Buyer> visible) {
        this.buyers = all.stream().filter(visible).toList();
    }

    /** The figure of a measure for days {@code from} to {@code to} and a slice (channel, region, tag; "" for none). */
    Fig figure(String measure, LocalDate from, LocalDate to, Map<String, String> slice) {
        LocalDate[] before = before(from, to);
        return switch (measure) {
        case "repurchase-rate" -> {
            long once = count(b -> purchases(b, from, to, slice).size() >= 1, slice);
            long twice = count(b -> purchases(b, from, to, slice).size() >= 2, slice);
            yield share(twice, once);
        }
        case "retention-rate", "churn-rate" -> {
            long earlier = count(b -> !purchases(b, before[0], before[1], slice).isEmpty(), slice);
            long again = count(b -> !purchases(b, before[0], before[1], slice).isEmpty() && !purchases(b, from, to, slice).isEmpty(), slice);
            yield measure.equals("retention-rate") ? share(again, earlier) : share(earlier - again, earlier);
        }
        case "average-order-value-returning" -> {
            BigDecimal sum = BigDecimal.ZERO;
            long orders = 0;
            for (Buyer b : buyers) {
                Set<String> now = purchases(b, from, to, slice);
                boolean boughtBefore = b.records().stream().anyMatch(r -> r.kind() == PurchaseKind.SALE && day(r).isBefore(from));
                if (inSlice(b, slice) && !now.isEmpty() && boughtBefore) {
                    orders += now.size();
                    sum = sum.add(amounts(b, from, to, slice));
                }
            }
            yield orders == 0 ? new Fig(null, 0L) : new Fig(sum.divide(BigDecimal.valueOf(orders), 6, RoundingMode.HALF_UP), orders);
        }
        case "revenue" -> {
            BigDecimal sum = new BigDecimal("0.00");
            for (Buyer b : buyers) {
                if (inSlice(b, slice)) {
                    sum = sum.add(amounts(b, from, to, slice));
                }
            }
            yield new Fig(sum, null);
        }
        case "customers" -> new Fig(BigDecimal.valueOf(count(b -> !purchases(b, from, to, slice).isEmpty(), slice)), null);
        default -> throw new IllegalArgumentException(measure);
        };
    }

    /**
     * The references of the customers behind a figure: those it counts (repurchase: 2 or more
     * purchases; customers: 1 or more; retention: kept; churn: lost; average order value: the
     * returning buyers), or whose records make its sum (revenue).
     */
    Set<String> behind(String measure, LocalDate from, LocalDate to, Map<String, String> slice) {
        LocalDate[] before = before(from, to);
        Predicate<Buyer> test = switch (measure) {
        case "repurchase-rate" -> b -> purchases(b, from, to, slice).size() >= 2;
        case "customers" -> b -> !purchases(b, from, to, slice).isEmpty();
        case "retention-rate" -> b -> !purchases(b, before[0], before[1], slice).isEmpty() && !purchases(b, from, to, slice).isEmpty();
        case "churn-rate" -> b -> !purchases(b, before[0], before[1], slice).isEmpty() && purchases(b, from, to, slice).isEmpty();
        case "average-order-value-returning" -> b -> !purchases(b, from, to, slice).isEmpty()
                && b.records().stream().anyMatch(r -> r.kind() == PurchaseKind.SALE && day(r).isBefore(from));
        case "revenue" -> b -> b.records().stream().anyMatch(r -> !day(r).isBefore(from) && !day(r).isAfter(to) && channelOk(r, slice));
        default -> throw new IllegalArgumentException(measure);
        };
        Set<String> references = new java.util.TreeSet<>();
        buyers.stream().filter(b -> inSlice(b, slice)).filter(test).forEach(b -> references.add(b.reference()));
        return references;
    }

    /** Rows by key: one per month of the period, or per value of the dimension among the records the measure reads. */
    Map<String, Fig> rows(String measure, LocalDate from, LocalDate to, String by, Map<String, String> slice) {
        Map<String, Fig> rows = new LinkedHashMap<>();
        if (by.equals("month")) {
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
                LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
                rows.put(m.toString(), figure(measure, first, last, slice));
            }
            return rows;
        }
        LocalDate dataFrom = measure.equals("retention-rate") || measure.equals("churn-rate") ? before(from, to)[0] : from;
        Set<String> values = new HashSet<>();
        for (Buyer b : buyers) {
            if (!inSlice(b, slice)) {
                continue;
            }
            for (Rec r : b.records()) {
                if (!day(r).isBefore(dataFrom) && !day(r).isAfter(to) && channelOk(r, slice)) {
                    switch (by) {
                    case "channel" -> values.add(r.channel() == null ? "" : r.channel());
                    case "region" -> values.add(b.region() == null ? "" : b.region());
                    case "tag" -> values.addAll(b.tags());
                    default -> throw new IllegalArgumentException(by);
                    }
                }
            }
        }
        Map<String, Fig> sorted = new TreeMap<>();
        for (String value : values) {
            Map<String, String> narrower = new LinkedHashMap<>(slice);
            narrower.put(by, value);
            sorted.put(value, figure(measure, from, to, narrower));
        }
        return sorted;
    }

    /** The period before days {@code from}..{@code to}: as many whole months before when they are whole months, else as many days. */
    static LocalDate[] before(LocalDate from, LocalDate to) {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
        if (wholeMonths) {
            int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
            LocalDate start = from.minusMonths(months);
            return new LocalDate[] { start, from.minusDays(1) };
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new LocalDate[] { from.minusDays(days), from.minusDays(1) };
    }

    private long count(Predicate<Buyer> test, Map<String, String> slice) {
        return buyers.stream().filter(b -> inSlice(b, slice)).filter(test).count();
    }

    /** The purchases of a customer on those days: an order's lines are one, a record without an order is one. */
    private Set<String> purchases(Buyer b, LocalDate from, LocalDate to, Map<String, String> slice) {
        Set<String> keys = new HashSet<>();
        if (!inSlice(b, slice)) {
            return keys;
        }
        for (Rec r : b.records()) {
            if (r.kind() == PurchaseKind.SALE && !day(r).isBefore(from) && !day(r).isAfter(to) && channelOk(r, slice)) {
                keys.add(r.orderRef() != null ? "order " + r.orderRef() : "record " + r.id());
            }
        }
        return keys;
    }

    private BigDecimal amounts(Buyer b, LocalDate from, LocalDate to, Map<String, String> slice) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Rec r : b.records()) {
            if (!day(r).isBefore(from) && !day(r).isAfter(to) && channelOk(r, slice)) {
                sum = sum.add(r.amount());
            }
        }
        return sum;
    }

    private static boolean channelOk(Rec r, Map<String, String> slice) {
        String channel = slice.get("channel");
        return channel == null || Objects.equals(channel.isEmpty() ? null : channel, r.channel());
    }

    private static boolean inSlice(Buyer b, Map<String, String> slice) {
        String region = slice.get("region");
        if (region != null && !Objects.equals(region.isEmpty() ? null : region, b.region())) {
            return false;
        }
        String tag = slice.get("tag");
        return tag == null || b.tags().contains(tag);
    }

    private LocalDate day(Rec r) {
        return r.at().atZone(zone).toLocalDate();
    }

    private static Fig share(long part, long whole) {
        return whole == 0 ? new Fig(null, 0L) : new Fig(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP), whole);
    }

    static List<String> keys(Map<String, Fig> rows) {
        return new ArrayList<>(rows.keySet());
    }
}
