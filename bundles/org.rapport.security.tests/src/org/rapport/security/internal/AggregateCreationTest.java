package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelLabels;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.ObjectChange.FeatureChange;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.AuditLog.Entry;
import org.rapport.security.model.AuditAction;
import org.rapport.security.model.AuditEntry;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A new customer created with the objects it contains (its addresses) is one creation entry
 * holding their values too: the log, a personal-data export and an erasure treat those values as
 * they treat the customer's own, and the personal values of the entry are sealed together with
 * the customer's key.
 */
class AggregateCreationTest {

    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;

    @TempDir
    Path home;

    /** As ada: customer C9 with two addresses, in one commit. */
    private static Customer createWithAddresses(EnforcedFixture f) throws Exception {
        f.signIn("ada");
        Customer c9 = EnforcedFixture.customer("C9", "Hu Jun", EnforcedFixture.staff("hu"));
        c9.getAddresses().add(address("Huaihai Road 8", "Hangzhou", "310000"));
        c9.getAddresses().add(address("Binjiang Road 2", "Ningbo", null));
        try (UnitOfWork work = f.store.begin()) {
            work.add(c9);
            work.commit();
        }
        return c9;
    }

    private static Address address(String street, String city, String postcode) {
        Address address = EnforcedFixture.T.createAddress();
        address.setStreet(street);
        address.setCity(city);
        address.setPostcode(postcode);
        return address;
    }

