package org.rapport.persistence.api;

import org.eclipse.emf.ecore.EPackage;

/**
 * A bundle's persistent model and its schema migrations, registered as an OSGi service (a DS
 * {@code @Component}) by the bundle that holds both: the store maps every class of the package to
 * tables, and before it opens, runs the contribution's Liquibase changelog with a history of its
 * own, as described in the extension guide.
 */
public interface ModelContribution {

    /**
     * A short, unique, stable name of the contributing area, such as {@code customers}: a letter
     * followed by at most 29 letters, digits or underscores. It names the contribution's history
     * tables ({@code RAPPORT_CL_<ID>}), so it must never change once released.
     */
    String id();

    /** The model whose classes are stored; generated with {@link PersistentObject} as root class. */
    EPackage ePackage();

    /**
     * Path of the root Liquibase changelog (XML or YAML) inside the bundle of the class that
     * implements this interface; its root element carries {@code logicalFilePath} = {@link #id()}.
     * The bundle's {@code build.properties} must list the folder in {@code bin.includes}.
     */
    default String changelog() {
        return "db/changelog.xml";
    }
}
