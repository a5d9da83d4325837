package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.api.UnitOfWork.Referrer;
import org.rapport.persistence.testmodel.Company;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.Product;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * What points at an object: every stored class's single references are asked, contained objects
 * included, lists of references and containers are not, and each referrer is found once.
 */
class ReferrersTest {

    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;

    @TempDir
    Path home;

    private static Set<String> describe(List<Referrer> referrers) {
        return referrers.stream().map(r -> r.referrer().eClass().getName() + "." + r.reference().getName() + ":" + name(r.referrer()))
                .collect(Collectors.toSet());
    }

    private static String name(Object object) {
        return object instanceof Customer customer ? customer.getReference() : object instanceof OrderLine line ? line.getProduct().getSku() : "?";
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void findsEveryObjectThatPointsAtOneWithASingleReference(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            long first = MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("1"));
            MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("2"));
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = work.<Customer> find(P.getCustomer(), first).orElseThrow();
                Staff manager = customer.getAccountManager();
                Company company = customer.getCompany();
                Product tea = customer.getOrders().get(0).getLines().get(0).getProduct();

                assertEquals(Set.of("Customer.accountManager:C-1"), describe(work.referrers(manager)));
                assertEquals(Set.of("Customer.company:C-1"), describe(work.referrers(company)), "a reference with an opposite list counts");
                // the lines of both orders point at the tea; the customer's favourites list does not count
                List<Referrer> tea1 = work.referrers(tea);
                assertEquals(2, tea1.size(), tea1.toString());
                assertEquals(Set.of("OrderLine.product:TEA-1"), describe(tea1));
                // an order's customer is its container, not a reference to the customer
                assertEquals(Set.of(), describe(work.referrers(customer)));
            }
        }
    }
}
