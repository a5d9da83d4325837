package org.rapport.customers.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.HistoryTable;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Direction;
import org.rapport.customers.model.Interaction;
import org.rapport.customers.model.InteractionType;
import org.rapport.customers.ui.api.CustomerEditing;
import org.rapport.customers.ui.api.CustomerTab;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.StaffNames;

/**
 * Calls, visits, e-mails and chats with the customer, newest first, and a line to log a new one
 * quickly: type, direction, a summary, Enter. The new interaction is saved with the profile.
 * Who handled each is shown by name.
 */
@Component(service = CustomerTab.class)
public class InteractionsTab implements CustomerTab {

    /** The summary field's widget id: Log interaction… from the list puts the cursor there. */
    static final String LOG_SUMMARY = "log-summary";

    @Reference
    private CurrentUser currentUser;
    @Reference
    private ClockService clock;
    @Reference
    private Channels channels;
    @Reference
    private StaffNames staff;

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
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(page);
        boolean may = editing.mayChange(CustomersPackage.Literals.CUSTOMER__INTERACTIONS);
        Label log = new Label(page, SWT.NONE);
        log.setText(Messages.log_interaction);
        Combo type = new Combo(page, SWT.READ_ONLY);
        InteractionType.VALUES.forEach(t -> type.add(EnumLabels.of(t)));
        type.select(InteractionType.CALL.getValue());
        Combo direction = new Combo(page, SWT.READ_ONLY);
        Direction.VALUES.forEach(d -> direction.add(EnumLabels.of(d)));
        direction.select(Direction.INBOUND.getValue());
        Text summary = new Text(page, SWT.BORDER | SWT.SINGLE);
        summary.setMessage(Messages.log_summary_hint);
        summary.setData(CustomersPart.WIDGET, LOG_SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        Button add = new Button(page, SWT.PUSH);
        add.setText(Messages.log_add);
        for (Control control : List.of(type, direction, summary, add)) {
            control.setEnabled(may);
        }
        Composite holder = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(holder);
        GridLayoutFactory.fillDefaults().applyTo(holder);
        Runnable refresh = () -> {
            for (Control old : holder.getChildren()) {
                old.dispose();
            }
            Table table = table(holder, editing.customer());
            GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
            holder.layout(true, true);
        };
        refresh.run();
        Runnable logIt = () -> {
            String text = summary.getText().strip();
            if (text.isEmpty()) {
                summary.setFocus();
                return;
            }
            InteractionType chosen = InteractionType.VALUES.get(type.getSelectionIndex());
            Interaction interaction = CustomersFactory.eINSTANCE.createInteraction();
            interaction.setAt(clock.now());
            interaction.setType(chosen);
            interaction.setChannel(channelOf(chosen));
            interaction.setDirection(Direction.VALUES.get(direction.getSelectionIndex()));
            interaction.setSummary(text);
            interaction.setStaffLogin(currentUser.get().map(u -> u.login()).orElse(null));
            List<Interaction> interactions = new ArrayList<>(editing.customer().getInteractions());
            interactions.add(interaction);
            editing.set(editing.customer(), CustomersPackage.Literals.CUSTOMER__INTERACTIONS, interactions);
            editing.endEdit();
            summary.setText("");
            refresh.run();
        };
        add.addListener(SWT.Selection, e -> logIt.run());
        summary.addListener(SWT.DefaultSelection, e -> logIt.run());
        editing.onUndoOrRedo(refresh);
        return page;
    }

    /** Where an interaction of this type usually happens. */
    static String channelOf(InteractionType type) {
        return switch (type) {
        case CALL -> Channels.HOTLINE;
        case VISIT, MEETING -> Channels.STORE;
        case EMAIL, CHAT -> Channels.WEB_SHOP;
        case OTHER -> Channels.OTHER;
        };
    }

    private Table table(Composite parent, Customer customer) {
        List<Interaction> interactions = customer.getInteractions().stream()
                .sorted(Comparator.comparing(Interaction::getAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))).toList();
        // the interaction stores the login; people know each other by name
        Map<String, String> names = staff.namesOf(interactions.stream().map(Interaction::getStaffLogin).toList());
        return HistoryTable.create(parent, interactions,
                new HistoryTable.Column<>(Messages.interaction_at, 190, i -> Formats.dateTime(i.getAt())),
                new HistoryTable.Column<>(Messages.interaction_channel, 90, i -> channels.label(i.getChannel())),
                new HistoryTable.Column<>(Messages.interaction_type, 90, i -> EnumLabels.of(i.getType())),
                new HistoryTable.Column<>(Messages.interaction_direction, 90, i -> EnumLabels.of(i.getDirection())),
                new HistoryTable.Column<>(Messages.interaction_summary, 320, Interaction::getSummary),
                new HistoryTable.Column<>(Messages.interaction_staff, 140, i -> i.getStaffLogin() == null ? "" : names.get(i.getStaffLogin())));
    }
}
