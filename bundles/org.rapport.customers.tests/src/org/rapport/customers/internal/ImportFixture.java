package org.rapport.customers.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.customers.api.CustomersAreaId;
import org.rapport.cli.api.CliCommand;
import org.rapport.core.api.ClockService;
import org.rapport.customers.model.Customer;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.internal.AuditLogService;
import org.rapport.transfer.internal.ExportService;
import org.rapport.transfer.internal.ImportRunner;
import org.rapport.transfer.internal.TransferModel;
import org.rapport.transfer.model.TransferRun;
import org.rapport.security.internal.SecurityModel;
import org.rapport.security.model.Action;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.CliRun;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.TestUsers;

/**
 * A new database of one kind with the customer and security models (the security model for the
 * audit log the export writes to), the import, export and search services over it, a fixed clock
 * in Shanghai and a signed-in user the test chooses. The real sign-in and access rules are the
 * security bundle's and tested there; here {@link TestUsers} stand in for the directory.
 */
final class ImportFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final ClockService CLOCK = () -> Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    static final String PASSWORD = TestUsers.PASSWORD;

    static SessionUser user(String login, String role, Action... actions) {
        return TestUsers.user(login, role, CustomersAreaId.ID, actions);
    }

    private final AreaDatabase area;
    final FreshDatabase database;
    final Store store;
    final TestUsers users;
    final AuditLogService auditLog;
    final CustomerImportService importer;
    final CustomerExportService exporter;
    final CustomerSearchService search;

    ImportFixture(DatabaseKind kind, Path home) throws Exception {
        this(kind, home, List.of());
    }

    ImportFixture(DatabaseKind kind, Path home, List<ChangeJournal> journals) throws Exception {
        this(kind, home, journals, false);
    }

    /** A fixture whose store enforces the access rules for the signed-in test user, as the product's store does. */
    static ImportFixture enforced(DatabaseKind kind, Path home) throws Exception {
        return new ImportFixture(kind, home, List.of(), true);
    }

    private ImportFixture(DatabaseKind kind, Path home, List<ChangeJournal> journals, boolean enforced) throws Exception {
        List<ModelContribution> models = List.of(new SecurityModel(), new TransferModel(), new CustomersModel());
        area = AreaDatabase.open(kind, home, models, journals, enforced);
        database = area.database;
        store = area.store;
        users = area.users;
        users.add(user("mo", Roles.MANAGER, Action.READ, Action.CREATE, Action.UPDATE, Action.DELETE, Action.EXPORT));
        users.add(user("cleo", "clerk", Action.READ, Action.CREATE, Action.UPDATE));
        users.add(new SessionUser("ada", "Ada", Set.of(Roles.ADMINISTRATOR), List.of(), Map.of()));
        users.as("mo");
        auditLog = new AuditLogService(store, users, CLOCK);
        importer = importer(store, users, CLOCK);
        exporter = new CustomerExportService(new ExportService(store, users, auditLog, CLOCK));
        search = new CustomerSearchService(store, CLOCK);
    }

    /** The customers' import as DS wires it: the transfer runner with the customers and purchases mappers, over the store's channels. */
    static CustomerImportService importer(Store store, CurrentUser user, ClockService clock) {
        ChannelsService channels = new ChannelsService(store, user, clock);
        return new CustomerImportService(new ImportRunner(store, user, clock, List.of(new CustomerRows(clock, channels), new PurchaseRows(clock, channels))));
    }

    /** A file in the folder with this UTF-8 text. */
    static Path write(Path folder, String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Runs a command as a signed-in user would from the shell. */
    CliRun cli(CliCommand command, String login, String... arguments) {
        CliRun run = CliRun.run(command, Map.of("RAPPORT_USER", login, "RAPPORT_PASSWORD", PASSWORD), arguments);
        System.out.println("[" + command.name() + " " + String.join(" ", arguments) + "] exit " + run.code() + System.lineSeparator() + run.out()
                + run.err());
        // a command signs out at its end; the test goes on as mo
        users.as("mo");
        return run;
    }

    ImportCommand importCommand() {
        return new ImportCommand(importer, users, users);
    }

    ExportCommand exportCommand() {
        return new ExportCommand(exporter, users, users);
    }

    CustomersCommand customersCommand() {
        return new CustomersCommand(search, users, users);
    }

    /** Every customer by reference, as the system sees it. */
    Map<String, Customer> customers() {
        Map<String, Customer> all = new java.util.TreeMap<>();
        try (UnitOfWork work = store.begin()) {
            List<Customer> found = work.query("SELECT c FROM Customer c");
            for (Customer customer : found) {
                customer.getEmails().size();
                customer.getPhones().size();
                customer.getPurchases().size();
                customer.getTags().size();
                all.put(customer.getReference(), customer);
            }
        }
        return all;
    }

    TransferRun run(String id) {
        try (UnitOfWork work = store.begin()) {
            List<TransferRun> found = work.query("SELECT r FROM TransferRun r WHERE r.importId = ?1", id);
            return found.get(0);
        }
    }

    long count(String sql) throws Exception {
        return CustomerFixture.count(database.settings, sql);
    }

    @Override
    public void close() throws Exception {
        area.close();
    }
}
