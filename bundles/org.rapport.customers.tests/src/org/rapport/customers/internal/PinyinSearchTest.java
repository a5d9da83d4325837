package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.customers.api.CustomerListing.Row;
import org.rapport.customers.api.CustomerSearch;
import org.rapport.customers.model.Customer;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.FreshDatabase;

/**
 * A Chinese name is found by its pinyin and by its initials (王芳 by wang, wangf, wf), in the
 * Customers list and in the search, on the three databases; the keys follow the name; customers
 * stored before the keys existed get theirs from the migration.
 */
class PinyinSearchTest {

    @TempDir
    Path home;

    @Test
    void theKeysOfANameAreItsPinyinAndInitials() {
        assertEquals(new PinyinKeys.Spelling("wangfang", "wf"), PinyinKeys.of("王芳"));
        assertEquals(new PinyinKeys.Spelling("ouyangxiuying", "oyxy"), PinyinKeys.of("欧阳 秀英"));
        assertEquals(new PinyinKeys.Spelling("lvjun", "lj"), PinyinKeys.of("吕军"), "ü typed as v");
        assertEquals(new PinyinKeys.Spelling("annawang", "aw"), PinyinKeys.of("Anna 王"), "Latin words keep their letters, initials their first");
        assertNull(PinyinKeys.of("Anna Müller"), "a name without Chinese characters has its name key only");
        assertEquals("wangf", PinyinKeys.typed("Wang F"));
        assertEquals("xian", PinyinKeys.typed("xi'an"));
        assertNull(PinyinKeys.typed("王"));
        assertNull(PinyinKeys.typed("müller"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aChineseNameIsFoundByItsPinyinAndInitials(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            store(fixture, "王芳", "王伟", "方芳", "Wang Lei", "Will Frank", "汪峰");
            CustomerListing listing = new StoreCustomerListing(fixture.store, ImportFixture.CLOCK);
            assertEquals(List.of("Wang Lei", "汪峰", "王伟", "王芳"), names(listing, "wang"), "pinyin and the start of a Western name");
            assertEquals(List.of("汪峰", "王芳"), names(listing, "wangf"));
            assertEquals(List.of("汪峰", "王芳"), names(listing, "wf"), "initials; a Western name (Will Frank) has none");
            assertEquals(List.of("汪峰", "王芳"), names(listing, "Wang F"), "spaces between syllables and any case");
            assertEquals(List.of("方芳"), names(listing, "ff"));
            assertEquals(List.of("王伟", "王芳"), names(listing, "王"), "characters by the name key, as before");
            assertEquals(List.of(), names(listing, "wangx"));

            CustomerSearch search = new CustomerSearchService(fixture.store, ImportFixture.CLOCK);
            assertEquals(List.of("汪峰", "王芳"), search.search("wangf", 10).stream().map(CustomerSearch.Hit::name).sorted().toList());
            assertEquals(List.of("汪峰", "王芳"), search.search("wf", 10).stream().map(CustomerSearch.Hit::name).sorted().toList());

            try (UnitOfWork work = fixture.store.begin()) {
                Customer renamed = work.<Customer>query("SELECT c FROM Customer c WHERE c.name = ?1", "方芳").get(0);
                renamed.setName("Fang Fang");
                work.commit();
            }
            assertEquals(List.of(), names(listing, "ff"), "the keys follow the name");
        }
    }

    /**
     * The list sorts Chinese names by their pinyin among the others, as a Chinese phone book does,
     * in every page, both ways, with and without a look-up; the sort key follows the name.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void chineseNamesSortByTheirPinyin(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            store(fixture, "Zoe Adams", "王芳", "Wangler", "李娜", "Wanda", "Li Ming", "汪峰", "Wang Lei");
            CustomerListing listing = new StoreCustomerListing(fixture.store, ImportFixture.CLOCK);
            List<String> order = List.of("Li Ming", "李娜", "Wanda", "Wang Lei", "王芳", "汪峰", "Wangler", "Zoe Adams");
            assertEquals(order, ordered(listing, Filter.ALL, true, 0, 100));
            assertEquals(order.reversed(), ordered(listing, Filter.ALL, false, 0, 100));
            assertEquals(order.subList(3, 6), ordered(listing, Filter.ALL, true, 3, 3), "a page from the key of its first row");
            assertEquals(List.of("Wanda", "Wang Lei", "王芳", "汪峰", "Wangler"), ordered(listing, new Filter("wan", null, null), true, 0, 100));
            assertEquals(List.of("王芳", "汪峰"), ordered(listing, new Filter("wf", null, null), true, 0, 100), "initials in the same order");
            assertEquals(List.of("王芳", "汪峰"), ordered(listing, new Filter("wang f", null, null), true, 0, 100));
            assertEquals(List.of("Li Ming", "李娜"), ordered(listing, new Filter("li", null, null), true, 0, 100));
            assertEquals(List.of("李娜"), ordered(listing, new Filter("李", null, null), true, 0, 100));

            try (UnitOfWork work = fixture.store.begin()) {
                work.<Customer>query("SELECT c FROM Customer c WHERE c.name = ?1", "Zoe Adams").get(0).setName("阿丽");
                work.commit();
            }
            assertEquals("阿丽", ordered(listing, Filter.ALL, true, 0, 1).get(0), "the sort key follows the name (ali)");
        }
    }

    private static List<String> ordered(CustomerListing listing, Filter filter, boolean ascending, int first, int max) {
        return listing.rows(filter, Column.NAME, ascending, first, max).stream().map(Row::name).toList();
    }

    /** Beyond the few hundred a look-up collects by identity, the list still finds names by pinyin and by their start. */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void manyMatchesStillCount(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < StoreCustomerListing.CONTACT_MATCHES + 20; i++) {
                names.add("王芳" + i);
            }
            names.add("Wanda Fox");
            store(fixture, names.toArray(String[]::new));
            CustomerListing listing = new StoreCustomerListing(fixture.store, ImportFixture.CLOCK);
            assertEquals(StoreCustomerListing.CONTACT_MATCHES + 20, listing.count(new Filter("wf", null, null)));
            assertEquals(StoreCustomerListing.CONTACT_MATCHES + 21, listing.count(new Filter("wan", null, null)));
            assertEquals(List.of("Wanda Fox", "王芳0"), listing.rows(new Filter("wan", null, null), Column.NAME, true, 0, 2).stream().map(Row::name).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void customersStoredBeforeTheKeysGetThemFromTheMigration(DatabaseKind kind) throws Exception {
        try (FreshDatabase database = FreshDatabase.create(kind, home)) {
            ReleasedSchema.migrate(database, "db-test/customers-12.xml");
            ReleasedSchema.execute(database,
                    "INSERT INTO CUST_CUSTOMER (ID, NAME, NAME_KEY, REFERENCE, STATUS, VERSION) VALUES (1001, '王芳', '王芳', 'OLD-1', 'ACTIVE', 1)",
                    "INSERT INTO CUST_CUSTOMER (ID, NAME, NAME_KEY, REFERENCE, STATUS, VERSION) VALUES (1002, 'Anna Berg', 'anna berg', 'OLD-2', 'ACTIVE', 1)");

            ReleasedSchema.migrateToCurrent(database);

            assertEquals(Arrays.asList("wangfang", null), ReleasedSchema.column(database, "SELECT PINYIN_KEY FROM CUST_CUSTOMER ORDER BY ID"));
            assertEquals(Arrays.asList("wf", null), ReleasedSchema.column(database, "SELECT PINYIN_INITIALS FROM CUST_CUSTOMER ORDER BY ID"));
            assertEquals(List.of("wangfang", "anna berg"), ReleasedSchema.column(database, "SELECT SORT_KEY FROM CUST_CUSTOMER ORDER BY ID"),
                    "the sort key: a Chinese name's pinyin, any other name's name key");
            try (var store = database.migratedStore(List.of(new CustomersModel()))) {
                assertEquals(List.of("王芳"), names(new StoreCustomerListing(store, ImportFixture.CLOCK), "wf"));
            }
        }
    }

    private static void store(CustomerFixture fixture, String... names) {
        try (BatchWriter writer = fixture.store.batchWriter(100)) {
            int n = 0;
            for (String name : names) {
                Customer customer = CustomerFixture.F.createCustomer();
                customer.setReference(String.format("P-%04d", n++));
                customer.setName(name);
                writer.add(customer);
            }
        }
    }

    private static List<String> names(CustomerListing listing, String text) {
        Filter filter = new Filter(text, null, null);
        List<String> names = listing.rows(filter, Column.NAME, true, 0, 100).stream().map(Row::name).sorted().toList();
        assertEquals(names.size(), listing.count(filter), "the count agrees with the rows for " + text);
        return names;
    }
}
