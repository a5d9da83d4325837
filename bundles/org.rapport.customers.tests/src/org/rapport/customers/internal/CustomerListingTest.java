package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.customers.api.CustomerListing.Match;
import org.rapport.customers.api.DataQuality.Flag;
import org.rapport.customers.api.CustomerListing.Contact;
import org.rapport.customers.api.CustomerListing.Row;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.DatabaseKind;

/**
 * The listing behind the Customers part on the three databases: counts and pages agree with the
 * filters, pages in either order never overlap or skip, prefixes match the first letter in either
 * case, and LIKE's wildcards in what people type are taken literally.
 */
class CustomerListingTest {

    @TempDir
    Path home;

    /** 120 customers: names "Anna 000".."Anna 059" (WEB) and "Bao 060".."Bao 119" (STORE), regions North/South alternating, plus "100% Wool". */
    private static CustomerListing seeded(CustomerFixture fixture) {
        try (BatchWriter writer = fixture.store.batchWriter(50)) {
            for (int i = 0; i < 120; i++) {
                Customer customer = CustomerFixture.F.createCustomer();
                customer.setReference(String.format("R-%03d", i));
                customer.setName((i < 60 ? "Anna " : "Bao ") + String.format("%03d", i));
                customer.setChannel(i < 60 ? Channels.WEB_SHOP : Channels.STORE);
                customer.setRegion(i % 2 == 0 ? "North" : "South");
                writer.add(customer);
            }
            Customer wool = CustomerFixture.F.createCustomer();
            wool.setReference("R-WOOL");
            wool.setName("100% Wool Ltd");
            writer.add(wool);
        }
        return new StoreCustomerListing(fixture.store, ImportFixture.CLOCK);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void countsAndPagesFollowTheFilter(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            CustomerListing listing = seeded(fixture);
            assertEquals(121, listing.count(Filter.ALL));
            assertEquals(60, listing.count(new Filter("anna", null, null)), "the first letter in either case");
            assertEquals(60, listing.count(new Filter("Ann", null, null)));
            assertEquals(60, listing.count(new Filter("aNNA", null, null)), "a name in any case");
            assertEquals(10, listing.count(new Filter("Anna 01", null, null)));
            assertEquals(1, listing.count(new Filter("r-119", null, null)), "a reference prefix");
            assertEquals(30, listing.count(new Filter("bao", Channels.STORE, "South")));
            assertEquals(0, listing.count(new Filter("bao", Channels.WEB_SHOP, null)));
            // wildcards are literal: "100%" finds the wool company only, "_" matches nothing
            assertEquals(1, listing.count(new Filter("100%", null, null)));
            assertEquals(0, listing.count(new Filter("Ann_", null, null)));
            assertEquals(List.of("North", "South"), listing.regions(10), "each region once, sorted, none for the customer without one");
            assertEquals(List.of("North"), listing.regions(1));

            List<Row> first = listing.rows(new Filter("a", null, null), Column.NAME, true, 0, 7);
            assertEquals(List.of("Anna 000", "Anna 001", "Anna 002", "Anna 003", "Anna 004", "Anna 005", "Anna 006"), first.stream().map(Row::name).toList());
            assertEquals("R-000", first.get(0).reference());
            assertEquals(Channels.WEB_SHOP, first.get(0).channel());
        }
    }

    /** A report's drill-down lists the customers behind a figure: by identity, with the other filters on top. */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void identitiesKeepOnlyThoseCustomers(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            CustomerListing listing = seeded(fixture);
            List<Row> all = listing.rows(Filter.ALL, Column.REFERENCE, true, 0, 200);
            Set<Long> chosen = Set.of(all.get(0).id(), all.get(1).id(), all.get(70).id());
            Filter behind = new Filter(null, null, null, null, null, chosen);
            assertEquals(3, listing.count(behind));
            assertEquals(List.of("R-000", "R-001", "R-070"), listing.rows(behind, Column.REFERENCE, true, 0, 50).stream().map(Row::reference).toList());
            assertEquals(1, listing.count(new Filter(null, Channels.STORE, null, null, null, chosen)), "and the channel");
            assertEquals(0, listing.count(new Filter(null, null, null, null, null, Set.of())), "nobody behind the figure");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void pagesCoverEveryCustomerOnceInEitherOrder(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            CustomerListing listing = seeded(fixture);
            for (boolean ascending : new boolean[] { true, false }) {
                // regions repeat: the identity breaks the ties, so pages are stable
                List<String> seen = new ArrayList<>();
                for (int first = 0; first < 121; first += 25) {
                    listing.rows(Filter.ALL, Column.REGION, ascending, first, 25).forEach(r -> seen.add(r.reference()));
                }
                assertEquals(121, seen.size());
                assertEquals(121, seen.stream().distinct().count());
            }
            List<Row> last = listing.rows(Filter.ALL, Column.REFERENCE, false, 0, 1);
            assertEquals("R-WOOL", last.get(0).reference());
        }
    }

