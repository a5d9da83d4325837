package org.rapport.loyalty.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.ObjectChange;
import org.rapport.persistence.api.StoreException;

/**
 * Keeps the ledger append-only for every service: a commit that changes or deletes a ledger entry,
 * what it consumed, a debt, a tier change or a redemption is refused before anything is written.
 * One change is allowed: the customer an entry, debt or redemption belongs to, which a merge of
 * duplicate customers moves to the survivor (the points go with the person).
 */
@Component(service = ChangeJournal.class)
public class LedgerJournal implements ChangeJournal {

    private static final LoyaltyPackage P = LoyaltyPackage.eINSTANCE;
    private static final Set<EClass> APPEND_ONLY = Set.of(P.getLedgerEntry(), P.getConsumption(), P.getDebt(), P.getTierChange(), P.getRedemption());
    private static final Set<EStructuralFeature> MOVABLE = Set.of(P.getLedgerEntry_Customer(), P.getDebt_Customer(), P.getRedemption_Customer());

    @Override
    public List<EObject> record(List<ObjectChange> changes) {
        for (ObjectChange change : changes) {
            if (change.kind() == ObjectChange.Kind.CREATED || !APPEND_ONLY.contains(change.object().eClass())) {
                continue;
            }
            boolean moved = change.kind() == ObjectChange.Kind.UPDATED && change.features().stream().allMatch(f -> MOVABLE.contains(f.feature()));
            if (!moved) {
                throw new StoreException(NLS.bind(Messages.ledger_append_only, change.kind() == ObjectChange.Kind.DELETED ? "DELETE" : "UPDATE"), null);
            }
        }
        return List.of();
    }
}
