package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.customers.api.CustomerListing.Row;
import org.rapport.customers.model.Channel;
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
                customer.setChannel(i < 60 ? Channel.WEB : Channel.STORE);
                customer.setRegion(i % 2 == 0 ? "North" : "South");
                writer.add(customer);
            }
            Customer wool = CustomerFixture.F.createCustomer();
            wool.setReference("R-WOOL");
            wool.setName("100% Wool Ltd");
            writer.add(wool);
        }
        return new StoreCustomerListing(fixture.store);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void countsAndPagesFollowTheFilter(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            CustomerListing listing = seeded(fixture);
            assertEquals(121, listing.count(Filter.ALL));
            assertEquals(60, listing.count(new Filter("anna", null, null)), "the first letter in either case");
            assertEquals(60, listing.count(new Filter("Ann", null, null)));
            assertEquals(10, listing.count(new Filter("Anna 01", null, null)));
            assertEquals(1, listing.count(new Filter("r-119", null, null)), "a reference prefix");
            assertEquals(30, listing.count(new Filter("bao", Channel.STORE, "South")));
            assertEquals(0, listing.count(new Filter("bao", Channel.WEB, null)));
            // wildcards are literal: "100%" finds the wool company only, "_" matches nothing
            assertEquals(1, listing.count(new Filter("100%", null, null)));
            assertEquals(0, listing.count(new Filter("Ann_", null, null)));

            List<Row> first = listing.rows(new Filter("a", null, null), Column.NAME, true, 0, 7);
            assertEquals(List.of("Anna 000", "Anna 001", "Anna 002", "Anna 003", "Anna 004", "Anna 005", "Anna 006"), first.stream().map(Row::name).toList());
            assertEquals("R-000", first.get(0).reference());
            assertEquals(Channel.WEB, first.get(0).channel());
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
}