    /**
     * A text with a digit is looked up range by range (references in either case, name keys) and
     * listed by identity; a range of more than StoreCustomerListing.CONTACT_MATCHES falls back to
     * one condition over the table. Both ways must count and list the same customers.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void referencePrefixesCountTheSameWhetherFewOrMany(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            int many = StoreCustomerListing.CONTACT_MATCHES + 10;
            try (BatchWriter writer = fixture.store.batchWriter(200)) {
                for (int i = 0; i < many; i++) {
                    Customer customer = CustomerFixture.F.createCustomer();
                    customer.setReference("Z-" + (1000 + i));
                    customer.setName(i == 0 ? "z-1 Trading" : "Customer " + i);
                    writer.add(customer);
                }
            }
            CustomerListing listing = new StoreCustomerListing(fixture.store, ImportFixture.CLOCK);
            assertEquals(many, listing.count(new Filter("z-1", null, null)), "more than a look-up's worth: read by one condition");
            assertEquals(10, listing.count(new Filter("Z-150", null, null)), "a few: listed by identity");
            assertEquals(0, listing.count(new Filter("Z-9", null, null)));
            List<String> few = listing.rows(new Filter("z-100", null, null), Column.REFERENCE, true, 0, 50).stream().map(Row::reference).toList();
            assertEquals(List.of("Z-1000", "Z-1001", "Z-1002", "Z-1003", "Z-1004", "Z-1005", "Z-1006", "Z-1007", "Z-1008", "Z-1009"), few);
            List<Row> byName = listing.rows(new Filter("z-1", null, null), Column.NAME, false, 0, 1);
            assertEquals("z-1 Trading", byName.get(0).name(), "a name with a digit is found too");
        }
    }

    /**
     * By name, a page that starts deep in the list starts from the name key found at its offset
     * (StoreCustomerListing.pageFromKey): pages of any size, in either order, with and without a
     * filter, must be exactly the slices of the whole list, and names sort in any case.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void pagesByNameAreSlicesOfTheWholeListFromAnyStart(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            CustomerListing listing = seeded(fixture);
            try (BatchWriter writer = fixture.store.batchWriter(10)) {
                // the same name three times (ties by identity across a page's start) and names in mixed case
                for (String name : List.of("bao 061", "BAO 061", "Bao 061", "anna 030b", "ANNA 030c")) {
                    Customer customer = CustomerFixture.F.createCustomer();
                    customer.setReference("X-" + name.replace(' ', '-'));
                    customer.setName(name);
                    customer.setChannel(Channels.STORE);
                    writer.add(customer);
                }
            }
            for (Filter filter : List.of(Filter.ALL, new Filter("bao 06", null, null), new Filter(null, Channels.STORE, null))) {
                for (boolean ascending : new boolean[] { true, false }) {
                    List<String> whole = listing.rows(filter, Column.NAME, ascending, 0, 1000).stream().map(Row::reference).toList();
                    assertEquals(listing.count(filter), whole.size());
                    for (int size : new int[] { 1, 4, 7 }) {
                        List<String> paged = new ArrayList<>();
                        for (int first = 0; first < whole.size() + size; first += size) {
                            listing.rows(filter, Column.NAME, ascending, first, size).forEach(row -> paged.add(row.reference()));
                        }
                        assertEquals(whole, paged, filter + (ascending ? " ascending" : " descending") + " in pages of " + size);
                    }
                }
            }
            List<String> names = listing.rows(new Filter("anna 03", null, null), Column.NAME, true, 0, 50).stream().map(Row::name).toList();
            assertEquals(List.of("Anna 030", "anna 030b", "ANNA 030c", "Anna 031"), names.subList(0, 4), "the name's order in any case");
        }
    }

    /**
     * Three customers with contacts, tags, companies and notes: "Li Na" (tags vip and eco, a
     * bounced e-mail, confirmed a month ago), "Lin Wei" (tag vip, never confirmed) and "Zhou Min"
     * (tag eco, confirmed two years ago, at "Lindqvist Trading").
     */
    private static CustomerListing contacts(CustomerFixture fixture) {
        try (BatchWriter writer = fixture.store.batchWriter(10)) {
            Customer li = customer("K-1", "Li Na", "Huaxin Design", "Asked about the LOYALTY programme", "2026-02-01T00:00:00Z", "vip", "eco");
            li.getEmails().add(CustomerFixture.email("li.na@huaxin.example", "work", false));
            li.getPhones().add(CustomerFixture.phone("+86 138 0013 8000", "mobile", true));
            writer.add(li);
            Customer lin = customer("K-2", "Lin Wei", null, null, null, "vip");
            lin.getEmails().add(CustomerFixture.email("Lin.Wei@Example.com", "private", true));
            lin.getPhones().add(CustomerFixture.phone("021-6279-0000", "work", true));
            writer.add(lin);
            Customer zhou = customer("K-3", "Zhou Min", "Lindqvist Trading", "Wants invoices by post", "2024-02-01T00:00:00Z", "eco");
            zhou.getPhones().add(CustomerFixture.phone("(021) 6279 0000", "switchboard", true));
            writer.add(zhou);
        }
        return new StoreCustomerListing(fixture.store, ImportFixture.CLOCK);
    }

