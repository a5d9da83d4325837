package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.persistence.api.CommitEvents;
import org.rapport.persistence.api.ConstraintViolationException;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.Staff;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.testing.Services;

/**
 * After each successful commit the store posts one event naming what it created, changed and
 * deleted, per class, through the framework's real EventAdmin; failed and rolled-back units of
 * work post nothing.
 */
class CommitEventsTest {

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;
    private static final TestmodelPackage P = TestmodelPackage.eINSTANCE;
    private static final String CUSTOMER = CommitEvents.key(P.getCustomer());
    private static final String STAFF = CommitEvents.key(P.getStaff());

    @TempDir
    Path home;

    private final BlockingQueue<Event> commits = new LinkedBlockingQueue<>();
    private final BlockingQueue<Event> customerEvents = new LinkedBlockingQueue<>();
    private final List<ServiceRegistration<?>> registrations = new java.util.ArrayList<>();

    @BeforeEach
    void subscribe() {
        subscribe(CommitEvents.TOPIC, commits);
        subscribe(CommitEvents.topic(P.getCustomer()), customerEvents);
    }

    private void subscribe(String topic, BlockingQueue<Event> into) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, topic);
        registrations.add(Services.contextOf(EclipseLinkStore.class).registerService(EventHandler.class, into::add, properties));
    }

    @AfterEach
    void unsubscribe() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    private static long id(Object object) {
        return ((PersistentObject) object).persistentId();
    }

    private static Customer customer(String reference) {
        Customer customer = F.createCustomer();
        customer.setReference(reference);
        return customer;
    }

    private Event next(BlockingQueue<Event> queue) throws InterruptedException {
        Event event = queue.poll(10, TimeUnit.SECONDS);
        assertNotNull(event, "no commit event arrived");
        return event;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, long[]> byClass(Event event, String kind) {
        return (Map<String, long[]>) event.getProperty(kind);
    }

    @Test
    void oneCommitPostsOneEventNamingEveryCreatedChangedAndDeletedObject() throws Exception {
        try (StoreFixture fixture = StoreFixture.open(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.store.setEventAdmin(() -> Services.await(EventAdmin.class));
            long kept;
            long gone;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer a = customer("C-1");
                Customer b = customer("C-2");
                work.add(a);
                work.add(b);
                work.commit();
                kept = id(a);
                gone = id(b);
            }
            Event first = next(commits);
            assertArrayEquals(new long[] { Math.min(kept, gone), Math.max(kept, gone) }, sorted(byClass(first, CommitEvents.CREATED).get(CUSTOMER)));
            next(customerEvents);

            long created;
            long staff;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer c = customer("C-3");
                Staff li = F.createStaff();
                li.setLogin("li.na");
                work.add(c);
                work.add(li);
                work.<Customer> find(P.getCustomer(), kept).orElseThrow().setName("Wang Fang");
                work.remove(work.<Customer> find(P.getCustomer(), gone).orElseThrow());
                work.commit();
                created = id(c);
                staff = id(li);
            }
            Event commit = next(commits);
            assertEquals(List.of(CUSTOMER, STAFF), Arrays.stream((String[]) commit.getProperty(CommitEvents.CLASSES)).sorted().toList());
            assertEquals(Map.of(CUSTOMER, List.of(created), STAFF, List.of(staff)), lists(byClass(commit, CommitEvents.CREATED)));
            assertEquals(Map.of(CUSTOMER, List.of(kept)), lists(byClass(commit, CommitEvents.UPDATED)));
            assertEquals(Map.of(CUSTOMER, List.of(gone)), lists(byClass(commit, CommitEvents.DELETED)));

            Event customers = next(customerEvents);
            assertEquals(commit.getProperty(CommitEvents.COMMIT), customers.getProperty(CommitEvents.COMMIT), "the class event belongs to the same commit");
            assertEquals(P.getNsURI(), customers.getProperty(CommitEvents.NS_URI));
            assertEquals("Customer", customers.getProperty(CommitEvents.ECLASS));
            assertArrayEquals(new long[] { created }, (long[]) customers.getProperty(CommitEvents.CREATED));
            assertArrayEquals(new long[] { kept }, (long[]) customers.getProperty(CommitEvents.UPDATED));
            assertArrayEquals(new long[] { gone }, (long[]) customers.getProperty(CommitEvents.DELETED));
        }
    }

    @Test
    void aFailedOrRolledBackUnitOfWorkPostsNothing() throws Exception {
        try (StoreFixture fixture = StoreFixture.open(DatabaseKind.DERBY_EMBEDDED, home)) {
            fixture.store.setEventAdmin(() -> Services.await(EventAdmin.class));
            try (UnitOfWork work = fixture.store.begin()) {
                work.add(customer("C-1"));
                work.commit();
            }
            next(commits);
            try (UnitOfWork work = fixture.store.begin()) {
                work.add(customer("C-1"));
                assertThrows(ConstraintViolationException.class, work::commit);
            }
            try (UnitOfWork work = fixture.store.begin()) {
                work.add(customer("C-4"));
                // closed without a commit: rolled back
            }
            try (UnitOfWork work = fixture.store.begin()) {
                work.commit(); // nothing changed, nothing to announce
            }
            long marker;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer last = customer("C-5");
                work.add(last);
                work.commit();
                marker = id(last);
            }
            // events are delivered in the order they were posted: the next one must be the marker's
            Event next = next(commits);
            assertEquals(Map.of(CUSTOMER, List.of(marker)), lists(byClass(next, CommitEvents.CREATED)));
            assertEquals(Map.of(), byClass(next, CommitEvents.UPDATED));
            assertEquals(null, commits.poll(200, TimeUnit.MILLISECONDS));
        }
    }

    private static long[] sorted(long[] ids) {
        long[] copy = ids.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static Map<String, List<Long>> lists(Map<String, long[]> byClass) {
        return byClass.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Arrays.stream(e.getValue()).boxed().toList()));
    }
}
