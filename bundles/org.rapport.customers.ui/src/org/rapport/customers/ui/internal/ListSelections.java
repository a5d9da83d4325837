package org.rapport.customers.ui.internal;

import java.util.Collection;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rapport.customers.ui.api.CustomerLists;

/** Brings the customer list to the front and filters it to the customers given. */
public class ListSelections implements CustomerLists {

    static final String LIST_PART = "org.rapport.customers.ui.part.customers";

    @Inject
    private EPartService parts;

    @Override
    public void showOnly(Collection<Long> ids, String description) {
        MPart list = parts.showPart(LIST_PART, PartState.ACTIVATE);
        if (list != null && list.getObject() instanceof CustomersPart customers) {
            customers.showOnly(Set.copyOf(ids), description);
        }
    }
}
