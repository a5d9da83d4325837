package org.rapport.complaints.ui.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.ui.api.CustomerEditing;
import org.rapport.customers.ui.api.CustomerTab;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.StaffNames;
import org.rapport.security.model.Action;
import org.rapport.ui.api.CommitFollower;
import org.rapport.ui.api.Formats;

/**
 * The Complaints tab of the customer profile: the customer's complaints, those still being handled
 * first (most urgent first), then the others; New complaint… for roles that may open one. A double
 * click or Enter opens the complaint. Nothing shows for a role that may not read complaints: the
 * tab says so instead of listing what the store would refuse.
 */
@Component(service = CustomerTab.class)
public class ComplaintsTab implements CustomerTab {

    /** After the Loyalty tab (400). */
    static final int ORDER = 500;
    /** The widget data key under which the tab's content keeps its table, for the tests. */
    static final String TABLE = QueueTable.class.getName();

    @Reference
    private ComplaintQueue queue;
    @Reference
    private Complaints complaints;
    @Reference
    private Categories categories;
    @Reference
    private ClockService clock;
    @Reference
    private CurrentUser user;
    @Reference
    private StaffNames staff;
    @Reference
    private Channels channels;
    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public String label() {
        return Messages.tab_complaints;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Control create(Composite parent, CustomerEditing editing) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        if (!may(user, Action.READ)) {
            Label none = new Label(page, SWT.WRAP);
            none.setText(Messages.tab_not_allowed);
            return page;
        }
        Customer customer = editing.customer();
        long customerId = ((PersistentObject) customer).persistentId();
        Label count = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        Button create = new Button(page, SWT.PUSH);
        create.setText(Messages.action_new_complaint);
        create.setEnabled(may(user, Action.CREATE));
        QueueTable table = new QueueTable(page, queue, clock, staff, false,
                counted -> count.setText(counted.problem() != null ? NLS.bind(Messages.queue_failed, counted.problem())
                        : NLS.bind(Messages.tab_count, Formats.count(counted.total()))),
                row -> ComplaintOpener.open(page, row.reference()));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table.table());
        page.setData(TABLE, table);
        create.addListener(SWT.Selection, e -> {
            try {
                NewComplaintDialog.open(page.getShell(), customer.getReference(), customer.getName(), complaints, categories, channels, clock)
                        .ifPresent(opened -> ComplaintOpener.open(page, opened.getReference()));
            } catch (RuntimeException refused) {
                MessageDialog.openError(page.getShell(), Messages.new_failed_title, refused.getMessage());
            }
        });
        table.show(ComplaintQueue.Filter.ofCustomer(customerId));
        CommitFollower.follow(context, page, QueuePart::touchesComplaints, table::refresh);
        return page;
    }

    static boolean may(CurrentUser user, Action action) {
        return user.get().map(u -> u.may(ComplaintsAreaId.ID, action)).orElse(false);
    }
}