    private static long id(Object object) {
        return ((PersistentObject) object).persistentId();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aCustomerCreatedWithItsAddressesIsOneEntryThatAnExportReadsAndAnErasureShreds(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            Customer c9 = createWithAddresses(f);
            long first = id(c9.getAddresses().get(0));
            long second = id(c9.getAddresses().get(1));

            List<Entry> created = f.security.auditLog.entries(new AuditLog.Filter(null, null, "ada", null, null, AuditAction.CREATE), 0, 100).stream()
                    .filter(e -> e.objectClass().endsWith("#Customer") && e.objectId() == id(c9)
                            || e.objectClass().endsWith("#Address") && (e.objectId() == first || e.objectId() == second))
                    .toList();
            assertEquals(1, created.size(), () -> "one entry for the customer and its addresses: " + created);
            Entry entry = created.get(0);
            assertEquals(id(c9), entry.objectId());
            Map<String, String> values = entry.createdValues().orElseThrow();
            assertEquals("Hu Jun", values.get("name"));
            assertEquals("Address#" + first, values.get("addresses.0"));
            assertEquals("Huaihai Road 8", values.get("addresses.0.street"));
            assertEquals("Hangzhou", values.get("addresses.0.city"));
            assertEquals("310000", values.get("addresses.0.postcode"), "a value that is not personal");
            assertEquals("Address#" + second, values.get("addresses.1"));
            assertEquals("Ningbo", values.get("addresses.1.city"));
            assertFalse(values.containsKey("addresses.1.postcode"), "no value, no key");
            assertFalse(values.containsKey(CreationValues.SEALED), "readers see the values, not the envelope");
            assertEquals(ModelLabels.field(P.getCustomer_Addresses()) + " 2 \u203a " + ModelLabels.field(P.getAddress_City()),
                    ModelLabels.field(entry.objectClass(), "addresses.1.city"), "a part's field as the Audit view names it");

            // stored: the customer's personal values and its addresses' in one envelope, none in clear
            String stored = storedNewValue(f, id(c9));
            assertTrue(stored.contains("\"" + CreationValues.SEALED + "\":\"enc:"), stored);
            assertTrue(stored.contains("\"addresses.0.postcode\":\"310000\""), stored);
            for (String personal : List.of("Hu Jun", "Huaihai Road 8", "Hangzhou", "Ningbo")) {
                assertFalse(stored.contains(personal), personal + " in clear in " + stored);
            }
            assertEquals(1, count(stored, "enc:") - count(stored, "\"enc:\""), () -> "one sealed value, the rest places in it: " + stored);

            // the customer's export holds the addresses' values, read with the customer's key
            f.signIn("mo");
            StringWriter out = new StringWriter();
            f.privacy.export("C9", out);
            JsonObject creation = creationInExport(out.toString(), "Customer#" + id(c9));
            assertEquals("Huaihai Road 8", creation.get("addresses.0.street").getAsString(), out::toString);
            assertEquals("Binjiang Road 2", creation.get("addresses.1.street").getAsString(), out::toString);

            // erased: the entry stays, its personal values, the addresses' too, can no longer be read
            f.privacy.erase("C9");
            f.signIn("ada");
            Map<String, String> after = f.security.auditLog.entries(new AuditLog.Filter(null, null, "ada", "Customer", id(c9), AuditAction.CREATE), 0, 10)
                    .get(0).createdValues().orElseThrow();
            assertEquals("(erased)", after.get("name"));
            assertEquals("(erased)", after.get("addresses.0.street"));
            assertEquals("(erased)", after.get("addresses.1.city"));
            assertEquals("310000", after.get("addresses.0.postcode"), "what was not personal stays readable");
            assertEquals("C9", after.get("reference"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void anAddressAddedToAStoredCustomerKeepsAnEntryOfItsOwnAndChangesStayPerField(DatabaseKind kind) throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(kind, home)) {
            Customer c9 = createWithAddresses(f);
            Address added = address("Nanshan Road 5", "Shenzhen", null);
            try (UnitOfWork work = f.store.begin()) {
                Customer stored = work.<Customer>query("SELECT c FROM Customer c WHERE c.reference = ?1", "C9").get(0);
                stored.getAddresses().add(added);
                stored.getAddresses().get(0).setCity("Suzhou");
                work.commit();
            }
            List<Entry> entries = f.security.auditLog.entries(new AuditLog.Filter(null, null, "ada", "Address", null), 0, 100);
            Entry own = entries.stream().filter(e -> e.objectId() == id(added)).findFirst().orElseThrow(() -> new AssertionError(entries.toString()));
            assertEquals(AuditAction.CREATE, own.action());
            assertEquals("Shenzhen", own.createdValues().orElseThrow().get("city"));
            Entry moved = entries.stream().filter(e -> e.objectId() == id(c9.getAddresses().get(0))).findFirst().orElseThrow(() -> new AssertionError(entries.toString()));
            assertEquals(AuditAction.UPDATE, moved.action());
            assertEquals("city", moved.feature());
            assertEquals("Hangzhou", moved.oldValue());
            assertEquals("Suzhou", moved.newValue());
        }
    }

    @Test
    void aCreationWhosePartsDoNotFitOneEntryIsRecordedObjectByObject() {
        AuditTrail trail = new AuditTrail(() -> java.time.Clock.fixed(java.time.Instant.parse("2026-03-03T09:00:00Z"), java.time.ZoneOffset.UTC),
                Optional::empty);
        Customer customer = EnforcedFixture.T.createCustomer();
        customer.setReference("C7");
        Address big = address(null, null, "p".repeat(AuditTrail.VALUE_LENGTH - 100));
        Address small = address(null, null, "200000");
        customer.getAddresses().add(big);
        customer.getAddresses().add(small);
        List<ObjectChange> changes = List.of(new ObjectChange(ObjectChange.Kind.CREATED, customer, 1, List.of(new FeatureChange(P.getParty_Reference(), null, "C7"),
                new FeatureChange(P.getCustomer_Addresses(), null, List.copyOf(customer.getAddresses())))),
                new ObjectChange(ObjectChange.Kind.CREATED, big, 2, List.of(new FeatureChange(P.getAddress_Postcode(), null, big.getPostcode()))),
                new ObjectChange(ObjectChange.Kind.CREATED, small, 3, List.of(new FeatureChange(P.getAddress_Postcode(), null, "200000"))));
        List<String> entries = trail.record(changes).stream().map(e -> (AuditEntry) e)
                .map(e -> e.getObjectClass().substring(e.getObjectClass().indexOf('#') + 1) + "#" + e.getObjectId() + " " + e.getNewValue()).toList();
        assertEquals(List.of("Customer#1 {\"reference\":\"C7\",\"addresses\":\"[Address#0, Address#0]\"}",
                "Address#2 {\"postcode\":\"" + big.getPostcode() + "\"}", "Address#3 {\"postcode\":\"200000\"}"), entries,
                "each object in an entry of its own when together they do not fit");
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String storedNewValue(EnforcedFixture f, long id) throws Exception {
        try (Connection connection = DataSources.open(f.security.database.settings).getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT NEW_VALUE FROM SEC_AUDIT_ENTRY WHERE OBJECT_ID = ? AND OBJECT_CLASS LIKE '%#Customer' AND ACTION = 'CREATE'")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                assertEquals(1, values.size(), values::toString);
                return values.get(0);
            }
        }
    }

    /** The values of the creation entry about this object in a personal-data export. */
    private static JsonObject creationInExport(String export, String object) {
        for (JsonElement element : JsonParser.parseString(export).getAsJsonObject().getAsJsonArray("audit")) {
            JsonObject entry = element.getAsJsonObject();
            if ("CREATE".equals(entry.get("action").getAsString()) && object.equals(entry.get("object").getAsString()) && entry.has("values")) {
                return entry.getAsJsonObject("values");
            }
        }
        throw new AssertionError("no creation of " + object + " in " + export);
    }
}
