package org.rapport.security.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.PrivacyRequests;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.security.model.AuditEntry;
import org.rapport.security.model.SecurityPackage;
import org.rapport.security.model.SubjectKey;

import com.google.gson.stream.JsonWriter;

/**
 * Personal-data requests over every contributed model, from what the models declare: which
 * classes are data subjects ({@code subject}) and which attributes are personal ({@code personal},
 * {@code erased}). The permission is checked first; the request then reads everything about the
 * subject, field rules aside, because the person asking is owed all of it.
 */
@Component(service = PrivacyRequests.class)
public class PrivacyService implements PrivacyRequests {

    @Reference
    private Store store;
    @Reference
    private CurrentUser current;
    @Reference
    private AuditLog auditLog;
    @Reference
    private ClockService clock;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<ModelContribution> contributions = List.of();

    /** For DS. */
    public PrivacyService() {
    }

    /** For tests. */
    public PrivacyService(Store store, CurrentUser current, AuditLog auditLog, ClockService clock, List<ModelContribution> contributions) {
        this.store = store;
        this.current = current;
        this.auditLog = auditLog;
        this.clock = clock;
        this.contributions = List.copyOf(contributions);
    }

    @Override
    public Summary export(String reference, Writer out) throws IOException {
        SessionUser user = current.require();
        List<EObject> holdings;
        Summary summary;
        try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
            EObject subject = subject(work, reference, user, Action.EXPORT, Messages.privacy_export_refused);
            holdings = holdings(work, subject);
            int personal = 0;
            try (JsonWriter json = new JsonWriter(out)) {
                json.setIndent("  ");
                json.beginObject();
                json.name("exportedBy").value(user.displayName() + " (" + user.login() + ")");
                json.name("exportedAt").value(clock.now().toString());
                json.name("subject").value(name(subject));
                json.name("reference").value(reference);
                json.name("objects").beginArray();
                for (EObject object : holdings) {
                    personal += writeObject(json, object);
                }
                json.endArray();
                json.name("audit").beginArray();
                writeAudit(json, work, holdings);
                json.endArray();
                json.endObject();
            }
            summary = new Summary(label(subject, reference), holdings.size(), personal);
        }
        auditLog.recordExport(holdings, NLS.bind(Messages.privacy_export_what, summary.subject()));
        return summary;
    }

    @Override
    public Summary erase(String reference) {
        SessionUser user = current.require();
        Summary summary;
        // the subject's key goes too: with it left in an old page, the audit log's values could be read again
        Set<EClass> touched = new LinkedHashSet<>(List.of(SecurityPackage.Literals.SUBJECT_KEY));
        try (SystemWork system = SystemWork.begin(); UnitOfWork work = store.begin()) {
            EObject subject = subject(work, reference, user, Action.DELETE, Messages.privacy_erase_refused);
            List<EObject> holdings = holdings(work, subject);
            String key = SubjectKeys.subjectName(subject);
            SubjectKeys.erasing(key);
            try {
                int erased = 0;
                for (EObject object : holdings) {
                    erased += erase(object);
                    touched.add(object.eClass());
                }
                List<SubjectKey> keys = work.query("SELECT k FROM SubjectKey k WHERE k.subject = ?1", key);
                keys.forEach(work::remove);
                work.commit();
                summary = new Summary(label(subject, reference), holdings.size(), erased);
            } finally {
                SubjectKeys.erased(key);
            }
        }
        // committed values are gone from the tables, but not yet from the database's files
        try {
            store.scrub(touched);
        } catch (StoreException e) {
            throw new StoreException(NLS.bind(Messages.privacy_erase_not_scrubbed, summary.subject(), e.getMessage()), e);
        }
        return summary;
    }

    /**
     * The one subject with this reference, of whichever subject class has it, among the areas
     * where the user may do this. The permission is checked before anything is looked up: a user
     * who may not gets the same refusal for a reference that exists and for one that does not, so
     * the answer does not tell which customers exist (issue 14, defect 8).
     */
    private EObject subject(UnitOfWork work, String reference, SessionUser user, Action action, String refusal) {
        List<EObject> found = new ArrayList<>();
        Optional<String> forbidden = Optional.empty();
        for (EClass eClass : classes()) {
            Optional<EAttribute> by = ModelAccess.subjectAttribute(eClass);
            // the class that declares it: a query on it finds its subclasses' records too
            boolean declared = by.isPresent() && eClass.getESuperTypes().stream().noneMatch(s -> ModelAccess.subjectAttribute(s).isPresent());
            if (!declared) {
                continue;
            }
            Optional<String> area = ModelAccess.area(eClass);
            if (area.isPresent() && !user.may(area.get(), action)) {
                forbidden = forbidden.or(() -> area);
                continue;
            }
            found.addAll(work.<EObject>query("SELECT s FROM " + eClass.getName() + " s WHERE s." + by.get().getName() + " = ?1", reference));
        }
        if (found.isEmpty() && forbidden.isPresent()) {
            throw new AccessDeniedException(NLS.bind(refusal, new Object[] { user.login(), forbidden.get(), reference }));
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException(NLS.bind(found.isEmpty() ? Messages.privacy_no_subject : Messages.privacy_many_subjects, reference));
        }
        return found.get(0);
    }

    /** A subject as messages name it: its class and the reference it was asked for by, never its internal id. */
    private static String label(EObject subject, String reference) {
        return subject.eClass().getName() + " '" + reference + "'";
    }

    /** The subject, what it contains, and the records of any model that refer to it (with what they contain). */
    private List<EObject> holdings(UnitOfWork work, EObject subject) {
        Set<EObject> holdings = new LinkedHashSet<>();
        addWithContents(holdings, subject);
        for (UnitOfWork.Referrer referrer : work.referrers(subject)) {
            addWithContents(holdings, referrer.referrer());
        }
        return List.copyOf(holdings);
    }

    private static void addWithContents(Collection<EObject> holdings, EObject object) {
        holdings.add(object);
        for (TreeIterator<EObject> contents = object.eAllContents(); contents.hasNext();) {
            holdings.add(contents.next());
        }
    }

    private List<EClass> classes() {
        List<EClass> classes = new ArrayList<>();
        for (ModelContribution contribution : contributions) {
            for (EClassifier classifier : contribution.ePackage().getEClassifiers()) {
                if (classifier instanceof EClass eClass && !eClass.isInterface()) {
                    classes.add(eClass);
                }
            }
        }
        return classes;
    }

    /** Writes one object's values; containment children are objects of their own, naming their container. Returns its personal values. */
    private static int writeObject(JsonWriter json, EObject object) throws IOException {
        int personal = 0;
        json.beginObject();
        json.name("object").value(name(object));
        if (object.eContainer() != null) {
            json.name("in").value(name(object.eContainer()));
        }
        json.name("values").beginObject();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
                continue;
            }
            Object value = object.eGet(feature);
            if (feature instanceof EAttribute attribute && ModelAccess.personal(attribute) && value != null
                    && !(value instanceof Collection<?> list && list.isEmpty())) {
                personal++;
            }
            json.name(feature.getName());
            if (value instanceof Collection<?> list) {
                json.beginArray();
                for (Object element : list) {
                    json.value(AuditTrail.render(element));
                }
                json.endArray();
            } else if (value == null) {
                json.nullValue();
            } else if (value instanceof Number number) {
                json.value(number);
            } else if (value instanceof Boolean flag) {
                json.value(flag);
            } else {
                json.value(AuditTrail.render(value));
            }
        }
        json.endObject();
        json.endObject();
        return personal;
    }

    /** The audit log's entries about these objects, personal values read with the subject's key. */
    private static void writeAudit(JsonWriter json, UnitOfWork work, List<EObject> holdings) throws IOException {
        Map<String, Optional<byte[]>> keys = new HashMap<>();
        for (EObject object : holdings) {
            List<AuditEntry> entries = work.query("SELECT e FROM AuditEntry e WHERE e.objectId = ?1 AND e.objectClass = ?2 ORDER BY e.recordedAt, e.persistentId",
                    id(object), AuditTrail.className(object.eClass()));
            for (AuditEntry entry : entries) {
                json.beginObject();
                json.name("at").value(entry.getRecordedAt().toString());
                json.name("user").value(entry.getLogin());
                json.name("action").value(entry.getAction().getLiteral());
                json.name("object").value(name(object));
                String newValue = SubjectKeys.openNewValue(work, entry, keys, Messages.audit_value_erased);
                if (entry.getFeature() == null && CreationValues.isValues(newValue)) {
                    // a creation: all the object's values, as an object of their own
                    json.name("values").beginObject();
                    for (Map.Entry<String, String> value : CreationValues.read(newValue).entrySet()) {
                        json.name(value.getKey()).value(value.getValue());
                    }
                    json.endObject();
                } else {
                    json.name("feature").value(entry.getFeature());
                    json.name("old").value(SubjectKeys.open(work, entry.getOldValue(), keys, Messages.audit_value_erased));
                    json.name("new").value(newValue);
                }
                json.endObject();
            }
        }
    }

    /** Clears an object's personal attributes, or sets what its model says an erasure writes. Returns how many held a value. */
    private static int erase(EObject object) {
        int erased = 0;
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!ModelAccess.personal(attribute) || attribute.isTransient() || attribute.isDerived()) {
                continue;
            }
            Object value = object.eGet(attribute);
            if (attribute.isMany()) {
                if (!((Collection<?>) value).isEmpty()) {
                    ((Collection<?>) value).clear();
                    erased++;
                }
                continue;
            }
            String literal = ModelAccess.erasedValue(attribute);
            Object replacement = literal == null ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), literal);
            if (value != null && !value.equals(replacement)) {
                erased++;
            }
            if (replacement == null) {
                object.eUnset(attribute);
            } else {
                object.eSet(attribute, replacement);
            }
        }
        return erased;
    }

    private static long id(EObject object) {
        return object instanceof PersistentObject persistent ? persistent.persistentId() : 0;
    }

    /** An object as people name it: {@code EClass#id}. */
    private static String name(EObject object) {
        return object.eClass().getName() + "#" + id(object);
    }
}
