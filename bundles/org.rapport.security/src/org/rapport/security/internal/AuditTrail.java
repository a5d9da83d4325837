package org.rapport.security.internal;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.LastChange;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.ObjectChange.FeatureChange;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SystemJob;
import org.rapport.security.model.AuditAction;
import org.rapport.security.model.AuditEntry;
import org.rapport.security.model.SecurityFactory;

/**
 * The audit trail: for every commit, one {@link AuditEntry} per new object holding all its values
 * and those of the new objects it contains, its parts ({@link CreationValues}, no feature; a new
 * customer with its e-mail address and phone is one entry), one per changed feature of an updated or deleted object (one
 * without a feature for an object that has none), stored in the same transaction, in the order the engine
 * reports the changes. It refuses any commit that changes or deletes an entry, so the log is
 * append-only for every service; the database's triggers refuse it for everyone else.
 * <p>
 * The signed-in user is looked up at each commit rather than injected: the user directory needs
 * the store, and the store needs this journal before it opens, so an injected reference would
 * make a cycle that restarts the three components in turn.
 */
@Component(service = ChangeJournal.class, reference = {
        @Reference(name = AuditTrail.CURRENT_USER, service = CurrentUser.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC),
        @Reference(name = AuditTrail.STORE, service = Store.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC) })
public class AuditTrail implements ChangeJournal {

    static final String CURRENT_USER = "currentUser";
    /** The store, looked up like the user: it needs this journal before it opens. */
    static final String STORE = "store";
    /** Annotation on a feature whose values the audit must not show: {@code values=masked} records them as {@link #MASKED}. */
    public static final String ANNOTATION = "http://rapport.org/audit";
    static final String MASKED = "***";
    /** The length of the value columns (see the model). */
    static final int VALUE_LENGTH = 4000;
    static final int LOGIN_LENGTH = 64;

    private static final SecurityFactory F = SecurityFactory.eINSTANCE;

    @Reference
    private ClockService clock;

    private Supplier<Optional<SessionUser>> user = Optional::empty;
    private SubjectKeys keys = new SubjectKeys(() -> null);

    /** For DS. */
    public AuditTrail() {
    }

    /** For tests: a trail with this clock and whoever this supplier says is signed in. */
    public AuditTrail(ClockService clock, Supplier<Optional<SessionUser>> user) {
        this.clock = clock;
        this.user = user;
    }

    @Activate
    void activate(ComponentContext context) {
        user = SignedIn.lookup(context, CURRENT_USER);
        keys = new SubjectKeys(() -> (Store) context.locateService(STORE));
    }

    /** For tests: the store the subjects' keys are read from, as the component looks it up (the store needs the trail first). */
    public void useStore(Store store) {
        keys = new SubjectKeys(() -> store);
    }

    /** The keys of the data subjects' personal values in this log. */
    SubjectKeys keys() {
        return keys;
    }

    @Override
    public List<? extends EObject> record(List<ObjectChange> changes) {
        for (ObjectChange change : changes) {
            if (change.object() instanceof AuditEntry && change.kind() != ObjectChange.Kind.CREATED) {
                throw new StoreException(NLS.bind(Messages.audit_append_only, change.kind() == ObjectChange.Kind.DELETED ? "DELETE" : "UPDATE"), null);
            }
        }
        String login = who(user.get());
        Instant at = clock.now();
        String commitId = UUID.randomUUID().toString();
        SubjectKeys.ForCommit personal = keys.new ForCommit(at, Creations.objects(changes));
        Creations creations = new Creations(personal, changes);
        List<AuditEntry> entries = new ArrayList<>();
        for (ObjectChange change : changes) {
            if (change.object() instanceof AuditEntry) {
                continue; // entries written through a unit of work (views, exports) are the log, not changes to it
            }
            AuditAction action = switch (change.kind()) {
            case CREATED -> AuditAction.CREATE;
            case UPDATED -> AuditAction.UPDATE;
            case DELETED -> AuditAction.DELETE;
            };
            if (action == AuditAction.CREATE) {
                if (!creations.isPart(change.object())) {
                    entries.addAll(creation(creations, change, at, login, commitId));
                }
                continue;
            }
            if (change.features().isEmpty()) {
                entries.add(entry(at, login, action, change.object().eClass(), change.id(), null, null, null, commitId));
            }
            for (FeatureChange feature : change.features()) {
                entries.add(entry(at, login, action, change.object().eClass(), change.id(), feature.feature().getName(),
                        creations.value(change.object(), feature.feature(), feature.oldValue()),
                        creations.value(change.object(), feature.feature(), feature.newValue()), commitId));
            }
        }
        List<EObject> records = new ArrayList<>(personal.newKeys());
        records.addAll(entries);
        return records;
    }

