package org.rapport.customers.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.rapport.customers.model.Address;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.Direction;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Gender;
import org.rapport.customers.model.ImportantDate;
import org.rapport.customers.model.Interaction;
import org.rapport.customers.model.InteractionType;
import org.rapport.customers.model.Phone;
import org.rapport.customers.model.Purchase;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.testing.AreaDatabase;
import org.rapport.testing.FreshDatabase;

/**
 * A new database of one kind, migrated with the customers changelog as the product does (never
 * with DDL made from the model), and complete sample customers to store in it.
 */
final class CustomerFixture implements AutoCloseable {

    static final CustomersFactory F = CustomersFactory.eINSTANCE;

    private final AreaDatabase area;
    final FreshDatabase database;
    final Store store;

    CustomerFixture(DatabaseKind kind, Path home) throws Exception {
        area = AreaDatabase.open(kind, home, List.of(new CustomersModel()), List.of(), false);
        database = area.database;
        store = area.store;
    }

    /**
     * A customer with every feature set (key: a few digits), the same for the same key: built twice, the two are
     * EMF-equal. Amounts have scale 2 as their columns, instants whole seconds.
     */
    static Customer sample(String key) {
        Customer customer = F.createCustomer();
        customer.setReference("C-" + key);
        customer.setName("李娜 " + key);
        customer.setGender(Gender.FEMALE);
        customer.setBirthday(LocalDate.of(1988, 2, 29));
        customer.getImportantDates().add(importantDate("Wedding anniversary", LocalDate.of(2015, 10, 1)));
        customer.getImportantDates().add(importantDate("Daughter's birthday", LocalDate.of(2018, 6, 12)));
        customer.setOccupation("Architect");
        customer.setCompany("Huaxin Design");
        customer.setRegion("East");
        Address address = F.createAddress();
        address.setStreet("88 Nanjing Road");
        address.setCity("上海");
        address.setPostalCode("200001");
        address.setCountry("CN");
        customer.setAddress(address);
        customer.setChannel(Channels.WEB_SHOP);
        customer.getTags().addAll(List.of("frequent buyer", "eco-minded"));
        customer.setMarketingConsent(true);
        customer.setAccountManager("sam.sales");
        customer.setStatus(CustomerStatus.ACTIVE);
        customer.setCreatedAt(Instant.parse("2024-03-01T08:15:00Z"));
        customer.setLastConfirmedAt(Instant.parse("2026-01-10T12:00:00Z"));
        customer.setNotes("Prefers calls after 18:00.\nAsked about the loyalty programme.");
        customer.setIncome(new BigDecimal("250000.00"));
        customer.getPhones().add(phone("+86 138 0013 800" + key, "mobile", true));
        customer.getPhones().add(phone("021-6279-0000", "work", false));
        customer.getEmails().add(email(" Li.Na." + key + "@Example.COM", "private", true));
        customer.getEmails().add(email("LN@Huaxin-Design.example", "work", true));
        customer.getPurchases().add(purchase("2025-12-24T10:30:00Z", "1299.90", 1, "Espresso machine", Channels.STORE, "Shanghai Jing'an"));
        customer.getPurchases().add(purchase("2026-01-05T15:00:00Z", "59.80", 2, "Coffee beans 1 kg", Channels.WEB_SHOP, null));
        customer.getInteractions().add(interaction("2025-12-27T09:00:00Z", Channels.HOTLINE, InteractionType.CALL, Direction.OUTBOUND,
                "Follow-up: the machine works well.", "ada.agent"));
        customer.getInteractions().add(interaction("2026-01-06T11:20:00Z", Channels.WEB_SHOP, InteractionType.CHAT, Direction.INBOUND,
                "Asked for the delivery date of the beans.", "ada.agent"));
        return customer;
    }

    static ImportantDate importantDate(String label, LocalDate date) {
        ImportantDate importantDate = F.createImportantDate();
        importantDate.setLabel(label);
        importantDate.setDate(date);
        return importantDate;
    }

    static Phone phone(String number, String label, boolean valid) {
        Phone phone = F.createPhone();
        phone.setNumber(number);
        phone.setLabel(label);
        phone.setValid(valid);
        return phone;
    }

    static EmailAddress email(String address, String label, boolean valid) {
        EmailAddress email = F.createEmailAddress();
        email.setAddress(address);
        email.setLabel(label);
        email.setValid(valid);
        return email;
    }

    static Purchase purchase(String at, String amount, int quantity, String product, String channel, String store) {
        Purchase purchase = F.createPurchase();
        purchase.setAt(Instant.parse(at));
        purchase.setAmount(new BigDecimal(amount));
        purchase.setQuantity(quantity);
        purchase.setProduct(product);
        purchase.setChannel(channel);
        purchase.setStore(store);
        return purchase;
    }

    static Interaction interaction(String at, String channel, InteractionType type, Direction direction, String summary, String staff) {
        Interaction interaction = F.createInteraction();
        interaction.setAt(Instant.parse(at));
        interaction.setChannel(channel);
        interaction.setType(type);
        interaction.setDirection(direction);
        interaction.setSummary(summary);
        interaction.setStaffLogin(staff);
        return interaction;
    }

    /** Stores a customer in a unit of work of its own and returns its identity. */
    long add(Customer customer) {
        try (UnitOfWork work = store.begin()) {
            work.add(customer);
            work.commit();
        }
        return ((PersistentObject) customer).persistentId();
    }

    /** The first column of the first row of a query, through JDBC, behind the engine's back. */
    long count(String sql) throws Exception {
        return count(database.settings, sql);
    }

    /** The first column of the first row of a query on this database, through JDBC. */
    static long count(org.rapport.persistence.api.DatabaseSettings settings, String sql) throws Exception {
        try (Connection connection = DataSources.open(settings).getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Runs an SQL update through JDBC, behind the engine's back. */
    void execute(String sql) throws Exception {
        try (Connection connection = DataSources.open(database.settings).getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Override
    public void close() throws Exception {
        area.close();
    }
}
