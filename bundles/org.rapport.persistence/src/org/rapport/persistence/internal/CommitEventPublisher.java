package org.rapport.persistence.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.emf.ecore.EClass;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.rapport.persistence.api.CommitEvents;
import org.rapport.persistence.api.ObjectChange.Kind;

/**
 * Posts the {@link CommitEvents} of a committed unit of work through EventAdmin, when one is
 * running. Posting is asynchronous: the committing thread (an import, the UI's background job)
 * never waits for subscribers.
 */
final class CommitEventPublisher {

    private static final Logger LOG = Logger.getLogger(CommitEventPublisher.class.getName());
    /** Numbers the commits of this store, so subscribers can tell which class events belong together. */
    private final AtomicLong commits = new AtomicLong();

    private final Supplier<EventAdmin> events;

    /** @param events the EventAdmin of the moment, or null while there is none (tools, some tests) */
    CommitEventPublisher(Supplier<EventAdmin> events) {
        this.events = events;
    }

    /** Whether commits need summarising at all: not without an EventAdmin. */
    boolean active() {
        return events.get() != null;
    }

    /** Called after the transaction committed; never fails the (already successful) commit. */
    void committed(CommitSummary summary) {
        EventAdmin admin = events.get();
        if (admin == null || summary == null || summary.isEmpty()) {
            return;
        }
        try {
            Long commit = commits.incrementAndGet();
            Map<String, long[]> created = new LinkedHashMap<>();
            Map<String, long[]> updated = new LinkedHashMap<>();
            Map<String, long[]> deleted = new LinkedHashMap<>();
            for (Map.Entry<EClass, CommitSummary.ClassChanges> entry : summary.classes().entrySet()) {
                EClass eClass = entry.getKey();
                CommitSummary.ClassChanges changes = entry.getValue();
                String key = CommitEvents.key(eClass);
                Map<String, Object> properties = new HashMap<>();
                properties.put(CommitEvents.COMMIT, commit);
                properties.put(CommitEvents.NS_URI, eClass.getEPackage().getNsURI());
                properties.put(CommitEvents.ECLASS, eClass.getName());
                properties.put(CommitEvents.CREATED, collect(changes, Kind.CREATED, key, created));
                properties.put(CommitEvents.UPDATED, collect(changes, Kind.UPDATED, key, updated));
                properties.put(CommitEvents.DELETED, collect(changes, Kind.DELETED, key, deleted));
                admin.postEvent(new Event(CommitEvents.topic(eClass), properties));
            }
            Map<String, Object> properties = new HashMap<>();
            properties.put(CommitEvents.COMMIT, commit);
            properties.put(CommitEvents.CLASSES, summary.classes().keySet().stream().map(CommitEvents::key).toArray(String[]::new));
            properties.put(CommitEvents.CREATED, Map.copyOf(created));
            properties.put(CommitEvents.UPDATED, Map.copyOf(updated));
            properties.put(CommitEvents.DELETED, Map.copyOf(deleted));
            admin.postEvent(new Event(CommitEvents.TOPIC, properties));
        } catch (RuntimeException e) {
            // the data are stored; a missed refresh must not turn a good commit into an error
            LOG.log(Level.WARNING, "commit events not posted", e);
        }
    }

    private static long[] collect(CommitSummary.ClassChanges changes, Kind kind, String key, Map<String, long[]> byClass) {
        long[] ids = changes.ids(kind);
        if (ids.length > 0) {
            byClass.put(key, ids);
        }
        return ids;
    }
}