    private static Customer customer(String reference, String name, String company, String notes, String confirmed, String... tags) {
        Customer customer = CustomerFixture.F.createCustomer();
        customer.setReference(reference);
        customer.setName(name);
        customer.setCompany(company);
        customer.setNotes(notes);
        customer.setLastConfirmedAt(confirmed == null ? null : Instant.parse(confirmed));
        customer.getTags().addAll(List.of(tags));
        return customer;
    }

    private static List<String> names(CustomerListing listing, Filter filter) {
        List<String> names = listing.rows(filter, Column.NAME, true, 0, 50).stream().map(Row::name).toList();
        assertEquals(names.size(), listing.count(filter), "count and rows agree for " + filter);
        return names;
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void looksUpContactsTagsAndFreeText(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            CustomerListing listing = contacts(fixture);
            // an e-mail address exactly, in any spelling of its case; a part of one finds nothing
            assertEquals(List.of("Lin Wei"), names(listing, new Filter(" LIN.WEI@example.COM ", null, null)));
            assertEquals(List.of(), names(listing, new Filter("lin.wei@example", null, null)));
            // a phone number as people write it: both spellings of the switchboard's number
            assertEquals(List.of("Lin Wei", "Zhou Min"), names(listing, new Filter("021 6279 0000", null, null)));
            assertEquals(List.of("Li Na"), names(listing, new Filter("0086 138-0013-8000", null, null)));
            // letters are names (and references), never numbers
            assertEquals(List.of("Li Na", "Lin Wei"), names(listing, new Filter("li", null, null)));
            assertEquals(List.of("Zhou Min"), names(listing, new Filter("k-3", null, null)));
            // tags exactly, with the other filters
            assertEquals(List.of("Li Na", "Lin Wei"), names(listing, new Filter(null, null, null, "vip", null)));
            assertEquals(List.of("Li Na"), names(listing, new Filter("li N", null, null, "eco", Match.LOOKUP)));
            assertEquals(List.of(), names(listing, new Filter(null, null, null, "Vip", null)));
            assertEquals(List.of("eco", "vip"), listing.tags(10));
            assertEquals(List.of("eco"), listing.tags(1));
            // anywhere: in the name, the company or the notes, in any case
            assertEquals(List.of("Lin Wei", "Zhou Min"), names(listing, new Filter("LIN", null, null, null, Match.ANYWHERE)), "a name and a company");
            assertEquals(List.of("Li Na"), names(listing, new Filter("loyalty", null, null, null, Match.ANYWHERE)));
            assertEquals(List.of("Zhou Min"), names(listing, new Filter("by post", null, null, "eco", Match.ANYWHERE)));
            assertEquals(List.of(), names(listing, new Filter("loyalty%", null, null, null, Match.ANYWHERE)));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void rowsCarryTheDataQualityFlags(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            CustomerListing listing = contacts(fixture);
            List<Row> rows = listing.rows(Filter.ALL, Column.REFERENCE, true, 0, 10);
            assertEquals(Set.of(Flag.INVALID_CONTACT), rows.get(0).flags(), "Li Na's e-mail bounced; she confirmed a month ago");
            assertEquals(Set.of(Flag.UNCONFIRMED), rows.get(1).flags(), "nobody ever confirmed Lin Wei's data");
            assertEquals(Set.of(Flag.UNCONFIRMED), rows.get(2).flags(), "Zhou Min confirmed two years ago");
            assertEquals(Instant.parse("2024-02-01T00:00:00Z"), rows.get(2).lastConfirmedAt());
            // the phone and e-mail columns: the first of each, the one not working marked so
            assertEquals(new Contact("+8613800138000", false, 0), rows.get(0).phone());
            assertEquals(new Contact("li.na@huaxin.example", true, 0), rows.get(0).email(), "Li Na's bounced address is marked");
            assertEquals(new Contact("lin.wei@example.com", false, 0), rows.get(1).email());
            assertNull(rows.get(2).email(), "Zhou Min has no e-mail address");
            assertTrue(listing.rows(Filter.ALL, Column.REFERENCE, true, 3, 10).isEmpty());
        }
    }
}
