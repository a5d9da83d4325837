package org.rapport.persistence.api;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * The root class of every persistent EMF class (set as {@code rootExtendsClass} in the genmodel,
 * with {@code featureDelegation="Dynamic"}): it carries the database identity and the
 * optimistic-locking version, which are no features of the model, and it loads lists and
 * references from the database when they are first used.
 * <p>
 * Lazy loading needs one place that sees every access to a feature. Generated code with dynamic
 * feature delegation reaches every feature through {@code eDynamicGet}, {@code eDynamicSet} and
 * their siblings, whether through a generated getter, reflection, an opposite's handshake or
 * {@code EcoreUtil}; this class loads a feature there, once, before EMF touches its value.
 */
public abstract class PersistentObject extends MinimalEObjectImpl.Container {

    /** Reads a feature's stored value into its object; handed over by the persistence engine. */
    public interface PendingValue {
        /** Puts the stored value into the owner's feature. */
        void load();
    }

    private long persistentId;
    private long persistentVersion;
    /** Features whose stored value is not read yet; null when there is none (the usual case once used). */
    private Map<EStructuralFeature, PendingValue> pending;

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

    /** For the persistence engine only: the feature's stored value will be read by {@code value} on first use. */
    public void internalSetPending(EStructuralFeature feature, PendingValue value) {
        if (pending == null) {
            pending = new IdentityHashMap<>(4);
        }
        pending.put(feature, value);
    }

    /** For the persistence engine only: what will read the feature's value, or null when it was read. */
    public PendingValue internalPending(EStructuralFeature feature) {
        return pending == null ? null : pending.get(feature);
    }

    /** For the persistence engine only: forgets the pending read, for a value set by other means. */
    public void internalDropPending(EStructuralFeature feature) {
        if (pending != null && pending.remove(feature) != null && pending.isEmpty()) {
            pending = null;
        }
    }

    /**
     * Whether the generated code routes every feature through {@code eDynamicGet}, which lazy
     * loading relies on; false for code generated without {@code featureDelegation="Dynamic"}.
     */
    public boolean internalHasDynamicFeatures() {
        return eStaticFeatureCount() == 0 || eClass().getFeatureCount() == 0;
    }

    /**
     * Loads the feature if it is pending; removed first, so what the load itself reads finds it
     * loaded. Silently: to adapters the value was always there, as in plain EMF.
     */
    private void load(EStructuralFeature feature) {
        if (pending != null) {
            PendingValue value = pending.remove(feature);
            if (value != null) {
                if (pending.isEmpty()) {
                    pending = null;
                }
                boolean deliver = eDeliver();
                eSetDeliver(false);
                try {
                    value.load();
                } finally {
                    eSetDeliver(deliver);
                }
            }
        }
    }

    /** A pending container reference is read before anyone asks who contains this object. */
    private void loadContainer() {
        if (pending != null) {
            for (EStructuralFeature feature : pending.keySet().toArray(EStructuralFeature[]::new)) {
                if (feature instanceof EReference reference && reference.isContainer()) {
                    load(feature);
                }
            }
        }
    }

    @Override
    public InternalEObject eInternalContainer() {
        loadContainer();
        return super.eInternalContainer();
    }

    @Override
    public int eContainerFeatureID() {
        loadContainer();
        return super.eContainerFeatureID();
    }

    @Override
    protected Object eDynamicGet(int dynamicFeatureID, EStructuralFeature eFeature, boolean resolve, boolean coreType) {
        load(eFeature);
        return super.eDynamicGet(dynamicFeatureID, eFeature, resolve, coreType);
    }

    @Override
    protected void eDynamicSet(int dynamicFeatureID, EStructuralFeature eFeature, Object newValue) {
        load(eFeature);
        super.eDynamicSet(dynamicFeatureID, eFeature, newValue);
    }

    @Override
    protected void eDynamicUnset(int dynamicFeatureID, EStructuralFeature eFeature) {
        load(eFeature);
        super.eDynamicUnset(dynamicFeatureID, eFeature);
    }

    @Override
    protected boolean eDynamicIsSet(int dynamicFeatureID, EStructuralFeature eFeature) {
        load(eFeature);
        return super.eDynamicIsSet(dynamicFeatureID, eFeature);
    }

    @Override
    protected NotificationChain eDynamicInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
        load(eClass().getEStructuralFeature(featureID));
        return super.eDynamicInverseAdd(otherEnd, featureID, msgs);
    }

    @Override
    protected NotificationChain eDynamicInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
        load(eClass().getEStructuralFeature(featureID));
        return super.eDynamicInverseRemove(otherEnd, featureID, msgs);
    }
}
