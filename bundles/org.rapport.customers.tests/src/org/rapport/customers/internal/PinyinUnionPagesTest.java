package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.customers.api.CustomerListing.Row;
import org.rapport.customers.model.Customer;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;

/**
 * A look-up that many names start with both as written and as pinyin ({@code wa}: Walter, 王芳
 * by wangfang, 王安 by its initials wa) is a union of three index ranges, each larger than the
 * look-up collects by identity. Every page and the count are what plain Java finds over the same
 * customers, in name order and by region, both ways, on the three databases.
 */
class PinyinUnionPagesTest {

    private static final int PAGE = 200;
    /** Characters with one reading, so the expected keys do not depend on the dictionary's choice. */
    private static final Map<Character, String> PINYIN = Map.ofEntries(Map.entry('王', "wang"), Map.entry('汪', "wang"), Map.entry('吴', "wu"),
            Map.entry('魏', "wei"), Map.entry('李', "li"), Map.entry('安', "an"), Map.entry('爱', "ai"), Map.entry('芳', "fang"), Map.entry('伟', "wei"),
            Map.entry('军', "jun"), Map.entry('英', "ying"));
    private static final String[] GIVEN = { "安", "爱", "芳", "伟", "军", "英" };
    private static final String[] WESTERN = { "Walter", "Wanda", "Warren", "Wayne" };
    private static final String[] OTHERS = { "Will", "Anna", "Bao", "Sofia" };
    private static final String[] LAST = { "Hoffmann", "Rossi", "Berg", "Wang" };
    private static final String[] REGIONS = { null, "East", "North", "South" };

    @TempDir
    Path home;

    private record Generated(long id, String name, String region) {
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyPageOfAUnionOfRangesIsThePlainAnswer(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            List<Generated> customers = store(fixture, names(new Random(20261207)));
            CustomerListing listing = new StoreCustomerListing(fixture.store, ImportFixture.CLOCK);
            String text = "wa";
            List<Generated> matching = customers.stream().filter(customer -> matches(customer.name(), text)).toList();
            assertTrue(customers.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).startsWith(text)).count() > StoreCustomerListing.CONTACT_MATCHES + 1);
            assertTrue(customers.stream().filter(c -> pinyin(c.name()) != null && pinyin(c.name())[0].startsWith(text)).count() > StoreCustomerListing.CONTACT_MATCHES + 1);
            assertTrue(customers.stream().filter(c -> pinyin(c.name()) != null && pinyin(c.name())[1].startsWith(text)).count() > StoreCustomerListing.CONTACT_MATCHES + 1);
            Filter filter = new Filter(text, null, null);
            assertEquals(matching.size(), listing.count(filter), "the count of the union");

