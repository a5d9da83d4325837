package org.rapport.complaints.ui.internal;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.MContext;
import org.eclipse.swt.widgets.Control;

/**
 * Opens a complaint from a control made outside any workbench context (a profile tab is a DS
 * service): the part that holds the control has one. The workbench's renderers keep each
 * control's model element under the key {@code modelElement}.
 */
final class ComplaintOpener {

    private static final String MODEL_ELEMENT = "modelElement";

    private ComplaintOpener() {
    }

    static void open(Control from, String reference) {
        for (Control control = from; control != null; control = control.getParent()) {
            if (control.getData(MODEL_ELEMENT) instanceof MContext element && element.getContext() != null) {
                IEclipseContext context = element.getContext();
                ContextInjectionFactory.make(ComplaintEditors.class, context).open(reference);
                return;
            }
        }
    }
}
