package org.rapport.reports.internal.measures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.internal.ComplaintService;
import org.rapport.complaints.internal.ComplaintsModel;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.internal.BaseAccrual;
import org.rapport.loyalty.internal.LedgerJournal;
import org.rapport.loyalty.internal.LedgerService;
import org.rapport.loyalty.internal.LoyaltyModel;
import org.rapport.loyalty.internal.PurchasePoints;
import org.rapport.loyalty.internal.TierService;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.internal.SecurityModel;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.Services;
import org.rapport.testing.TestUsers;
import org.rapport.transfer.internal.TransferModel;

/**
 * A new database of one kind with every model the measures read, migrated by their changelogs; the
 * store enforcing the signed-in test user's access rules as the product's does; the complaints and
 * loyalty services over it (purchases earn points and upgrade tiers in their commit); a clock in
 * Shanghai the data generation moves. Users: {@code ada} administrator, {@code mo} manager reading
 * every area, {@code sam} sales reading their own accounts, {@code tess} technician reading
 * customers only.
 */
public final class MeasureDatabase implements AutoCloseable {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AreaDatabase area;
    public final FreshDatabase database;
    public final Store store;
    public final TestUsers users;
    public final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-06-20T04:00:00Z"));
    public final ClockService clock = () -> Clock.fixed(now.get(), SHANGHAI);
    public final LedgerService ledger;
    public final TierService tiers;
    public final ComplaintService complaints;
    private final Path home;
    private final List<ModelContribution> models;

    public MeasureDatabase(DatabaseKind kind) throws Exception {
        home = Files.createTempDirectory("rapport-measures-" + kind.name().toLowerCase());
        ModelContribution customers = Services.await(ModelContribution.class, "(component.name=org.rapport.customers.internal.CustomersModel)");
        List<ModelContribution> models = List.of(new SecurityModel(), new TransferModel(), customers, new LoyaltyModel(), new ComplaintsModel());
        this.models = models;
        area = AreaDatabase.enforced(kind, home, models, List.of(new LedgerJournal()));
        database = area.database;
        store = area.store;
        users = area.users;
        users.add(TestUsers.administrator("ada"));
        users.add(new SessionUser("mo", "Mo", Set.of(Roles.MANAGER), List.of(read(ComplaintsAreaId.ID, Scope.ALL), read(ComplaintsAreaId.SETTINGS, Scope.ALL),
                read(LoyaltyAreaId.ID, Scope.ALL), read(CustomersAreaId.ID, Scope.ALL)), Map.of()));
        users.add(new SessionUser("sam", "Sam", Set.of(Roles.SALES), List.of(read(ComplaintsAreaId.ID, Scope.OWN), read(ComplaintsAreaId.SETTINGS, Scope.ALL),
                read(LoyaltyAreaId.ID, Scope.OWN), read(CustomersAreaId.ID, Scope.OWN)), Map.of()));
        users.add(new SessionUser("tess", "Tess", Set.of(Roles.TECHNICIAN), List.of(read(CustomersAreaId.ID, Scope.ALL)), Map.of()));
        users.as("ada");
        ledger = new LedgerService(store, clock, users, List.of(new BaseAccrual()));
        tiers = new TierService(store, clock, users);
        complaints = new ComplaintService(store, clock, users, ledger);
        ((EclipseLinkStore) store).setReactions(List.of(new PurchasePoints(ledger)));
    }

    private static Grant read(String area, Scope scope) {
        return new Grant(area, Action.READ, scope);
    }

    /** Stores a customer with this reference and account manager. */
    public void customer(String reference, String accountManager) {
        Customer customer = CustomersFactory.eINSTANCE.createCustomer();
        customer.setReference(reference);
        customer.setName("Customer " + reference);
        customer.setStatus(CustomerStatus.ACTIVE);
        customer.setAccountManager(accountManager);
        try (UnitOfWork work = store.begin()) {
            work.add(customer);
            work.commit();
        }
    }

    /** Runs a check signed in as this user, then signs the manager in again, as the other checks expect. */
    public void as(String login, Runnable check) {
        users.as(login);
        try {
            check.run();
        } finally {
            users.as("mo");
        }
    }

    /**
     * A store of its own on this database, as a second desktop opens it: it takes identities from
     * another block than {@link #store}'s, so a later object can have a lower identity. No access
     * rules; close it before this database.
     */
    public Store desktop() {
        return database.migratedStore(models, List.of(new LedgerJournal()));
    }

    @Override
    public void close() throws Exception {
        area.close();
    }
}
