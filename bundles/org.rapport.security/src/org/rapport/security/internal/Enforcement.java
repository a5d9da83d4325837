package org.rapport.security.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
import org.rapport.persistence.api.AccessPolicy;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.ObjectChange.FeatureChange;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SystemJob;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;

/**
 * The access rules, enforced by the store for every service: what the signed-in user may read
 * (the store masks, filters and refuses reads through {@link AccessPolicy}) and may write (this
 * journal refuses a commit before anything of it is written). Nobody signed in, or
 * {@link SystemWork}, or a {@link SystemJob}, is the system: the process of the account that owns the database.
 * <p>
 * The signed-in user is looked up, not injected, for the reason {@link AuditTrail} gives.
 */
@Component(service = { AccessPolicy.class, ChangeJournal.class }, reference = @Reference(name = Enforcement.CURRENT_USER, service = CurrentUser.class,
        cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC))
public class Enforcement implements AccessPolicy, ChangeJournal {

    static final String CURRENT_USER = "currentUser";

    private Supplier<Optional<SessionUser>> user = Optional::empty;

    /** For DS. */
    public Enforcement() {
    }

    /** For tests: rules for whoever this supplier says is signed in. */
    public Enforcement(Supplier<Optional<SessionUser>> user) {
        this.user = user;
    }

    @Activate
    void activate(ComponentContext context) {
        user = SignedIn.lookup(context, CURRENT_USER);
    }

    private Optional<SessionUser> restricted() {
        return SystemWork.active() || SystemJob.running().isPresent() ? Optional.empty() : user.get();
    }

    @Override
    public ReadRules rulesForNewWork() {
        return restricted().<ReadRules>map(UserRules::new).orElse(ReadRules.NONE);
    }

    @Override
    public List<? extends EObject> record(List<ObjectChange> changes) {
        Optional<SessionUser> signedIn = restricted();
        if (signedIn.isPresent()) {
            for (ObjectChange change : changes) {
                check(signedIn.get(), change);
            }
        }
        return List.of();
    }

    private static void check(SessionUser user, ObjectChange change) {
        EObject object = change.object();
        EClass eClass = object.eClass();
        Optional<String> area = ModelAccess.area(eClass);
        if (area.isEmpty()) {
            return;
        }
        Action action = switch (change.kind()) {
        case CREATED -> Action.CREATE;
        case UPDATED -> Action.UPDATE;
        case DELETED -> Action.DELETE;
        };
        String what = eClass.getName() + (change.id() == 0 ? "" : "#" + change.id());
        Optional<Scope> scope = user.scope(area.get(), action);
        if (scope.isEmpty()) {
            throw new AccessDeniedException(NLS.bind(Messages.access_write_refused, new Object[] { user.login(), Messages.actionName(action), area.get(), what }));
        }
        if (scope.get() == Scope.OWN) {
            checkOwn(user, change, what);
        }
        if (change.kind() == ObjectChange.Kind.DELETED) {
            return; // whether a record may go is the area's permission, not its fields'
        }
        for (FeatureChange feature : change.features()) {
            if (!(feature.feature() instanceof EAttribute attribute)) {
                continue;
            }
            FieldAccess access = user.fieldAccess(attribute).orElse(null);
            boolean creatingDefault = change.kind() == ObjectChange.Kind.CREATED && isDefault(attribute, feature.newValue());
            if (access != null && !creatingDefault) {
                throw new AccessDeniedException(NLS.bind(access == FieldAccess.HIDDEN ? Messages.access_field_hidden : Messages.access_field_read_only,
                        new Object[] { user.login(), eClass.getName() + "." + attribute.getName(), what }));
            }
        }
    }

    /** Own records only: the record is the user's before the change (unless new) and after it (unless deleted). */
    private static void checkOwn(SessionUser user, ObjectChange change, String what) {
        EObject owned = ModelAccess.owned(change.object()).orElse(null);
        if (owned == null) {
            throw new AccessDeniedException(NLS.bind(Messages.access_own_no_owner, new Object[] { user.login(), ModelAccess.area(change.object().eClass()).orElse(""), change.object().eClass().getName() }));
        }
        List<String> path = ModelAccess.ownerPath(owned.eClass()).orElseThrow();
        boolean mine = ModelAccess.follow(owned, path).map(user.login()::equals).orElse(false);
        if (change.kind() == ObjectChange.Kind.UPDATED && owned == change.object()) {
            // the first step of the owner path may change in this very commit: the old owner must be the user too
            for (FeatureChange feature : change.features()) {
                if (feature.feature().getName().equals(path.get(0))) {
                    Object before = feature.oldValue();
                    boolean wasMine = path.size() == 1 ? user.login().equals(before)
                            : before instanceof EObject old && ModelAccess.follow(old, path.subList(1, path.size())).map(user.login()::equals).orElse(false);
                    mine = mine && wasMine;
                }
            }
        }
        if (!mine) {
            throw new AccessDeniedException(NLS.bind(Messages.access_not_own, new Object[] { user.login(), change.object().eClass().getName(), what }));
        }
    }

    private static boolean isDefault(EStructuralFeature feature, Object value) {
        Object defaultValue = feature.getDefaultValue();
        return value == null || value.equals(defaultValue);
    }
}
