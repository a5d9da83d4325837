package org.rapport.reports.internal.customers;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.core.api.ClockService;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.internal.ChannelsService;
import org.rapport.customers.internal.CustomersModel;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Purchase;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.internal.ReportCommand;
import org.rapport.reports.internal.ReportExportsService;
import org.rapport.reports.internal.ReportsService;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.internal.AuditLogService;
import org.rapport.security.internal.SecurityModel;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.security.model.AuditAction;
import org.rapport.security.model.AuditEntry;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.CliRun;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.TestUsers;

/**
 * A new database of one kind with the security and customer models, a store that enforces the
 * access rules of the signed-in test user as the product's does, a fixed clock in Shanghai, and
 * the reports service with the customer measures over it. Users: {@code mo} the manager (every
 * customer), {@code sam.sales} a sales user who reads the customers he manages only (scope OWN).
 */
final class ReportFixture implements AutoCloseable {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    static final ClockService CLOCK = () -> Clock.fixed(NOW, SHANGHAI);
    static final String SALES = "sam.sales";

    private final AreaDatabase area;
    final FreshDatabase database;
    final Store store;
    final TestUsers users;
    final AuditLogService auditLog;
    final ChannelsService channels;
    final PurchaseFigures figures;
    final List<ReportProvider> measures;
    final ReportsService reports;
    final ReportExportsService exports;
    final ReportCommand command;

    ReportFixture(DatabaseKind kind, Path home) throws Exception {
        area = AreaDatabase.enforced(kind, home, List.of(new SecurityModel(), new CustomersModel()), List.of());
        database = area.database;
        store = area.store;
        users = area.users;
        users.add(TestUsers.user("mo", Roles.MANAGER, CustomersAreaId.ID, Action.READ, Action.CREATE, Action.UPDATE, Action.DELETE, Action.EXPORT));
        users.add(new SessionUser(SALES, "Sam Sales", Set.of(Roles.SALES),
                List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.OWN), new Grant(CustomersAreaId.ID, Action.EXPORT, Scope.OWN)), Map.of()));
        users.as("mo");
        auditLog = new AuditLogService(store, users, CLOCK);
        channels = new ChannelsService(store, users, CLOCK);
        figures = new PurchaseFigures(store, CLOCK, channels);
        measures = List.of(new RepurchaseRate(figures), new RetentionRate(figures), new ChurnRate(figures), new ReturningOrderValue(figures),
                new Revenue(figures), new BuyingCustomers(figures));
        reports = new ReportsService(users, measures, channels);
        exports = new ReportExportsService(users, auditLog, CLOCK);
        command = new ReportCommand(reports, exports, users, users);
    }

    /** Stores the generated customers with their records, as the manager. */
    void store(List<Generated.Buyer> buyers) {
        users.as("mo");
        CustomersFactory f = CustomersFactory.eINSTANCE;
        try (UnitOfWork work = store.begin()) {
            for (Generated.Buyer buyer : buyers) {
                Customer customer = f.createCustomer();
                customer.setReference(buyer.reference());
                customer.setName("Customer " + buyer.reference());
                customer.setRegion(buyer.region());
                customer.getTags().addAll(buyer.tags());
                customer.setAccountManager(buyer.manager());
                for (Generated.Rec rec : buyer.records()) {
                    Purchase purchase = f.createPurchase();
                    purchase.setAt(rec.at());
                    purchase.setKind(rec.kind());
                    purchase.setAmount(rec.amount());
                    purchase.setQuantity(1);
                    purchase.setProduct("Tea");
                    purchase.setChannel(rec.channel());
                    purchase.setOrderRef(rec.orderRef());
                    customer.getPurchases().add(purchase);
                }
                work.add(customer);
            }
            work.commit();
        }
    }

    /** Runs {@code rapport-ctl report ...} as a signed-in user would from the shell; the test goes on as the manager. */
    CliRun cli(String login, String... arguments) {
        CliRun run = CliRun.run(command, Map.of("RAPPORT_USER", login, "RAPPORT_PASSWORD", TestUsers.PASSWORD), arguments);
        System.out.println("[report " + String.join(" ", arguments) + "] exit " + run.code() + System.lineSeparator() + run.out() + run.err());
        users.as("mo");
        return run;
    }

    /** The audit log's export entries, read behind the access rules. */
    List<AuditEntry> exportEntries() {
        users.signOut();
        try (UnitOfWork work = store.begin()) {
            return work.<AuditEntry>query("SELECT e FROM AuditEntry e WHERE e.action = ?1 ORDER BY e.persistentId", AuditAction.EXPORT);
        } finally {
            users.as("mo");
        }
    }

    /** The measures by name. */
    Map<String, ReportProvider> byName() {
        Map<String, ReportProvider> named = new LinkedHashMap<>();
        measures.forEach(m -> named.put(m.name(), m));
        return named;
    }

    static List<String> names(List<ReportProvider> providers) {
        List<String> names = new ArrayList<>();
        providers.forEach(p -> names.add(p.name()));
        return names;
    }

    @Override
    public void close() throws Exception {
        area.close();
    }
}
