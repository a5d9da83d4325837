package org.rapport.persistence.internal.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.persistence.indirection.ValueHolderInterface;
import org.eclipse.persistence.mappings.AttributeAccessor;
import org.rapport.persistence.api.PersistentObject;

/**
 * Reads and writes one EMF feature for EclipseLink, through {@code eGet}/{@code eSet}.
 * <p>
 * Two EMF behaviours must not leak into what EclipseLink does:
 * <ul>
 * <li>EclipseLink builds backup copies that share their children with the working copies: a
 * child that is already contained elsewhere is added with {@code basicAdd}, because a plain
 * {@code add} would take it away from its container;</li>
 * <li>a reference with an opposite is set without EMF's inverse handshake: EclipseLink loads
 * both ends from the same rows, and a handshake on a shared target would change it behind the
 * unit of work's back.</li>
 * </ul>
 * A lazy feature (lists and references) is exchanged with EclipseLink as a value holder: a holder
 * that was not read yet is parked in the object ({@link PersistentObject#internalSetPending}) and
 * read on the feature's first use; once read, the feature's value lives in the EMF object only,
 * and EclipseLink sees it through a {@link LiveValue}.
 */
class FeatureAccessor extends AttributeAccessor {

    private static final long serialVersionUID = 1L;

    private final transient EStructuralFeature feature;
    private final boolean lazy;

    FeatureAccessor(EStructuralFeature feature, boolean lazy) {
        this.feature = feature;
        this.lazy = lazy;
        setAttributeName(feature.getName());
    }

    EStructuralFeature feature() {
        return feature;
    }

    @Override
    public void initializeAttributes(Class<?> descriptorClass) {
        // nothing to look up: EMF's reflective API reaches every feature
    }

    @Override
    public Class<?> getAttributeClass() {
        // the model's type even for a lazy feature: EclipseLink checks that ordered lists are lists
        return feature.isMany() ? List.class : feature.getEType().getInstanceClass();
    }

    @Override
    public Object getAttributeValueFromObject(Object object) {
        if (lazy) {
            PersistentObject.PendingValue pending = ((PersistentObject) object).internalPending(feature);
            return pending instanceof HeldValue held ? held.holder : new LiveValue((EObject) object);
        }
        return currentValue(object);
    }