            Comparator<Generated> byName = BY_NAME;
            // NULL sorts after every region on both databases
            Comparator<Generated> byRegion = Comparator.comparing(Generated::region, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(Generated::id);
            pages(listing, filter, Column.NAME, matching, byName);
            pages(listing, filter, Column.REGION, matching, byRegion);

            List<Generated> north = matching.stream().filter(c -> "North".equals(c.region())).toList();
            Filter inNorth = new Filter(text, null, "North");
            assertEquals(north.size(), listing.count(inNorth), "the other conditions apply to each range");
            pages(listing, inNorth, Column.NAME, north, byName);
        }
    }

    /**
     * The list's order by name: Chinese names by their pinyin among the others, as the sort key
     * has it, ties by identity. Before the sort key, Chinese names came after every Latin one.
     */
    private static final Comparator<Generated> BY_NAME = Comparator.comparing((Generated c) -> pinyin(c.name()) == null ? c.name().toLowerCase(Locale.ROOT)
            : pinyin(c.name())[0]).thenComparingLong(Generated::id);

    /**
     * The other shapes of a look-up, each read by its own ranges: one letter (one range of the sort
     * key), Chinese characters (the sort key's range of their pinyin, counted by the name key),
     * and letters with a space (the names as typed and the pinyin without it apart).
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyShapeOfALookUpPagesAndCountsThePlainAnswer(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            List<Generated> customers = store(fixture, names(new Random(20261208)));
            CustomerListing listing = new StoreCustomerListing(fixture.store, ImportFixture.CLOCK);
            for (String text : List.of("w", "王", "Wang A", "walter h")) {
                List<Generated> matching = customers.stream().filter(customer -> matches(customer.name(), text)).toList();
                assertTrue(matching.size() > 1, text);
                Filter filter = new Filter(text, null, null);
                assertEquals(matching.size(), listing.count(filter), "the count of " + text);
                pages(listing, filter, Column.NAME, matching, BY_NAME);
            }
            List<Long> everyone = customers.stream().sorted(BY_NAME).map(Generated::id).toList();
            assertEquals(everyone.subList(1000, 1000 + PAGE), listing.rows(Filter.ALL, Column.NAME, true, 1000, PAGE).stream().map(Row::id).toList(),
                    "a page of the whole list, deep in it, in the same order");
        }
    }

    private static void pages(CustomerListing listing, Filter filter, Column sort, List<Generated> matching, Comparator<Generated> order) {
        for (boolean ascending : new boolean[] { true, false }) {
            List<Long> expected = matching.stream().sorted(ascending ? order : order.reversed()).map(Generated::id).toList();
            for (int first = 0; first < expected.size() + PAGE; first += PAGE) {
                List<Long> page = listing.rows(filter, sort, ascending, first, PAGE).stream().map(Row::id).toList();
                assertEquals(expected.subList(Math.min(first, expected.size()), Math.min(first + PAGE, expected.size())), page,
                        sort + (ascending ? " ascending" : " descending") + " from " + first);
            }
        }
    }

    /** The look-up's rule, spelt out: the name in any case, or the pinyin or its initials. */
    private static boolean matches(String name, String text) {
        String[] pinyin = pinyin(name);
        String typed = text.matches("[A-Za-z ]+") ? text.replace(" ", "").toLowerCase(Locale.ROOT) : null;
        return name.toLowerCase(Locale.ROOT).startsWith(text.toLowerCase(Locale.ROOT))
                || typed != null && pinyin != null && (pinyin[0].startsWith(typed) || pinyin[1].startsWith(typed));
    }

    /** Full pinyin and initials of a name with Chinese characters (Latin words as they are), or null. */
    private static String[] pinyin(String name) {
        if (name.chars().noneMatch(ch -> PINYIN.containsKey((char) ch))) {
            return null;
        }
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            if (PINYIN.containsKey(word.charAt(0))) {
                for (char ch : word.toCharArray()) {
                    full.append(PINYIN.get(ch));
                    initials.append(PINYIN.get(ch).charAt(0));
                }
            } else {
                full.append(word.toLowerCase(Locale.ROOT));
                initials.append(Character.toLowerCase(word.charAt(0)));
            }
        }
        return new String[] { full.toString(), initials.toString() };
    }

    /** Each kind of match more than the look-up collects by identity, names repeated, and names that match no way. */
    private static List<String> names(Random random) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            names.add(pick(random, "王", "汪") + pick(random, GIVEN) + (random.nextBoolean() ? pick(random, GIVEN) : ""));
            names.add(pick(random, "王", "汪", "吴", "魏") + pick(random, "安", "爱") + (random.nextBoolean() ? pick(random, GIVEN) : ""));
            names.add(pick(random, WESTERN) + " " + pick(random, LAST));
        }
        for (int i = 0; i < 200; i++) {
            names.add(pick(random, WESTERN) + " " + pick(random, GIVEN));
            names.add(pick(random, OTHERS) + " " + pick(random, GIVEN));
            names.add(pick(random, "李", "吴", "魏") + pick(random, "芳", "伟", "军", "英"));
            names.add(pick(random, OTHERS) + " " + pick(random, LAST));
        }
        Collections.shuffle(names, random);
        return names;
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static List<Generated> store(CustomerFixture fixture, List<String> names) {
        Random random = new Random(7);
        Map<String, String> regions = new HashMap<>();
        try (BatchWriter writer = fixture.store.batchWriter(500)) {
            for (int i = 0; i < names.size(); i++) {
                Customer customer = CustomerFixture.F.createCustomer();
                String reference = String.format("U-%05d", i);
                customer.setReference(reference);
                customer.setName(names.get(i));
                String region = REGIONS[random.nextInt(REGIONS.length)];
                customer.setRegion(region);
                regions.put(reference, region);
                writer.add(customer);
            }
        }
        List<Generated> stored = new ArrayList<>();
        try (UnitOfWork work = fixture.store.begin()) {
            List<Object[]> rows = work.query("SELECT c.persistentId, c.reference, c.name FROM Customer c");
            for (Object[] row : rows) {
                stored.add(new Generated(((Number) row[0]).longValue(), (String) row[2], regions.get((String) row[1])));
            }
        }
        assertEquals(names.size(), stored.size());
        return stored;
    }
}
