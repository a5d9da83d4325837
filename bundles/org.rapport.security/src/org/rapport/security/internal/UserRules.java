package org.rapport.security.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rapport.persistence.api.AccessPolicy.QueryUse;
import org.rapport.persistence.api.AccessPolicy.ReadRules;
import org.rapport.persistence.api.AccessPolicy.RowCondition;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;

/** What one signed-in user may read, as the store asks it: from the user's permissions and field rules and the model's declarations. */
final class UserRules implements ReadRules {

    private final SessionUser user;

    UserRules(SessionUser user) {
        this.user = user;
    }

    @Override
    public boolean masks(EClass eClass, EAttribute attribute) {
        Optional<String> area = ModelAccess.area(eClass);
        if (area.isEmpty()) {
            return false;
        }
        // an object of an area the user may not read, reached through a reference, shows nothing
        return !user.may(area.get(), Action.READ) || hidden(attribute);
    }

    private boolean hidden(EAttribute attribute) {
        return user.fieldAccess(attribute).orElse(null) == FieldAccess.HIDDEN;
    }

    @Override
    public void checkQuery(QueryUse use) {
        for (EClass eClass : use.classes()) {
            if (readScope(eClass).orElse(null) == Scope.OWN && ModelAccess.ownerPath(eClass).isEmpty() && !ownedThroughContainers(eClass, use, new HashSet<>())) {
                // which rows are the user's cannot be said in the query: refuse rather than show all
                throw new AccessDeniedException(
                        NLS.bind(Messages.access_own_no_owner, new Object[] { user.login(), ModelAccess.area(eClass).orElseThrow(), eClass.getName() }));
            }
        }
        for (EAttribute attribute : use.conditions()) {
            if (ModelAccess.area(attribute.getEContainingClass()).isPresent() && hidden(attribute)) {
                throw new AccessDeniedException(NLS.bind(Messages.access_query_hidden_field,
                        new Object[] { user.login(), attribute.getEContainingClass().getName() + "." + attribute.getName(), use.query() }));
            }
        }
    }

    /**
     * Whether the query reaches a class only through containment from classes whose rows it reads
     * for this user restricted to the user's own (a purchase is its customer's): a container the
     * user reads in full restricts nothing it contains.
     */
    private boolean ownedThroughContainers(EClass eClass, QueryUse use, Set<EClass> seen) {
        Set<EClass> containers = use.containers().get(eClass);
        if (containers == null || containers.isEmpty() || !seen.add(eClass)) {
            return false;
        }
        for (EClass container : containers) {
            boolean restricted = readScope(container).orElse(null) == Scope.OWN && ModelAccess.ownerPath(container).isPresent();
            if (!restricted && !ownedThroughContainers(container, use, seen)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Optional<RowCondition> rowCondition(EClass eClass) {
        Optional<String> area = ModelAccess.area(eClass);
        if (area.isEmpty() || user.scope(area.get(), Action.READ).orElse(null) != Scope.OWN) {
            return Optional.empty();
        }
        Optional<List<String>> path = ModelAccess.ownerPath(eClass);
        return path.map(p -> new RowCondition(p, user.login()));
    }

    @Override
    public void checkFound(EObject object) {
        EClass eClass = object.eClass();
        if (readScope(eClass).orElse(null) == Scope.OWN && !ModelAccess.owner(object).map(user.login()::equals).orElse(false)) {
            throw new AccessDeniedException(NLS.bind(Messages.access_not_own, new Object[] { user.login(), eClass.getName(), eClass.getName() + "#" + id(object) }));
        }
    }

    /**
     * How far the user may read records of a class: empty for a class of no area (not
     * restricted), else the scope.
     *
     * @throws AccessDeniedException if the user may not read the class's area at all
     */
    private Optional<Scope> readScope(EClass eClass) {
        Optional<String> area = ModelAccess.area(eClass);
        if (area.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(user.scope(area.get(), Action.READ).orElseThrow(
                () -> new AccessDeniedException(NLS.bind(Messages.access_read_refused, new Object[] { user.login(), area.get(), eClass.getName() }))));
    }

    static long id(EObject object) {
        return object instanceof PersistentObject persistent ? persistent.persistentId() : 0;
    }
}
