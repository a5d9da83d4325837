package org.rapport.security.internal;

import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.security.model.SecurityPackage;

/** The security model (users, roles, permissions) with its changelog {@code db/changelog.xml}. */
@Component(service = ModelContribution.class)
public class SecurityModel implements ModelContribution {

    public static final String ID = "security";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EPackage ePackage() {
        return SecurityPackage.eINSTANCE;
    }
}
