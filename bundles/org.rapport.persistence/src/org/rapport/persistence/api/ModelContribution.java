package org.rapport.persistence.api;

import org.eclipse.emf.ecore.EPackage;

/**
 * A bundle's persistent model, registered as an OSGi service (a DS {@code @Component}): the
 * store maps every class of the package to tables, as described in the extension guide.
 */
public interface ModelContribution {

    /** A short, unique, stable name of the contributing area, such as {@code customers}. */
    String id();

    /** The model whose classes are stored; generated with {@link PersistentObject} as root class. */
    EPackage ePackage();
}
