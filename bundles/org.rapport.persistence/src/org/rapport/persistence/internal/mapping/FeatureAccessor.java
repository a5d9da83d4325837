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
import org.eclipse.persistence.mappings.AttributeAccessor;

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
 */
class FeatureAccessor extends AttributeAccessor {

    private static final long serialVersionUID = 1L;

    private final transient EStructuralFeature feature;

    FeatureAccessor(EStructuralFeature feature) {
        this.feature = feature;
        setAttributeName(feature.getName());
    }

    @Override
    public void initializeAttributes(Class<?> descriptorClass) {
        // nothing to look up: EMF's reflective API reaches every feature
    }

    @Override
    public Class<?> getAttributeClass() {
        return feature.isMany() ? List.class : feature.getEType().getInstanceClass();
    }

    @Override
    public Object getAttributeValueFromObject(Object object) {
        EObject eObject = (EObject) object;
        if (!feature.isMany() && feature instanceof EAttribute && feature.isUnsettable() && !eObject.eIsSet(feature)) {
            return null;
        }
        return eObject.eGet(feature, false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setAttributeValueInObject(Object object, Object value) {
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
            boolean containedElsewhere = containment && ((EObject) element).eContainer() != null && ((EObject) element).eContainer() != owner;
            if (at >= 0) {
                list.move(index, at);
            } else if (handshake && !containedElsewhere) {
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
}
