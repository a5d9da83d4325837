package org.rapport.complaints.internal;

import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.persistence.api.ModelContribution;

/** The complaints model (complaints, calendars, policies, categories) with its changelog {@code db/changelog.xml}. */
@Component(service = ModelContribution.class)
public class ComplaintsModel implements ModelContribution {

    public static final String ID = "complaints";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EPackage ePackage() {
        return ComplaintsPackage.eINSTANCE;
    }
}
