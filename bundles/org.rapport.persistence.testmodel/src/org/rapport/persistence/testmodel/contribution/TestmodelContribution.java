package org.rapport.persistence.testmodel.contribution;

import org.eclipse.emf.ecore.EPackage;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.testmodel.TestmodelPackage;

/**
 * The test model with its changelog ({@code db/changelog.xml} of this bundle). Not a DS component:
 * each test registers it while it needs it, so tests that bring their own models never see it.
 */
public final class TestmodelContribution implements ModelContribution {

    public static final String ID = "testmodel";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public EPackage ePackage() {
        return TestmodelPackage.eINSTANCE;
    }
}
