package org.rapport.customers.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CustomerTab;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/**
 * One customer's profile, the 360 view: a header with the key facts and a tab per
 * {@link CustomerTab} (Profile, Purchases, Interactions, and whatever other bundles add). The
 * customer is read in a unit of work the editor keeps while it is open, so lists are read as
 * their tabs show them.
 */
public class CustomerEditorPart {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    @Inject
    private Store store;
    @Inject
    private CustomerTabs tabs;

    private UnitOfWork work;
    private Customer customer;
    private CTabFolder folder;
    private Label title;

    @PostConstruct
    void create(Composite parent, MPart part) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        long id = Long.parseLong(part.getPersistedState().get(CustomerEditors.CUSTOMER_ID));
        try {
            work = store.begin();
            customer = work.<Customer>find(CustomersPackage.Literals.CUSTOMER, id).orElseThrow(() -> new IllegalStateException("Customer#" + id));
        } catch (RuntimeException e) {
            // refused by the access rules, deleted meanwhile, or the database is gone
            Label problem = new Label(parent, SWT.WRAP);
            problem.setText(NLS.bind(Messages.open_failed, e.getMessage()));
            GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(problem);
            return;
        }
        part.setLabel(customer.getName());
        part.setTooltip(customer.getReference());
        header(parent);
        folder = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
        for (CustomerTab tab : tabs.inOrder()) {
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setText(tab.label());
            item.setControl(tab.create(folder, customer));
        }
        if (folder.getItemCount() > 0) {
            folder.setSelection(0);
        }
    }

    private void header(Composite parent) {
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        title = new Label(header, SWT.NONE);
        title.setText(customer.getName());
        title.setFont(JFaceResources.getHeaderFont());
        Label facts = new Label(header, SWT.NONE);
        String manager = customer.getAccountManager() == null ? Messages.header_nobody : customer.getAccountManager();
        facts.setText(NLS.bind(Messages.header_facts, new Object[] { customer.getReference(), literal(customer.getStatus()), literal(customer.getChannel()),
                manager }));
    }

    static String literal(org.eclipse.emf.common.util.Enumerator value) {
        return EnumLabels.of(value);
    }

    /** The customer shown, for the workbench tests. */
    Customer customer() {
        return customer;
    }

    /** The tab folder, for the workbench tests. */
    CTabFolder folder() {
        return folder;
    }

    /** The header's title, for the workbench tests. */
    Label title() {
        return title;
    }

    @Focus
    void focus() {
        if (folder != null) {
            folder.setFocus();
        }
    }

    @PreDestroy
    void dispose() {
        if (work != null) {
            work.close();
        }
    }
}
