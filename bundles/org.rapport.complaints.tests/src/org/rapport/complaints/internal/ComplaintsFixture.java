package org.rapport.complaints.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.rapport.cli.api.CliCommand;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Category;
import org.rapport.complaints.model.Compensation;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.core.api.ClockService;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.loyalty.internal.LedgerService;
import org.rapport.loyalty.internal.LoyaltyModel;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.Roles;
import org.rapport.security.internal.SecurityModel;
import org.rapport.security.model.Action;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.CliRun;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.Services;
import org.rapport.testing.TestUsers;
import org.rapport.transfer.internal.ImportRunner;
import org.rapport.transfer.internal.TransferModel;

/**
 * A new database of one kind with the customer and complaints models migrated by their changelogs,
 * the complaints service over it, a clock in Shanghai the test moves, and signed-in users.
 */
final class ComplaintsFixture implements AutoCloseable {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static ModelContribution customersModel() {
        return Services.await(ModelContribution.class, "(component.name=org.rapport.customers.internal.CustomersModel)");
    }

    private final AreaDatabase area;
    final FreshDatabase database;
    final Store store;
    final TestUsers users;
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-04-30T01:00:00Z"));
    final ClockService clock = () -> Clock.fixed(now.get(), SHANGHAI);
    final LedgerService loyalty;
    final ComplaintService complaints;
    final CatalogueService catalogue;
    final KnowledgeBaseService knowledge;
    final ReviewService reviews;
    final FollowUpService followUps;
    final CategoryService categories;
    /** While set, a commit that stores a compensation fails, as a database that went away would: nothing of it is written. */
    final AtomicBoolean refuseCompensations = new AtomicBoolean();
    private final ChangeJournal refusal = changes -> {
        if (refuseCompensations.get() && changes.stream().anyMatch(change -> change.object() instanceof Compensation)) {
            throw new StoreException("the database refused the commit", null);
        }
        return List.of();
    };

    ComplaintsFixture(DatabaseKind kind, Path home) throws Exception {
        this(kind, home, false);
    }

    /** With {@code enforced}, the store applies the signed-in test user's access rules, as the product's store does. */
    ComplaintsFixture(DatabaseKind kind, Path home, boolean enforced) throws Exception {
        List<ModelContribution> models = List.of(new SecurityModel(), new TransferModel(), customersModel(), new LoyaltyModel(), new ComplaintsModel());
        area = AreaDatabase.open(kind, home, models, List.of(refusal), enforced);
        database = area.database;
        store = area.store;
        users = area.users;
        users.add(TestUsers.user("mo", Roles.MANAGER, ComplaintsAreaId.ID, Action.READ, Action.CREATE, Action.UPDATE, Action.DELETE));
        users.add(TestUsers.user("ann", Roles.SERVICE_AGENT, ComplaintsAreaId.ID, Action.READ, Action.CREATE, Action.UPDATE));
        users.add(TestUsers.user("bob", Roles.SERVICE_AGENT, ComplaintsAreaId.ID, Action.READ, Action.CREATE, Action.UPDATE));
        users.as("mo");
        loyalty = new LedgerService(store, clock, users, List.of());
        complaints = new ComplaintService(store, clock, users, loyalty);
        catalogue = new CatalogueService(store, clock, users, loyalty);
        knowledge = new KnowledgeBaseService(store, clock, users);
        reviews = new ReviewService(store, clock, users);
        followUps = new FollowUpService(store, clock);
        categories = new CategoryService(store);
    }

    /** The command as DS wires it, with every service of the area. */
    ComplaintsCommand command() {
        return new ComplaintsCommand(complaints, null, users, users, catalogue, knowledge, reviews, followUps).withCategories(categories);
    }

    void category(String code) {
        Category category = ComplaintsFactory.eINSTANCE.createCategory();
        category.setCode(code);
        category.setName("Category " + code);
        try (UnitOfWork work = store.begin()) {
            work.add(category);
            work.commit();
        }
    }

    /** Takes an open complaint through start, resolve, follow-up and close at {@code at}. */
    void close(String reference, Instant at) {
        complaints.act(reference, Lifecycle.START, at, null, null);
        complaints.act(reference, Lifecycle.RESOLVE, at, null, null);
        complaints.act(reference, Lifecycle.FOLLOW_UP, at, null, 5);
        complaints.act(reference, Lifecycle.CLOSE, at, null, null);
    }

    /** The import runner as DS wires it, with the complaints kind only. */
    ImportRunner importer() {
        return new ImportRunner(store, users, clock, List.of(new ComplaintRows(complaints)));
    }

    void customer(String reference) {
        customer(reference, "sam");
    }

    void customer(String reference, String accountManager) {
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

    CliRun cli(CliCommand command, String login, String... arguments) {
        CliRun run = CliRun.run(command, Map.of("RAPPORT_USER", login, "RAPPORT_PASSWORD", TestUsers.PASSWORD), arguments);
        System.out.println("[" + command.name() + " " + String.join(" ", arguments) + "] exit " + run.code() + System.lineSeparator() + run.out()
                + run.err());
        users.as("mo");
        return run;
    }

    @Override
    public void close() throws Exception {
        area.close();
    }
}