    /** The feature's value as the EMF object holds it now, without loading anything. */
    private Object currentValue(Object object) {
        EObject eObject = (EObject) object;
        if (!feature.isMany() && feature instanceof EAttribute && feature.isUnsettable() && !eObject.eIsSet(feature)) {
            return null;
        }
        return eObject.eGet(feature, false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setAttributeValueInObject(Object object, Object value) {
        if (lazy && value instanceof ValueHolderInterface<?> holder) {
            PersistentObject owner = (PersistentObject) object;
            if (feature instanceof EReference reference && reference.isContainer()) {
                // the container's list sets the container: reading that list is what loads it
                owner.internalSetPending(feature, new HeldValue(holder, () -> {
                    Object container = holder.getValue();
                    if (container != null) {
                        ((EObject) container).eGet(reference.getEOpposite(), false);
                    }
                }));
            } else if (holder instanceof LiveValue live && live.owner == object) {
                // EclipseLink hands an object's own value back: nothing to do
            } else if (holder.isInstantiated()) {
                owner.internalDropPending(feature);
                setValue(owner, holder.getValue());
            } else {
                owner.internalSetPending(feature, new HeldValue(holder, () -> setValue(owner, holder.getValue())));
            }
            return;
        }
        setValue(object, value);
    }

    @SuppressWarnings("unchecked")
    private void setValue(Object object, Object value) {
        InternalEObject eObject = (InternalEObject) object;
        if (feature.isMany()) {
            setList(eObject, (EList<Object>) eObject.eGet(feature, false), (Collection<?>) value);
        } else if (feature instanceof EReference reference && reference.isContainer()) {
            // the container's list sets the container: setting it here would make EMF believe the
            // object is already in that list, and the list would then refuse it
            return;
        } else if (feature instanceof EReference reference && reference.getEOpposite() != null && !reference.isContainment()) {
            setWithoutHandshake(eObject, reference, (InternalEObject) value);
        } else if (value == null && feature.getEType().getInstanceClass() != null && feature.getEType().getInstanceClass().isPrimitive()) {
            eObject.eUnset(feature);
        } else {
            eObject.eSet(feature, value);
        }
    }

    private void setList(InternalEObject owner, EList<Object> list, Collection<?> value) {
        if (value == list) {
            return;
        }
        List<Object> elements = value == null ? List.of() : new ArrayList<>(value);
        if (feature instanceof EAttribute) {
            // values, possibly repeated: no containment or opposites to look after
            if (!list.equals(elements)) {
                list.clear();
                list.addAll(elements);
            }
            return;
        }
        InternalEList<Object> internal = (InternalEList<Object>) list;
        EReference reference = (EReference) feature;
        boolean containment = reference.isContainment();
        boolean handshake = containment || reference.getEOpposite() == null;
        // remove what is no longer there; basicRemove keeps the removed element's own state
        for (Object present : new ArrayList<>(list)) {
            if (!elements.contains(present)) {
                internal.basicRemove(present, null);
            }
        }
        for (int index = 0; index < elements.size(); index++) {
            Object element = elements.get(index);
            int at = list.indexOf(element);
            if (at == index) {
                continue;
            }
            if (containment && reference.getEOpposite() != null && element instanceof PersistentObject child) {
                // this list is what sets the child's container: nothing is left to read for it
                child.internalDropPending(reference.getEOpposite());
            }
            EObject container = containment ? ((EObject) element).eContainer() : null;
            boolean containedElsewhere = container != null && container != owner;
            // an object appended while the list was not read names its container already, and a
            // plain add would first take it out of that container, that is out of this very list
            boolean containedHere = container == owner && ((EObject) element).eContainmentFeature() == reference;
            if (at >= 0) {
                list.move(index, at);
            } else if (handshake && !containedElsewhere && !containedHere) {
                list.add(index, element);
            } else {
                internal.basicAdd(element, null);
                list.move(index, list.size() - 1);
            }
        }
    }

    private static void setWithoutHandshake(InternalEObject owner, EReference reference, InternalEObject target) {
        int featureId = owner.eClass().getFeatureID(reference);
        Object current = owner.eGet(reference, false);
        if (current == target) {
            return;
        }
        if (target == null) {
            owner.eInverseRemove((InternalEObject) current, featureId, null, null);
        } else {
            owner.eInverseAdd(target, featureId, null, null);
        }
    }

    /**
     * The same pending read, followed by more work once the value is in the object; EclipseLink
     * still sees its holder, not read.
     */
    static PersistentObject.PendingValue followedBy(PersistentObject.PendingValue pending, Runnable after) {
        if (pending instanceof HeldValue held) {
            return new HeldValue(held.holder, () -> {
                held.reader.run();
                after.run();
            });
        }
        return () -> {
            pending.load();
            after.run();
        };
    }

    /** A stored value not read yet: EclipseLink's holder, and how to put its value into the object. */
    private record HeldValue(ValueHolderInterface<?> holder, Runnable reader) implements PersistentObject.PendingValue {
        @Override
        public void load() {
            reader.run();
        }
    }

    /** A feature's value once read: EclipseLink reads and writes it in the EMF object itself. */
    private final class LiveValue implements ValueHolderInterface<Object> {
        private final EObject owner;

        LiveValue(EObject owner) {
            this.owner = owner;
        }

        @Override
        public Object getValue() {
            return currentValue(owner);
        }

        @Override
        public void setValue(Object value) {
            FeatureAccessor.this.setValue(owner, value);
        }

        @Override
        public boolean isInstantiated() {
            return true;
        }

        @Override
        public Object clone() {
            return new LiveValue(owner);
        }
    }
}
