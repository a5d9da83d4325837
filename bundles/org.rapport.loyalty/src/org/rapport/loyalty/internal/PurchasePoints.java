package org.rapport.loyalty.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Purchase;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.persistence.api.CommitReaction;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;

/**
 * Purchase records earn their points, and returns take them back, in the commit that stores them
 * (the profile, an import, the API alike): if the commit fails, no points were written. The
 * customers area knows nothing of this; an import of purchases whose points come from the old
 * system skips it by its {@link #ID}.
 * <p>
 * The ledger is looked up rather than injected: it needs the store, and the store needs its
 * reactions before it opens, so an injected reference would be a cycle (as the audit trail's is).
 */
@Component(service = CommitReaction.class)
public class PurchasePoints implements CommitReaction {

    /** The id the purchases import skips with {@code --no-points}. */
    public static final String ID = "loyalty-points";

    /** How long a commit waits for the ledger while the services start (the store may open first). */
    private static final long PATIENCE_MILLIS = 10_000;

    private Loyalty loyalty;

    /** For DS. */
    public PurchasePoints() {
    }

    /** For tests. */
    public PurchasePoints(Loyalty loyalty) {
        this.loyalty = loyalty;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    synchronized void bindLoyalty(Loyalty ledger) {
        this.loyalty = ledger;
        notifyAll();
    }

    synchronized void unbindLoyalty(Loyalty ledger) {
        if (this.loyalty == ledger) {
            this.loyalty = null;
        }
    }

    /**
     * The ledger, waiting a little for it when a commit comes while the services start: DS binds it
     * once the store it needs has opened, which may be just after the store's first commit began.
     */
    private synchronized Loyalty ledger() {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        try {
            while (loyalty == null && System.currentTimeMillis() < deadline) {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return loyalty;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<EClass> classes() {
        return Set.of(CustomersPackage.Literals.PURCHASE);
    }

    @Override
    public void created(UnitOfWork work, List<EObject> created) {
        if (!(ledger() instanceof LedgerService ledger)) {
            // storing purchases without their points would lose them for good: refuse instead
            throw new StoreException(Messages.points_unavailable, null);
        }
        ledger.purchasesStored(work, created.stream().map(Purchase.class::cast).toList());
    }
}
