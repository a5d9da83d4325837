package org.rapport.security.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.ModelLabels;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.RecordNames;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.AuditAction;
import org.rapport.security.model.AuditEntry;
import org.rapport.security.model.User;

/**
 * Views and exports written to the audit log, and the log read back for administrators. Unlike
 * the trail (a change journal, which the store needs before it opens), this service uses the
 * store, so it may hold the current user directly.
 */
@Component(service = AuditLog.class)
public class AuditLogService implements AuditLog {

    @Reference
    private Store store;
    @Reference
    private CurrentUser current;
    @Reference
    private ClockService clock;
    /** The areas' names of their records; any number, coming and going with their bundles. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<RecordNames> recordNames = new CopyOnWriteArrayList<>();

    /** For DS. */
    public AuditLogService() {
    }

    /** For tests. */
    public AuditLogService(Store store, CurrentUser current, ClockService clock) {
        this.store = store;
        this.current = current;
        this.clock = clock;
    }

    @Override
    public void recordView(EObject object, EStructuralFeature feature) {
        write(List.of(object), AuditAction.VIEW, feature.getName(), null);
    }

    @Override
    public void recordExport(Collection<? extends EObject> objects, String what) {
        write(objects, AuditAction.EXPORT, null, AuditTrail.cut(what));
    }

    @Override
    public void recordExport(EClass eClass, long[] ids, String what) {
        write(Arrays.stream(ids).mapToObj(id -> new Recorded(eClass, id)).toList(), AuditAction.EXPORT, null, AuditTrail.cut(what));
    }

    @Override
    public void recordFiguresExport(EClass over, String what) {
        write(List.of(new Recorded(over, 0)), AuditAction.EXPORT, null, AuditTrail.cut(what));
    }

    /** What an entry is about. */
    private record Recorded(EClass eClass, long id) {
    }

    private void write(Collection<? extends EObject> objects, AuditAction action, String feature, String newValue) {
        write(objects.stream().map(object -> new Recorded(object.eClass(), id(object))).toList(), action, feature, newValue);
    }

    private void write(List<Recorded> objects, AuditAction action, String feature, String newValue) {
        if (objects.isEmpty()) {
            return;
        }
        String login = AuditTrail.who(current.get());
        Instant at = clock.now();
        String commitId = UUID.randomUUID().toString();
        try (UnitOfWork work = store.begin()) {
            for (Recorded object : objects) {
                work.add(AuditTrail.entry(at, login, action, object.eClass(), object.id(), feature, null, newValue, commitId));
            }
            work.commit();
        }
    }

    private static long id(EObject object) {
        if (!(object instanceof PersistentObject persistent) || persistent.persistentId() == 0) {
            throw new IllegalArgumentException(object.eClass().getName() + " is not a stored object: only stored objects are viewed or exported");
        }
        return persistent.persistentId();
    }

    @Override
    public List<Entry> entries(Filter filter, int first, int max) {
        try (UnitOfWork work = store.begin()) {
            requireAdministrator(work);
            StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE 1 = 1");
            List<Object> parameters = new ArrayList<>();
            if (filter.since() != null) {
                parameters.add(filter.since());
                jpql.append(" AND e.recordedAt >= ?").append(parameters.size());
            }
            if (filter.until() != null) {
                parameters.add(filter.until());
                jpql.append(" AND e.recordedAt < ?").append(parameters.size());
            }
            if (filter.login() != null) {
                parameters.add(filter.login());
                jpql.append(" AND e.login = ?").append(parameters.size());
            }
            if (filter.objectId() != null) {
                parameters.add(filter.objectId());
                jpql.append(" AND e.objectId = ?").append(parameters.size());
            }
            if (filter.action() != null) {
                parameters.add(filter.action());
                jpql.append(" AND e.action = ?").append(parameters.size());
            }
            if (filter.objectClass() != null && filter.objectClass().contains("#")) {
                parameters.add(filter.objectClass());
                jpql.append(" AND e.objectClass = ?").append(parameters.size());
            } else if (filter.objectClass() != null) {
                // by the EClass name alone: the stored name ends with it, after the package's URI
                parameters.add("%#" + filter.objectClass());
                jpql.append(" AND e.objectClass LIKE ?").append(parameters.size());
            }
            // recording time first: identities come from blocks each process reserves, so they order one process's entries only
            jpql.append(" ORDER BY e.recordedAt, e.persistentId");
            List<AuditEntry> entries = work.page(jpql.toString(), first, max, parameters.toArray());
            // personal values are read with their subject's key, while it exists
            Map<String, Optional<byte[]>> keys = new HashMap<>();
            return entries.stream().map(e -> new Entry(e.getRecordedAt(), e.getLogin(), e.getAction(), e.getObjectClass(), e.getObjectId(), e.getFeature(),
                    SubjectKeys.open(work, e.getOldValue(), keys, Messages.audit_value_erased),
                    SubjectKeys.openNewValue(work, e, keys, Messages.audit_value_erased), e.getCommitId())).toList();
        }
    }

    @Override
    public String recordName(String objectClass, long objectId) {
        for (RecordNames names : recordNames) {
            Optional<String> name = names.name(objectClass, objectId);
            if (name.isPresent()) {
                return name.get();
            }
        }
        return ModelLabels.type(objectClass) + " #" + objectId;
    }

    @Override
    public Optional<RecordNames.Record> recordByReference(String reference) {
        return recordNames.stream().map(names -> names.byReference(reference)).flatMap(Optional::stream).findFirst();
    }

    /** As for user administration, the role is read from the database: the session is a snapshot. */
    private void requireAdministrator(UnitOfWork work) {
        SessionUser session = current.require();
        List<User> users = work.query("SELECT u FROM User u WHERE u.login = ?1", session.login());
        boolean administrator = users.stream().filter(User::isEnabled)
                .anyMatch(u -> u.getRoles().stream().anyMatch(r -> r.getName().equals(Roles.ADMINISTRATOR)));
        if (!administrator) {
            throw new AccessDeniedException(NLS.bind(Messages.audit_administrators_only, session.login()));
        }
    }
}
