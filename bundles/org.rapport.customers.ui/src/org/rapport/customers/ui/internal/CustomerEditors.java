package org.rapport.customers.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rapport.app.api.RapportWorkbench;

/** Opens customer profiles in the shared work area, one editor per customer. */
@Creatable
public class CustomerEditors {

    /** The part descriptor of the customer editor (see fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.rapport.customers.ui.partdescriptor.customer";
    /** The editor's persisted state key for the customer's identity. */
    public static final String CUSTOMER_ID = "customerId";

    @Inject
    private EPartService parts;
    @Inject
    private EModelService models;
    @Inject
    private MApplication application;

    /** Brings the customer's editor to the front, opening it if it is not open yet. */
    public MPart open(long id, String name) {
        String key = Long.toString(id);
        for (MPart part : parts.getParts()) {
            if (DESCRIPTOR.equals(part.getElementId()) && key.equals(part.getPersistedState().get(CUSTOMER_ID))) {
                parts.showPart(part, PartState.ACTIVATE);
                return part;
            }
        }
        MPart part = parts.createPart(DESCRIPTOR);
        part.getPersistedState().put(CUSTOMER_ID, key);
        part.setLabel(name);
        MPartStack stack = (MPartStack) models.find(RapportWorkbench.STACK_MAIN, application);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
