package org.rapport.persistence.internal.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;
import org.rapport.persistence.api.AccessPolicy.ReadRules;
import org.rapport.persistence.api.AccessPolicy.RowCondition;

/**
 * Masks the attributes a unit of work's reader may not see, in every object built from the
 * database: found, queried, streamed, or read on first use of a list or reference; and every
 * attribute of a row the reader may not see that a reference leads to, where the class says whose
 * a row is by an attribute of its own.
 * <p>
 * Descriptors are isolated: each unit of work builds objects in a client session of its own, and
 * its working copies and their backups are cloned from those. Masking there, as objects are
 * built, masks the working copy and the backup alike, so a masked value never looks changed and
 * is never written back. Objects a unit of work builds directly (reads inside a transaction) are
 * built after their backup, so the backup is masked as well.
 */
public final class ReadMasking extends DescriptorEventAdapter {

    /** The session property that holds the {@link Rules} of a client session. */
    public static final String RULES_PROPERTY = "rapport.readRules";

    private static final ReadMasking LISTENER = new ReadMasking();

    /** A unit of work's read rules, with the attributes they mask per descriptor worked out once. */
    public static final class Rules {

        private final ReadRules rules;
        private final Map<ClassDescriptor, List<DatabaseMapping>> masked = new IdentityHashMap<>();
        private final Map<ClassDescriptor, Optional<OwnRows>> ownRows = new IdentityHashMap<>();

        public Rules(ReadRules rules) {
            this.rules = rules;
        }

        public ReadRules rules() {
            return rules;
        }

        /** The mappings of the attributes masked in objects of this descriptor's class. */
        synchronized List<DatabaseMapping> masked(ClassDescriptor descriptor) {
            return masked.computeIfAbsent(descriptor, d -> {
                EClass eClass = EmfDescriptors.eClassOf(d);
                List<DatabaseMapping> mappings = new ArrayList<>();
                for (DatabaseMapping mapping : d.getMappings()) {
                    EStructuralFeature feature = EmfDescriptors.featureOf(mapping);
                    if (feature instanceof EAttribute attribute && !attribute.isMany() && rules.masks(eClass, attribute)) {
                        mappings.add(mapping);
                    }
                }
                return List.copyOf(mappings);
            });
        }

        /**
         * For a class whose rows the reader may see only in part, by an attribute of its own (a
         * customer's account manager): that attribute and the attributes to mask in another's row.
         */
        synchronized Optional<OwnRows> ownRows(ClassDescriptor descriptor) {
            return ownRows.computeIfAbsent(descriptor, d -> {
                Optional<RowCondition> condition = rules.rowCondition(EmfDescriptors.eClassOf(d));
                if (condition.isEmpty() || condition.get().path().size() != 1) {
                    return Optional.empty();
                }
                DatabaseMapping owner = d.getObjectBuilder().getMappingForAttributeName(condition.get().path().get(0));
                if (owner == null || !(EmfDescriptors.featureOf(owner) instanceof EAttribute)) {
                    return Optional.empty();
                }
                List<DatabaseMapping> attributes = d.getMappings().stream()
                        .filter(m -> EmfDescriptors.featureOf(m) instanceof EAttribute attribute && !attribute.isMany()).toList();
                return Optional.of(new OwnRows(owner, condition.get().value(), attributes));
            });
        }
    }

    /** The attribute that says whose a row is, the value the reader's rows hold, and what to mask in the others. */
    record OwnRows(DatabaseMapping owner, Object value, List<DatabaseMapping> attributes) {

        boolean readable(Object object) {
            return value.equals(owner.getAttributeValueFromObject(object));
        }
    }

    private ReadMasking() {
    }

    /**
     * Masks in the objects of these descriptors from now on. Only a store with an access policy
     * listens: every listener makes EclipseLink raise events for every object it builds.
     */
    public static void install(Collection<ClassDescriptor> descriptors) {
        for (ClassDescriptor descriptor : descriptors) {
            if (!descriptor.getEventManager().getEventListeners().contains(LISTENER)) {
                descriptor.getEventManager().addListener(LISTENER);
            }
        }
    }

    @Override
    public void postBuild(DescriptorEvent event) {
        mask(event);
    }

    @Override
    public void postRefresh(DescriptorEvent event) {
        mask(event);
    }

    private static void mask(DescriptorEvent event) {
        Session session = event.getSession();
        if (!(session.getProperty(RULES_PROPERTY) instanceof Rules rules)) {
            return;
        }
        ClassDescriptor descriptor = event.getDescriptor() != null ? event.getDescriptor() : session.getClassDescriptor(event.getObject());
        Object object = event.getObject();
        Object backup = session instanceof UnitOfWorkImpl work ? work.getCloneMapping().get(object) : null;
        Optional<OwnRows> own = rules.ownRows(descriptor);
        // queries carry the row condition; an object reached through a reference does not: another
        // user's customer read through a membership comes back with no values, as a query's row would not come back
        List<DatabaseMapping> masked = own.isPresent() && !own.get().readable(object) ? own.get().attributes() : rules.masked(descriptor);
        if (masked.isEmpty()) {
            return;
        }
        for (DatabaseMapping mapping : masked) {
            mapping.setAttributeValueInObject(object, null);
            if (backup != null && backup != object) {
                mapping.setAttributeValueInObject(backup, null);
            }
        }
    }
}
