package org.rapport.persistence.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.rapport.persistence.api.AccessPolicy;
import org.rapport.persistence.api.AccessPolicy.QueryUse;
import org.rapport.persistence.api.AccessPolicy.ReadRules;
import org.rapport.persistence.api.AccessPolicy.RowCondition;

/**
 * Read rules of a user who may reach every class and attribute but only some rows of some
 * classes, for tests of how the store applies row conditions; every query it was asked about is kept.
 */
final class RowConditionRules implements AccessPolicy, ReadRules {

    private final Function<EClass, Optional<RowCondition>> conditions;
    private final List<QueryUse> uses = new ArrayList<>();

    RowConditionRules(Function<EClass, Optional<RowCondition>> conditions) {
        this.conditions = conditions;
    }

    @Override
    public ReadRules rulesForNewWork() {
        return this;
    }

    @Override
    public boolean masks(EClass eClass, EAttribute attribute) {
        return false;
    }

    @Override
    public synchronized void checkQuery(QueryUse use) {
        uses.add(use);
    }

    @Override
    public Optional<RowCondition> rowCondition(EClass eClass) {
        return conditions.apply(eClass);
    }

    @Override
    public void checkFound(EObject object) {
        // not asked in these tests
    }

    /** The last query the store asked about. */
    synchronized QueryUse last() {
        return uses.get(uses.size() - 1);
    }
}
