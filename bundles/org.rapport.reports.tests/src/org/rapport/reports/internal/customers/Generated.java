package org.rapport.reports.internal.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rapport.customers.model.PurchaseKind;

/**
 * Customers and purchase records made up from a seed, kept as plain records so that the tests'
 * own computation reads them without the store: orders of one to three lines, records without an
 * order reference, sales of 0, returns of part of a sale some days later, records without a
 * channel, customers without a region, without records, with several tags, managed by the sales
 * user or by someone else; and one customer whose two sales lie on either side of midnight
 * between February and March in Shanghai (both in February in UTC).
 */
final class Generated {

    static final List<String> CHANNELS = java.util.Arrays.asList("store", "web-shop", "app", null);
    static final List<String> REGIONS = java.util.Arrays.asList("East", "West", "华东", null);
    static final List<String> TAGS = List.of("vip", "eco-minded", "年轻父母");

    /** One purchase record; {@code id} tells records apart as the database's identity does. */
    record Rec(long id, Instant at, PurchaseKind kind, BigDecimal amount, String channel, String orderRef) {
    }

    record Buyer(String reference, String region, List<String> tags, String manager, List<Rec> records) {
    }

    private Generated() {
    }

    /** {@code count} customers with records from October 2025 to June 2026 in Shanghai, and the one at the month boundary. */
    static List<Buyer> buyers(long seed, int count) {
        Random random = new Random(seed);
        long[] ids = { 0 };
        ZoneId zone = ReportFixture.SHANGHAI;
        Instant start = LocalDate.of(2025, 10, 1).atStartOfDay(zone).toInstant();
        long span = LocalDate.of(2026, 7, 1).atStartOfDay(zone).toInstant().getEpochSecond() - start.getEpochSecond();
        List<Buyer> buyers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> tags = new ArrayList<>();
            for (String tag : TAGS) {
                if (random.nextInt(3) == 0) {
                    tags.add(tag);
                }
            }
            List<Rec> records = new ArrayList<>();
            int purchases = random.nextInt(8);
            for (int k = 0; k < purchases; k++) {
                Instant at = start.plusSeconds((long) (random.nextDouble() * span));
                String channel = CHANNELS.get(random.nextInt(CHANNELS.size()));
                String order = random.nextBoolean() ? "O-" + i + "-" + k : null;
                int lines = order == null ? 1 : 1 + random.nextInt(3);
                for (int line = 0; line < lines; line++) {
                    BigDecimal amount = random.nextInt(10) == 0 ? new BigDecimal("0.00") : BigDecimal.valueOf(random.nextInt(50000), 2);
                    records.add(new Rec(++ids[0], at.plusSeconds(line), PurchaseKind.SALE, amount, channel, order));
                    if (random.nextInt(6) == 0) {
                        BigDecimal back = amount.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN).negate();
                        records.add(new Rec(++ids[0], at.plusSeconds(random.nextInt(20) * 86_400L + 60), PurchaseKind.RETURN, back, channel, order));
                    }
                }
            }
            buyers.add(new Buyer("G-" + i, REGIONS.get(random.nextInt(REGIONS.size())), tags, i % 3 == 0 ? ReportFixture.SALES : "li.sales", records));
        }
        // 23:59:59 on 28 February and 00:00:00 on 1 March in Shanghai: both 28 February in UTC
        buyers.add(new Buyer("EDGE", "East", List.of(), ReportFixture.SALES,
                List.of(new Rec(++ids[0], Instant.parse("2026-02-28T15:59:59Z"), PurchaseKind.SALE, new BigDecimal("10.00"), "store", null),
                        new Rec(++ids[0], Instant.parse("2026-02-28T16:00:00Z"), PurchaseKind.SALE, new BigDecimal("20.00"), "store", null))));
        return buyers;
    }
}
