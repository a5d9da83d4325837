package org.rapport.persistence.api;

import java.beans.PropertyChangeListener;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.persistence.descriptors.changetracking.ChangeTracker;
import org.rapport.persistence.internal.ChangeForwarding;

/**
 * The root class of every persistent EMF class (set as {@code rootExtendsClass} in the genmodel).
 * <p>
 * While a unit of work manages the object, EclipseLink sets a change listener here and every EMF
 * notification is forwarded to it, so commits know exactly which features changed without
 * comparing the object against a backup clone.
 */
public abstract class PersistentObject extends MinimalEObjectImpl.Container implements ChangeTracker {

    private transient PropertyChangeListener changeListener;
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

    @Override
    public PropertyChangeListener _persistence_getPropertyChangeListener() {
        return changeListener;
    }

    @Override
    public void _persistence_setPropertyChangeListener(PropertyChangeListener listener) {
        this.changeListener = listener;
    }

    /** Generated setters only build notifications when someone listens; a unit of work does. */
    @Override
    public boolean eNotificationRequired() {
        return changeListener != null || super.eNotificationRequired();
    }

    @Override
    public void eNotify(Notification notification) {
        super.eNotify(notification);
        PropertyChangeListener listener = changeListener;
        if (listener != null) {
            ChangeForwarding.forward(this, notification, listener);
        }
    }
}
