package org.rapport.loyalty.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.loyalty.internal.LedgerFixture.purchase;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.model.Customer;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.model.Membership;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.AreaDatabase;

/**
 * A salesperson reads every membership (DOMAIN.md section 7) but only the customers they manage:
 * a query that reaches the customers through the memberships ({@code JOIN m.customer c}) reads
 * theirs alone. It read every customer's name before the store put the customers' row condition
 * on join variables and paths. On the three databases.
 */
class CustomersThroughLoyaltyTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSalespersonReadsOnlyTheirCustomersThroughTheMemberships(DatabaseKind kind) throws Exception {
        try (LedgerFixture f = new LedgerFixture(kind, home)) {
            f.customer("C-1", null);
            f.customer("C-2", null);
            try (UnitOfWork work = f.store.begin()) {
                work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "C-2").get(0).setAccountManager("tom");
                work.commit();
            }
            f.ledger.earn(purchase("C-1", "P-1", "2026-02-15T10:00:00Z", "300.00"));
            f.ledger.earn(purchase("C-2", "P-2", "2026-02-15T10:00:00Z", "200.00"));
            f.users.add(new SessionUser("sam", "Sam", Set.of(Roles.SALES),
                    List.of(new Grant(LoyaltyAreaId.ID, Action.READ, Scope.ALL), new Grant(CustomersAreaId.ID, Action.READ, Scope.OWN)), Map.of()));
            f.users.as("sam");
            try (Store desktop = AreaDatabase.enforcedStore(f.database, List.of(LedgerFixture.customersModel(), new LoyaltyModel()), List.of(), f.users);
                    UnitOfWork work = desktop.begin()) {
                assertEquals(List.of(2L), work.query("SELECT COUNT(m) FROM Membership m"), "every membership");
                assertEquals(List.of("Customer C-1"), work.query("SELECT c.name FROM Membership m JOIN m.customer c ORDER BY c.name"));
                assertEquals(List.of("C-1"), work.query("SELECT m.customer.reference FROM Membership m ORDER BY m.customer.reference"));
                assertEquals(List.of(), work.query("SELECT m.since FROM Membership m WHERE m.customer.name = ?1", "Customer C-2"));
                // reached from the membership object: tom's customer comes back without its values
                List<Membership> memberships = work.query("SELECT m FROM Membership m ORDER BY m.customerId");
                assertEquals(Arrays.asList("Customer C-1", null), memberships.stream().map(m -> m.getCustomer().getName()).toList());
            }
        }
    }
}
