package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.rapport.cli.api.CliCommand;
import org.rapport.core.api.ClockService;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.loyalty.api.Loyalty.PurchaseEvent;
import org.rapport.loyalty.api.Loyalty.ReturnEvent;
import org.rapport.loyalty.api.EarningRule;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.CliRun;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.Services;
import org.rapport.testing.TestUsers;
import org.rapport.transfer.api.TransferImport;
import org.rapport.transfer.internal.TransferModel;

/**
 * A new database of one kind with the customer and loyalty models migrated by their changelogs, the
 * ledger's append-only journal, the ledger over it with the shipped earning rules, a clock in
 * Shanghai the test moves, and signed-in users the test chooses.
 */
final class LedgerFixture implements AutoCloseable {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** The customers area's contribution as DS registers it (its class is the customers bundle's internal one). */
    static ModelContribution customersModel() {
        return Services.await(ModelContribution.class, "(component.name=org.rapport.customers.internal.CustomersModel)");
    }

    private final AreaDatabase area;
    final FreshDatabase database;
    final Store store;
    final TestUsers users;
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T09:00:00Z"));
    final ClockService clock = () -> Clock.fixed(now.get(), SHANGHAI);
    final LedgerService ledger;
    final TierService tiers;
    final RewardService rewards;
    final ReportService reports;
    final PromotionService promotions;
    final ProgrammeService programme;
    final TextService texts;

    LedgerFixture(DatabaseKind kind, Path home) throws Exception {
        area = AreaDatabase.open(kind, home, List.of(customersModel(), new LoyaltyModel(), new TransferModel()), List.of(new LedgerJournal()), false);
        database = area.database;
        store = area.store;
        users = area.users;
        users.add(TestUsers.user("mo", Roles.MANAGER, LoyaltyAreaId.ID, Action.READ, Action.CREATE, Action.UPDATE, Action.DELETE));
        users.add(TestUsers.user("sid", Roles.SERVICE_AGENT, LoyaltyAreaId.ID, Action.READ, Action.CREATE));
        users.as("mo");
        // the shipped rules in the order of their service.ranking, as DS gives them
        List<EarningRule> rules = List.of(new BaseAccrual(), new BirthdayDouble(), new PromotionRule(), new ReferralReward(), new ReviewReward());
        ledger = new LedgerService(store, clock, users, rules);
        texts = new TextService(clock, rules);
        promotions = new PromotionService(store, users);
        programme = new ProgrammeService(store, users);
        tiers = new TierService(store, clock, users);
        rewards = new RewardService(store, ledger, clock, users);
        reports = new ReportService(store, clock);
    }

    /** A store of its own on this database, as a desktop opens it: another desktop's takes identities from other blocks. Close it before this fixture. */
    Store desktop() {
        return database.migratedStore(List.of(customersModel(), new LoyaltyModel(), new TransferModel()), List.of(new LedgerJournal()));
    }

    /** Purchase records earn their points in the commit that stores them, as in the product (the store's commit reaction). */
    LedgerFixture reacting() {
        ((EclipseLinkStore) store).setReactions(List.of(new PurchasePoints(ledger)));
        return this;
    }

    /** Stores a customer with this reference and birthday (null for none). */
    void customer(String reference, LocalDate birthday) {
        Customer customer = CustomersFactory.eINSTANCE.createCustomer();
        customer.setReference(reference);
        customer.setName("Customer " + reference);
        customer.setStatus(CustomerStatus.ACTIVE);
        customer.setBirthday(birthday);
        customer.setAccountManager("sam");
        try (UnitOfWork work = store.begin()) {
            work.add(customer);
            work.commit();
        }
    }

    static PurchaseEvent purchase(String customer, String ref, String at, String amount) {
        return new PurchaseEvent(customer, ref, Instant.parse(at), new BigDecimal(amount));
    }

    static ReturnEvent purchaseReturn(String customer, String ref, String purchase, String at, String amount) {
        return new ReturnEvent(customer, ref, purchase, Instant.parse(at), new BigDecimal(amount));
    }

    /** Every stored entry of a customer, in ledger order, read fresh. */
    List<LedgerEntry> entries(String customer) {
        try (UnitOfWork work = store.begin()) {
            List<LedgerEntry> entries = work.query("SELECT e FROM LedgerEntry e WHERE e.customer.reference = ?1 ORDER BY e.at, e.persistentId", customer);
            entries.forEach(e -> e.getConsumed().forEach(c -> c.getEarning().getPoints()));
            return entries;
        }
    }

    long count(String jpqlCount) {
        try (UnitOfWork work = store.begin()) {
            List<Long> n = work.query(jpqlCount);
            return n.get(0);
        }
    }

    /** The loyalty command over this fixture's services, with this import runner (or null). */
    LoyaltyCommand command(TransferImport transfer) {
        return new LoyaltyCommand(ledger, tiers, rewards, reports, clock, transfer, users, users, programme, promotions, texts);
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