    /**
     * A new object's entries: one holding all its values and its parts' ({@link Creations}); when
     * they do not fit the value column, the object and each part in an entry of its own, and an
     * object whose values alone do not fit, one entry per feature as changes are recorded.
     */
    private static List<AuditEntry> creation(Creations creations, ObjectChange change, Instant at, String login, String commitId) {
        List<ObjectChange> parts = creations.parts(change.object());
        String all = change.features().isEmpty() && parts.isEmpty() ? null : creations.values(change, parts);
        if (all != null || change.features().isEmpty() && parts.isEmpty()) {
            return List.of(entry(at, login, AuditAction.CREATE, change.object().eClass(), change.id(), null, null, all, commitId));
        }
        List<AuditEntry> each = new ArrayList<>();
        if (!parts.isEmpty()) {
            String own = creations.values(change, List.of());
            if (own != null) {
                each.add(entry(at, login, AuditAction.CREATE, change.object().eClass(), change.id(), null, null, own, commitId));
            }
        }
        if (each.isEmpty()) {
            for (FeatureChange feature : change.features()) {
                each.add(entry(at, login, AuditAction.CREATE, change.object().eClass(), change.id(), feature.feature().getName(), null,
                        creations.value(change.object(), feature.feature(), feature.newValue()), commitId));
            }
        }
        for (ObjectChange part : parts) {
            if (part.object().eContainer() == change.object()) {
                each.addAll(creation(creations, part, at, login, commitId)); // with its own parts
            }
        }
        return each;
    }

    /** The newest create, update or delete of the object; views and exports store nothing. */
    @Override
    public Optional<LastChange> lastChange(UnitOfWork work, EClass eClass, long id) {
        List<AuditEntry> newest = work.page("SELECT e FROM AuditEntry e WHERE e.objectId = ?1 AND e.objectClass = ?2 AND e.action IN (?3, ?4, ?5)"
                + " ORDER BY e.recordedAt DESC, e.persistentId DESC", 0, 1, id, className(eClass), AuditAction.CREATE, AuditAction.UPDATE,
                AuditAction.DELETE);
        return newest.stream().findFirst().map(entry -> new LastChange(entry.getLogin(), entry.getRecordedAt()));
    }

    static AuditEntry entry(Instant at, String login, AuditAction action, EClass eClass, long id, String feature, String oldValue, String newValue,
            String commitId) {
        AuditEntry entry = F.createAuditEntry();
        entry.setRecordedAt(at);
        entry.setLogin(login);
        entry.setAction(action);
        entry.setObjectClass(className(eClass));
        entry.setObjectId(id);
        entry.setFeature(feature);
        entry.setOldValue(oldValue);
        entry.setNewValue(newValue);
        entry.setCommitId(commitId);
        return entry;
    }

    /** {@code nsURI#EClass}: unique across models, unlike the name alone. */
    static String className(EClass eClass) {
        return eClass.getEPackage().getNsURI() + "#" + eClass.getName();
    }

    /**
     * The signed-in user's login, or {@code system:} and the operating system's user: what ran
     * without a sign-in (the first administrator, maintenance commands) is still traceable.
     */
    static String who(Optional<SessionUser> signedIn) {
        // a system job names itself, whoever is signed in on the desktop that runs it
        String login = SystemJob.running().map(job -> "system:" + job)
                .orElseGet(() -> signedIn.map(SessionUser::login).orElseGet(() -> "system:" + System.getProperty("user.name", "?")));
        return login.length() <= LOGIN_LENGTH ? login : login.substring(0, LOGIN_LENGTH);
    }

    static String render(EStructuralFeature feature, Object value) {
        if (value == null) {
            return null;
        }
        EAnnotation audit = feature.getEAnnotation(ANNOTATION);
        if (audit != null && "masked".equals(audit.getDetails().get("values"))) {
            return MASKED;
        }
        return cut(render(value));
    }

    /** Readable text: references as {@code EClass#id}, lists as {@code [a, b]}, dates ISO-8601, enums by literal. */
    static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof PersistentObject object) {
            return object.eClass().getName() + "#" + object.persistentId();
        }
        if (value instanceof EObject object) {
            return object.eClass().getName();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(AuditTrail::render).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString(); // java.time's own text is ISO-8601
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        return String.valueOf(value);
    }

    /** Values longer than the column keep their start and say they were cut. */
    static String cut(String text) {
        return text.length() <= VALUE_LENGTH ? text : text.substring(0, VALUE_LENGTH - 1) + "\u2026";
    }
}
