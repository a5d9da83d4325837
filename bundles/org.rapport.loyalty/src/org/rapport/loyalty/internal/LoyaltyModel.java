package org.rapport.loyalty.internal;

import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.persistence.api.ModelContribution;

/** The loyalty model (ledger, debts, tiers, memberships) with its changelog {@code db/changelog.xml}. */
@Component(service = ModelContribution.class)
public class LoyaltyModel implements ModelContribution {

    public static final String ID = "loyalty";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EPackage ePackage() {
        return LoyaltyPackage.eINSTANCE;
    }
}
