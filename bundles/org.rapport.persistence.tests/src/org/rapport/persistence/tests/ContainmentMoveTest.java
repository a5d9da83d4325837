package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Address;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Interaction;
import org.rapport.persistence.testmodel.Order;
import org.rapport.persistence.testmodel.OrderLine;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * A contained object moved to another container, plain EMF style, is stored as moved: it keeps
 * its identity, is in its new container only, and nothing is left behind or lost.
 */
class ContainmentMoveTest {

    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;
    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;

    @TempDir
    Path home;

    /** Two stored customers, each with two addresses, two orders of two lines, and two interactions. */
    private record Pair(long first, long second) {
    }

    private static Pair storeTwo(StoreFixture fixture) {
        return new Pair(MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("1")),
                MappingRoundTripTest.store(fixture, MappingRoundTripTest.build("2")));
    }

    private static Customer customer(UnitOfWork work, long id) {
        return work.<Customer> find(P.getCustomer(), id).orElseThrow();
    }

    private static List<Long> ids(List<? extends EObject> objects) {
        return objects.stream().map(o -> ((PersistentObject) o).persistentId()).toList();
    }

    private static List<Long> concat(List<Long> first, List<Long> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static long count(UnitOfWork work, String eClass) {
        return work.<Long> query("SELECT COUNT(x) FROM " + eClass + " x").get(0);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void oneContainedObjectMovesWithItsIdentity(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            Pair pair = storeTwo(fixture);
            List<Long> firstBefore;
            List<Long> secondBefore;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                firstBefore = ids(first.getAddresses());
                secondBefore = ids(second.getAddresses());
                second.getAddresses().add(first.getAddresses().get(0));
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                assertEquals(firstBefore.subList(1, 2), ids(first.getAddresses()));
                assertEquals(concat(secondBefore, firstBefore.subList(0, 1)), ids(second.getAddresses()));
                assertEquals("Shanghai", second.getAddresses().get(2).getCity());
                assertSame(second, second.getAddresses().get(2).eContainer());
                assertEquals(4, count(work, "Address"), "an address was lost or left behind");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void wholeListsMoveWithWhatTheyContain(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            Pair pair = storeTwo(fixture);
            List<Long> orders;
            List<Long> lines;
            List<Long> interactions;
            List<Long> secondOrders;
            List<Long> secondInteractions;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                orders = ids(first.getOrders());
                lines = ids(first.getOrders().get(1).getLines());
                interactions = ids(first.getInteractions());
                secondOrders = ids(second.getOrders());
                secondInteractions = ids(second.getInteractions());
                second.getOrders().addAll(first.getOrders());
                second.getInteractions().addAll(first.getInteractions());
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                assertTrue(first.getOrders().isEmpty());
                assertTrue(first.getInteractions().isEmpty());
                assertEquals(concat(secondOrders, orders), ids(second.getOrders()));
                assertEquals(concat(secondInteractions, interactions), ids(second.getInteractions()));
                Order moved = second.getOrders().get(3);
                assertSame(second, moved.getCustomer());
                assertEquals(lines, ids(moved.getLines()), "the moved order's lines");
                assertEquals(4, count(work, "Order"));
                assertEquals(8, count(work, "OrderLine"));
                assertEquals(4, count(work, "Interaction"));
                assertEquals(List.of("asked about delivery", "tasting"),
                        second.getInteractions().subList(2, 4).stream().map(Interaction::getSummary).toList());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void whatMovedOutOfADeletedContainerStays(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            Pair pair = storeTwo(fixture);
            List<Long> addresses;
            List<Long> orders;
            List<Long> secondAddresses;
            List<Long> secondOrders;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                addresses = ids(first.getAddresses());
                orders = ids(first.getOrders().subList(0, 1));
                secondAddresses = ids(second.getAddresses());
                secondOrders = ids(second.getOrders());
                second.getAddresses().addAll(first.getAddresses());
                second.getOrders().add(first.getOrders().get(0));
                work.remove(first);
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                assertTrue(work.find(P.getCustomer(), pair.first()).isEmpty(), "the duplicate is gone");
                Customer second = customer(work, pair.second());
                assertEquals(concat(secondAddresses, addresses), ids(second.getAddresses()));
                assertEquals(concat(secondOrders, orders), ids(second.getOrders()));
                assertEquals(2, second.getOrders().get(2).getLines().size());
                assertEquals(4, count(work, "Address"));
                // the order left in the deleted customer went with it, with its lines and interactions
                assertEquals(3, count(work, "Order"));
                assertEquals(6, count(work, "OrderLine"));
                assertEquals(2, count(work, "Interaction"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void nestedObjectsMoveBetweenContainersOfOneAndOfTwoOwners(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            Pair pair = storeTwo(fixture);
            long withinOwner;
            long acrossOwners;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                OrderLine line = first.getOrders().get(0).getLines().get(1);
                withinOwner = ((PersistentObject) line).persistentId();
                first.getOrders().get(1).getLines().add(0, line);
                OrderLine other = first.getOrders().get(0).getLines().get(0);
                acrossOwners = ((PersistentObject) other).persistentId();
                second.getOrders().get(1).getLines().add(other);
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                assertTrue(first.getOrders().get(0).getLines().isEmpty());
                assertEquals(3, first.getOrders().get(1).getLines().size());
                assertEquals(withinOwner, ids(first.getOrders().get(1).getLines()).get(0));
                assertEquals(3, second.getOrders().get(1).getLines().size());
                assertEquals(acrossOwners, ids(second.getOrders().get(1).getLines()).get(2));
                assertEquals("TEA-1", ((OrderLine) second.getOrders().get(1).getLines().get(2)).getProduct().getSku());
                assertEquals(8, count(work, "OrderLine"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void objectsMoveBetweenTwoFeaturesAndBack(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            Pair pair = storeTwo(fixture);
            List<Long> addresses;
            List<Long> secondAddresses;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                addresses = ids(first.getAddresses());
                secondAddresses = ids(second.getAddresses());
                first.getFormerAddresses().add(first.getAddresses().get(0));
                second.getFormerAddresses().add(first.getAddresses().get(0));
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                assertTrue(first.getAddresses().isEmpty(), "a moved address is still in its old list");
                assertEquals(addresses.subList(0, 1), ids(first.getFormerAddresses()));
                assertEquals(secondAddresses, ids(second.getAddresses()));
                assertEquals(addresses.subList(1, 2), ids(second.getFormerAddresses()));
                second.getAddresses().add(0, first.getFormerAddresses().get(0));
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                assertTrue(first.getFormerAddresses().isEmpty());
                assertEquals(concat(addresses.subList(0, 1), secondAddresses), ids(second.getAddresses()));
                assertEquals(addresses.subList(1, 2), ids(second.getFormerAddresses()));
                assertEquals(4, count(work, "Address"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void objectsMoveIntoANewContainer(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            Pair pair = storeTwo(fixture);
            List<Long> addresses;
            long created;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                addresses = ids(first.getAddresses());
                Customer split = F.createCustomer();
                split.setReference("C-3");
                split.getAddresses().addAll(first.getAddresses());
                work.add(split);
                work.commit();
                created = ((PersistentObject) split).persistentId();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                assertTrue(customer(work, pair.first()).getAddresses().isEmpty());
                assertEquals(addresses, ids(customer(work, created).getAddresses()));
                assertEquals(4, count(work, "Address"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void whatIsRemovedAndNotAddedElsewhereIsStillDeleted(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            Pair pair = storeTwo(fixture);
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                Address moved = first.getAddresses().get(0);
                second.getAddresses().add(moved);
                second.getAddresses().remove(moved); // moved, then dropped: an orphan
                first.getOrders().remove(0);
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                assertEquals(3, count(work, "Address"));
                assertEquals(3, count(work, "Order"));
                assertEquals(6, count(work, "OrderLine"), "the removed order's lines stayed");
                assertEquals(1, customer(work, pair.first()).getAddresses().size());
                assertEquals(2, customer(work, pair.second()).getAddresses().size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theJournalSeesAMoveAsTwoUpdatedListsAndNoDeletion(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            Pair pair = storeTwo(fixture);
            fixture.store.setJournals(List.of(new ChangeJournalTest.EntryJournal()));
            String moved;
            String kept;
            String secondAddresses;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer(work, pair.first());
                Customer second = customer(work, pair.second());
                moved = "Address#" + ids(first.getAddresses()).get(0);
                kept = "Address#" + ids(first.getAddresses()).get(1);
                secondAddresses = ids(second.getAddresses()).stream().map(id -> "Address#" + id).reduce((a, b) -> a + "," + b).orElseThrow();
                second.getAddresses().add(first.getAddresses().get(0));
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                List<String> entries = work.<org.rapport.persistence.testmodel.JournalEntry> query("SELECT e FROM JournalEntry e ORDER BY e.persistentId")
                        .stream().map(e -> String.join(" ", e.getKind(), e.getSubject(), String.valueOf(e.getFeature()), String.valueOf(e.getOldValue()),
                                "->", String.valueOf(e.getNewValue())))
                        .toList();
                assertTrue(entries.stream().noneMatch(e -> e.startsWith("DELETED")), () -> "a move recorded as a deletion: " + entries);
                assertTrue(entries.contains("UPDATED Customer#" + pair.first() + " addresses [" + moved + "," + kept + "] -> [" + kept + "]"),
                        () -> entries.toString());
                assertTrue(entries.contains("UPDATED Customer#" + pair.second() + " addresses [" + secondAddresses + "] -> [" + secondAddresses + ","
                        + moved + "]"), () -> entries.toString());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aMoveMadeWhileDetachedIsStoredByMerge(DatabaseKind kind) throws Exception {
        try (StoreFixture fixture = StoreFixture.open(kind, home)) {
            Pair pair = storeTwo(fixture);
            Customer first;
            Customer second;
            try (UnitOfWork work = fixture.store.begin()) {
                first = customer(work, pair.first());
                second = customer(work, pair.second());
                for (Customer customer : List.of(first, second)) {
                    customer.getAddresses().size();
                    customer.getOrders().forEach(order -> order.getLines().size());
                }
            }
            long address = ids(first.getAddresses()).get(0);
            long line = ids(first.getOrders().get(0).getLines()).get(0);
            second.getAddresses().add(first.getAddresses().get(0));
            first.getOrders().get(1).getLines().add(first.getOrders().get(0).getLines().get(0));
            try (UnitOfWork work = fixture.store.begin()) {
                work.merge(first);
                work.merge(second);
                work.commit();
            }
            try (UnitOfWork work = fixture.store.begin()) {
                Customer storedFirst = customer(work, pair.first());
                Customer storedSecond = customer(work, pair.second());
                assertEquals(1, storedFirst.getAddresses().size());
                assertEquals(address, ids(storedSecond.getAddresses()).get(2));
                assertEquals(1, storedFirst.getOrders().get(0).getLines().size());
                assertEquals(line, ids(storedFirst.getOrders().get(1).getLines()).get(2));
                assertEquals(4, count(work, "Address"));
                assertEquals(8, count(work, "OrderLine"));
            }
        }
    }
}
