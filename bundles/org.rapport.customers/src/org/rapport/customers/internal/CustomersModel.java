package org.rapport.customers.internal;

import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.persistence.api.ModelContribution;

/** The customer model (profiles and what they contain) with its changelog {@code db/changelog.xml}. */
@Component(service = ModelContribution.class)
public class CustomersModel implements ModelContribution {

    public static final String ID = "customers";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EPackage ePackage() {
        return CustomersPackage.eINSTANCE;
    }
}
