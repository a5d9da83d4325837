package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.BatchWriter;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.ConstraintViolationException;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.JournalEntry;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * Change journals (the audit trail's hook) see every change a commit writes, with the values
 * before and after, and their records are written in the same transaction or not at all.
 */
class ChangeJournalTest {

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;
    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;

    @TempDir
    Path home;

    /** Writes one entry per changed feature (one without a feature for an object with none). */
    static final class EntryJournal implements ChangeJournal {
        volatile boolean refuse;

        @Override
        public List<? extends EObject> record(List<ObjectChange> changes) {
            if (refuse) {
                throw new StoreException("refused by the journal", null);
            }
            List<JournalEntry> entries = new ArrayList<>();
            for (ObjectChange change : changes) {
                if (change.features().isEmpty()) {
                    entries.add(entry(change, null, null, null));
                }
                for (ObjectChange.FeatureChange feature : change.features()) {
                    entries.add(entry(change, feature.feature().getName(), text(feature.oldValue()), text(feature.newValue())));
                }
            }
            return entries;
        }

        private static JournalEntry entry(ObjectChange change, String feature, String oldValue, String newValue) {
            JournalEntry entry = F.createJournalEntry();
            entry.setKind(change.kind().name());
            entry.setSubject(change.object().eClass().getName() + "#" + change.id());
            entry.setFeature(feature);
            entry.setOldValue(oldValue);
            entry.setNewValue(newValue);
            return entry;
        }

        private static String text(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof PersistentObject object) {
                return object.eClass().getName() + "#" + object.persistentId();
            }
            if (value instanceof List<?> list) {
                return list.stream().map(EntryJournal::text).collect(Collectors.joining(",", "[", "]"));
            }
            return String.valueOf(value);
        }
    }

    private static List<String> entries(StoreFixture fixture) {
        try (UnitOfWork work = fixture.store.begin()) {
            List<JournalEntry> entries = work.query("SELECT e FROM JournalEntry e ORDER BY e.persistentId");
            return entries.stream().map(e -> String.join(" ", e.getKind(), e.getSubject(), String.valueOf(e.getFeature()),
                    String.valueOf(e.getOldValue()), "->", String.valueOf(e.getNewValue()))).toList();
        }
    }

    private static long id(Object object) {
        return ((PersistentObject) object).persistentId();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyCreateUpdateAndDeleteIsRecordedWithItsValuesInTheSameCommit(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            fixture.store.setJournals(List.of(new EntryJournal()));
            long customerId;
            long staffId;
            try (UnitOfWork work = fixture.store.begin()) {
                Staff staff = F.createStaff();
                staff.setLogin("li.na");
                Customer customer = F.createCustomer();
                customer.setReference("C-1");
                customer.setName("Wang Fang");
                customer.getTags().add("tea");
                work.add(staff);
                work.add(customer);
                work.commit();
                customerId = id(customer);
                staffId = id(staff);
            }
            String c = "Customer#" + customerId;
            String s = "Staff#" + staffId;
            assertEquals(List.of("CREATED " + s + " login null -> li.na", "CREATED " + c + " reference null -> C-1",
                    "CREATED " + c + " name null -> Wang Fang", "CREATED " + c + " tags null -> [tea]").stream().sorted().toList(),
                    entries(fixture).stream().sorted().toList());
            int before = entries(fixture).size();

            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = work.<Customer> find(P.getCustomer(), customerId).orElseThrow();
                customer.setName("Wang Fang-Fang");
                customer.getTags().add("coffee");
                customer.setAccountManager(work.<Staff> find(P.getStaff(), staffId).orElseThrow());
                work.commit();
            }
            assertEquals(List.of("UPDATED " + c + " name Wang Fang -> Wang Fang-Fang", "UPDATED " + c + " tags [tea] -> [tea,coffee]",
                    "UPDATED " + c + " accountManager null -> " + s), entries(fixture).subList(before, before + 3));
            before += 3;

            try (UnitOfWork work = fixture.store.begin()) {
                work.remove(work.<Customer> find(P.getCustomer(), customerId).orElseThrow());
                work.commit();
            }
            List<String> deleted = entries(fixture).subList(before, entries(fixture).size());
            assertEquals(List.of("DELETED " + c + " reference C-1 -> null", "DELETED " + c + " name Wang Fang-Fang -> null",
                    "DELETED " + c + " tags [tea,coffee] -> null", "DELETED " + c + " accountManager " + s + " -> null"), deleted);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRefusedCommitRecordsNothingAndItsRetryRecordsOnce(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            EntryJournal journal = new EntryJournal();
            fixture.store.setJournals(List.of(journal));
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = F.createCustomer();
                first.setReference("C-1");
                work.add(first);
                work.commit();
            }
            int before = entries(fixture).size();
            try (UnitOfWork work = fixture.store.begin()) {
                Customer duplicate = F.createCustomer();
                duplicate.setReference("C-1");
                work.add(duplicate);
                assertThrows(ConstraintViolationException.class, work::commit);
                assertEquals(before, entries(fixture).size(), "a failed commit left journal entries");
                duplicate.setReference("C-2");
                work.commit();
            }
            assertEquals(List.of("reference null -> C-2"),
                    entries(fixture).subList(before, entries(fixture).size()).stream().map(e -> e.substring(e.indexOf(' ', 8) + 1)).toList(),
                    "the retry must be recorded exactly once");

            journal.refuse = true;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer refused = F.createCustomer();
                refused.setReference("C-3");
                work.add(refused);
                assertThrows(StoreException.class, work::commit);
            }
            journal.refuse = false;
            try (UnitOfWork work = fixture.store.begin()) {
                assertTrue(work.query("SELECT c FROM Customer c WHERE c.reference = ?1", "C-3").isEmpty(), "the journal's refusal was ignored");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRandomSequenceOfEditsAppearsExactlyOnceInOrder(DatabaseKind kind) throws Exception {
        long seed = System.nanoTime();
        System.out.println("ChangeJournalTest seed " + seed + " on " + kind);
        Random random = new Random(seed);
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            fixture.store.setJournals(List.of(new EntryJournal()));
            List<String> names = new ArrayList<>();
            try (BatchWriter writer = fixture.store.batchWriter(10)) {
                Customer customer = F.createCustomer();
                customer.setReference("R-1");
                customer.setName("n0");
                writer.add(customer);
            }
            names.add("n0");
            try (UnitOfWork work = fixture.store.begin()) {
                Customer customer = work.<Customer> query("SELECT c FROM Customer c WHERE c.reference = ?1", "R-1").get(0);
                for (int commit = 1; commit <= 25; commit++) {
                    String name = "n" + commit + "-" + random.nextInt(1000);
                    customer.setName(name);
                    if (random.nextBoolean()) {
                        customer.setName(name); // the same value twice is one change
                    }
                    work.commit();
                    names.add(name);
                }
            }
            List<String> expected = new ArrayList<>();
            expected.add("null -> n0");
            for (int n = 1; n < names.size(); n++) {
                expected.add(names.get(n - 1) + " -> " + names.get(n));
            }
            List<String> recorded = entries(fixture).stream().filter(e -> e.contains(" name ")).map(e -> e.substring(e.indexOf(" name ") + 6)).toList();
            assertEquals(expected, recorded, () -> "seed " + seed);
        }
    }
}
