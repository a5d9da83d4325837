package org.rapport.transfer.internal;

import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.transfer.model.TransferPackage;

/** The transfer model (import runs) with its changelog {@code db/changelog.xml}, which copies the customers' earlier runs. */
@Component(service = ModelContribution.class)
public class TransferModel implements ModelContribution {

    public static final String ID = "transfer";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EPackage ePackage() {
        return TransferPackage.eINSTANCE;
    }
}
