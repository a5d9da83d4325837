package org.rapport.reports.internal.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.UnitOfWork;

/**
 * Customers for the segment sizes, kept as plain records, and the tests' own classification of
 * DOMAIN.md section 2's value tier, preset A, at a moment D (written from the definition, not from
 * the measure's queries): random customers with records from 2024 to mid-2026 (orders of several
 * lines, returns, spends around 10,000), and the edges, managed by {@code eddie}.
 */
final class SegmentData {

    static final ZoneId ZONE = ReportFixture.SHANGHAI;
    static final String EDGES = "eddie";

    record Rec(long id, Instant at, PurchaseKind kind, BigDecimal amount, String orderRef) {
    }

    record Person(String reference, Instant createdAt, String manager, List<Rec> records) {
    }

    enum Tier {
        HIGH_VALUE, POTENTIAL, ORDINARY
    }

    private SegmentData() {
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    /** The tier at D (the start of {@code day} in the zone), or null when the customer does not count at D. */
    static Tier tier(Person person, LocalDate day) {
        Instant d = day.atStartOfDay(ZONE).toInstant();
        Instant yearBefore = day.minusMonths(12).atStartOfDay(ZONE).toInstant();
        Instant quarterBefore = day.minusMonths(3).atStartOfDay(ZONE).toInstant();
        List<Rec> before = person.records().stream().filter(r -> r.at().isBefore(d)).toList();
        boolean exists = person.createdAt() == null || person.createdAt().isBefore(d) || !before.isEmpty();
        if (!exists) {
            return null;
        }
        BigDecimal spend = BigDecimal.ZERO;
        Set<String> purchases = new HashSet<>();
        for (Rec r : before) {
            if (!r.at().isBefore(yearBefore)) {
                spend = spend.add(r.amount());
                if (r.kind() == PurchaseKind.SALE) {
                    purchases.add(key(r));
                }
            }
        }
        Rec first = before.stream().filter(r -> r.kind() == PurchaseKind.SALE).min(Comparator.comparing(Rec::at).thenComparing(Rec::id)).orElse(null);
        int repeats = purchases.size() - (first != null && purchases.contains(key(first)) ? 1 : 0);
        if (spend.compareTo(new BigDecimal("10000")) >= 0 || repeats >= 5) {
            return Tier.HIGH_VALUE;
        }
        return first != null && first.at().isAfter(quarterBefore) ? Tier.POTENTIAL : Tier.ORDINARY;
    }

    /** Lines of one order are one purchase; a record without an order is one of its own. */
    private static String key(Rec r) {
        return r.orderRef() == null ? "#" + r.id() : r.orderRef();
    }

    static List<Person> random(long seed, int count) {
        Random random = new Random(seed);
        long[] ids = { 0 };
        Instant start = at("2024-03-01T00:00");
        long span = at("2026-07-01T00:00").getEpochSecond() - start.getEpochSecond();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Rec> records = new ArrayList<>();
            int orders = random.nextInt(12);
            for (int k = 0; k < orders; k++) {
                Instant when = start.plusSeconds((long) (random.nextDouble() * span));
                String order = random.nextBoolean() ? "O-" + i + "-" + k : null;
                int lines = order == null ? 1 : 1 + random.nextInt(3);
                for (int line = 0; line < lines; line++) {
                    BigDecimal amount = BigDecimal.valueOf(random.nextInt(450_000), 2);
                    records.add(new Rec(++ids[0], when.plusSeconds(line), PurchaseKind.SALE, amount, order));
                    if (random.nextInt(5) == 0) {
                        records.add(new Rec(++ids[0], when.plusSeconds(random.nextInt(40) * 86_400L + 60), PurchaseKind.RETURN, amount.negate(), order));
                    }
                }
            }
            // created before its first record, or imported later with its history, or without a creation time
            Instant created = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> start.plusSeconds((long) (random.nextDouble() * span));
            default -> start.minusSeconds(86_400);
            };
            people.add(new Person("S-" + i, created, i % 3 == 0 ? ReportFixture.SALES : "li.sales", records));
        }
        return people;
    }

    /** The edges at D = 1 April 2026 (Shanghai): the 12 months from 1 April 2025, the 3 months from 1 January 2026. */
    static List<Person> edges() {
        long[] ids = { 1_000_000 };
        List<Person> edges = new ArrayList<>();
        Instant old = at("2024-01-01T00:00");
        // exactly 10,000 in the 12 months: high-value
        edges.add(edge("X-SPEND", old, ids, sale("2024-12-01T10:00", "100"), sale("2025-06-01T10:00", "4000"), sale("2026-01-10T10:00", "6000")));
        // 10,500 less a return of 600 in the 12 months: 9,900, ordinary (high-value at the end of January, before the return)
        edges.add(edge("X-RETURN", old, ids, sale("2024-12-01T10:00", "100"), sale("2025-08-01T10:00", "10500"), back("2026-02-01T10:00", "-600")));
        // 5 purchases in the 12 months after a first before them: 5 repeats, high-value
        edges.add(edge("X-REPEAT5", old, ids, sale("2024-11-01T10:00", "10"), sale("2025-05-01T10:00", "10"), sale("2025-07-01T10:00", "10"),
                sale("2025-09-01T10:00", "10"), sale("2025-11-01T10:00", "10"), sale("2026-01-01T10:00", "10")));
        // 5 purchases in the 12 months, the first ever among them: 4 repeats, ordinary
        edges.add(edge("X-FIRST-IN", old, ids, sale("2025-05-01T10:00", "10"), sale("2025-07-01T10:00", "10"), sale("2025-09-01T10:00", "10"),
                sale("2025-11-01T10:00", "10"), sale("2025-12-01T10:00", "10")));
        // 5 orders of 2 lines after a first: 5 repeats, high-value; 4 orders of 3 lines (12 records): 4 repeats, ordinary
        List<String[]> five = new ArrayList<>();
        List<String[]> four = new ArrayList<>();
        five.add(sale("2024-10-01T10:00", "10"));
        four.add(sale("2024-10-01T10:00", "10"));
        for (int month = 5; month <= 9; month++) {
            for (int line = 0; line < 3; line++) {
                String[] record = { "2025-0" + month + "-02T10:0" + line, "10", "SALE", "ORD-" + month };
                if (line < 2) {
                    five.add(record);
                }
                if (month < 9) {
                    four.add(record);
                }
            }
        }
        edges.add(edge("X-LINES5", old, ids, five.toArray(String[][]::new)));
        edges.add(edge("X-LINES4", old, ids, four.toArray(String[][]::new)));
        // the first purchase exactly 3 months before D is not less than 3 months before: ordinary; a second later: potential
        edges.add(edge("X-3M", old, ids, sale("2026-01-01T00:00", "10")));
        edges.add(edge("X-3M-LATER", old, ids, sale("2026-01-01T00:00:01", "10")));
        // 10,000 at the first moment of the 12 months: in them, high-value; a second before: outside, ordinary
        edges.add(edge("X-W0", old, ids, sale("2025-04-01T00:00", "10000")));
        edges.add(edge("X-W0-BEFORE", old, ids, sale("2025-03-31T23:59:59", "10000")));
        // created after D, nothing before: not counted; created after D with an imported purchase before D: potential
        edges.add(edge("X-LATE", at("2026-05-01T00:00"), ids));
        edges.add(edge("X-IMPORTED", at("2026-05-01T00:00"), ids, sale("2026-02-15T10:00", "10")));
        // no creation time: counted, ordinary; a purchase of 20,000 after D does not count at D: ordinary
        edges.add(edge("X-NULL", null, ids));
        edges.add(edge("X-AFTER", at("2026-01-01T00:00"), ids, sale("2026-04-02T10:00", "20000")));
        // a new customer who spent 12,000: high-value, not potential
        edges.add(edge("X-NEW-HIGH", old, ids, sale("2026-02-01T10:00", "12000")));
        return edges;
    }

    private static String[] sale(String local, String amount) {
        return new String[] { local, amount, "SALE", null };
    }

    private static String[] back(String local, String amount) {
        return new String[] { local, amount, "RETURN", null };
    }

    private static Person edge(String reference, Instant created, long[] ids, String[]... records) {
        List<Rec> recs = new ArrayList<>();
        for (String[] r : records) {
            recs.add(new Rec(++ids[0], at(r[0]), PurchaseKind.valueOf(r[2]), new BigDecimal(r[1]).setScale(2), r[3]));
        }
        return new Person(reference, created, EDGES, recs);
    }

    static void store(ReportFixture f, List<Person> people) {
        f.users.as("mo");
        CustomersFactory factory = CustomersFactory.eINSTANCE;
        try (UnitOfWork work = f.store.begin()) {
            for (Person person : people) {
                Customer customer = factory.createCustomer();
                customer.setReference(person.reference());
                customer.setName("Customer " + person.reference());
                customer.setCreatedAt(person.createdAt());
                customer.setAccountManager(person.manager());
                for (Rec rec : person.records()) {
                    Purchase purchase = factory.createPurchase();
                    purchase.setAt(rec.at());
                    purchase.setKind(rec.kind());
                    purchase.setAmount(rec.amount());
                    purchase.setQuantity(1);
                    purchase.setProduct("Tea");
                    purchase.setOrderRef(rec.orderRef());
                    customer.getPurchases().add(purchase);
                }
                work.add(customer);
            }
            work.commit();
        }
    }
}
