package org.rapport.persistence.api;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * The root class of every persistent EMF class (set as {@code rootExtendsClass} in the genmodel):
 * it carries the database identity and the optimistic-locking version, which are no features of
 * the model.
 */
public abstract class PersistentObject extends MinimalEObjectImpl.Container {

    private long persistentId;
    private long persistentVersion;

    /** The database identity of this object, 0 until it was first stored. */
    public long persistentId() {
        return persistentId;
    }

    /** How often this object was stored, as its row's version column says; 0 before the first store. */
    public long persistentVersion() {
        return persistentVersion;
    }

    /** For the persistence engine only: EclipseLink writes the generated identity here. */
    public void internalSetPersistentId(long id) {
        this.persistentId = id;
    }

    /** For the persistence engine only: EclipseLink writes the optimistic-locking version here. */
    public void internalSetPersistentVersion(long version) {
        this.persistentVersion = version;
    }
}
