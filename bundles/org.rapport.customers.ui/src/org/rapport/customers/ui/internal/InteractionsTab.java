package org.rapport.customers.ui.internal;

import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.Interaction;
import org.rapport.customers.ui.api.CustomerEditing;
import org.rapport.customers.ui.api.CustomerTab;

/** Calls, visits, e-mails and chats with the customer, newest first. */
@Component(service = CustomerTab.class)
public class InteractionsTab implements CustomerTab {

    @Override
    public String label() {
        return Messages.tab_interactions;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Control create(Composite parent, CustomerEditing editing) {
        Customer customer = editing.customer();
        List<Interaction> interactions = customer.getInteractions().stream()
                .sorted(Comparator.comparing(Interaction::getAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        return HistoryTable.create(parent, interactions,
                new HistoryTable.Column<>(Messages.interaction_at, 190, i -> i.getAt() == null ? "" : CustomerEditorPart.DATE_TIME.format(i.getAt())),
                new HistoryTable.Column<>(Messages.interaction_channel, 90, i -> CustomerEditorPart.literal(i.getChannel())),
                new HistoryTable.Column<>(Messages.interaction_type, 90, i -> CustomerEditorPart.literal(i.getType())),
                new HistoryTable.Column<>(Messages.interaction_direction, 90, i -> CustomerEditorPart.literal(i.getDirection())),
                new HistoryTable.Column<>(Messages.interaction_summary, 320, Interaction::getSummary),
                new HistoryTable.Column<>(Messages.interaction_staff, 100, Interaction::getStaffLogin));
    }
}
