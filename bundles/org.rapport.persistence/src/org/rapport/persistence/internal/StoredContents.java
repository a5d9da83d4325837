package org.rapport.persistence.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.rapport.persistence.api.PersistentObject;

/**
 * What an object contains, in its stored containment features, without reading any of them:
 * {@code eAllContents()} asks every containment whether it is set, and that reads a list not read
 * yet, with every object in it. A list not read holds stored objects only, so it has nothing new
 * to find.
 */
final class StoredContents {

    private StoredContents() {
    }

    /** Every object the object contains, at any depth, in the order of {@code eAllContents()}. */
    static void forEach(EObject object, Consumer<EObject> action) {
        for (EReference containment : object.eClass().getEAllContainments()) {
            if (containment.isTransient() || containment.isDerived() || containment.isVolatile()
                    || (object instanceof PersistentObject persistent && persistent.internalPending(containment) != null)) {
                continue;
            }
            Object value = object.eGet(containment, false);
            for (Object child : value instanceof Collection<?> list ? List.copyOf(list) : value == null ? List.of() : List.of(value)) {
                action.accept((EObject) child);
                forEach((EObject) child, action);
            }
        }
    }
}
