package org.rapport.persistence.internal;

import java.beans.PropertyChangeEvent;
import java.beans.PropertyChangeListener;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.descriptors.changetracking.CollectionChangeEvent;

/**
 * Translates EMF notifications into the events of EclipseLink's attribute change tracking.
 * <ul>
 * <li>a single-valued feature: one {@link PropertyChangeEvent} with old and new value;</li>
 * <li>a reference list: one {@link CollectionChangeEvent} per added or removed element, with its
 * index, because ordered lists keep an order column;</li>
 * <li>an attribute list (many-valued attribute): a before/after pair, since EclipseLink maps it as
 * a whole collection.</li>
 * </ul>
 * Notifications that change nothing persistent (touch, resolve, adapter removal) are dropped.
 */
public final class ChangeForwarding {

    private ChangeForwarding() {
    }

    public static void forward(EObject source, Notification notification, PropertyChangeListener listener) {
        if (notification.isTouch() || !(notification.getFeature() instanceof EStructuralFeature feature)
                || feature.isTransient() || feature.isDerived()) {
            return;
        }
        String name = feature.getName();
        if (!feature.isMany()) {
            if (notification.getEventType() == Notification.SET || notification.getEventType() == Notification.UNSET) {
                listener.propertyChange(new PropertyChangeEvent(source, name, notification.getOldValue(), notification.getNewValue()));
            }
            return;
        }
        Object list = source.eGet(feature, false);
        if (feature instanceof EAttribute) {
            // EclipseLink compares an attribute collection as a whole: report that it changed
            listener.propertyChange(new PropertyChangeEvent(source, name, null, list));
            return;
        }
        if (!(feature instanceof EReference)) {
            return;
        }
        int position = notification.getPosition();
        switch (notification.getEventType()) {
        case Notification.ADD -> added(source, name, list, notification.getNewValue(), position, listener);
        case Notification.REMOVE -> removed(source, name, list, notification.getOldValue(), position, listener);
        case Notification.ADD_MANY -> {
            List<?> values = (List<?>) notification.getNewValue();
            for (int i = 0; i < values.size(); i++) {
                added(source, name, list, values.get(i), position < 0 ? -1 : position + i, listener);
            }
        }
        case Notification.REMOVE_MANY -> {
            for (Object value : (List<?>) notification.getOldValue()) {
                removed(source, name, list, value, -1, listener);
            }
        }
        case Notification.MOVE -> {
            // a move is a remove at the old index and an add at the new one
            Object moved = notification.getNewValue();
            removed(source, name, list, moved, ((Integer) notification.getOldValue()).intValue(), listener);
            added(source, name, list, moved, position, listener);
        }
        case Notification.SET -> {
            removed(source, name, list, notification.getOldValue(), position, listener);
            added(source, name, list, notification.getNewValue(), position, listener);
        }
        default -> {
            // RESOLVE and REMOVING_ADAPTER change nothing that is stored
        }
        }
    }

    private static void added(Object source, String name, Object list, Object value, int index, PropertyChangeListener listener) {
        listener.propertyChange(new CollectionChangeEvent(source, name, list, value, CollectionChangeEvent.ADD, index < 0 ? null : index, false, true));
    }

    private static void removed(Object source, String name, Object list, Object value, int index, PropertyChangeListener listener) {
        listener.propertyChange(new CollectionChangeEvent(source, name, list, value, CollectionChangeEvent.REMOVE, index < 0 ? null : index, false, true));
    }
}
