package org.rapport.customers.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.core.api.PrivateFiles;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CurrentCustomer;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.customers.ui.api.CustomerTab;
import org.rapport.persistence.api.CommitEvents;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.PrivacyRequests;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Folders;
import org.rapport.ui.api.Confirm;
import org.rapport.ui.api.ModelEditor;

/**
 * One customer's profile, the 360 view: a header with the key facts (those of the customer, then
 * each {@link CustomerHeaderFact} other bundles add, read off the UI thread and again after every
 * commit) and a tab per {@link CustomerTab} (Profile, Purchases, Interactions, and whatever other
 * bundles add). The customer is read in a unit of work the editor keeps while it is open, so
 * lists are read as their tabs show them; undo, Save and the stale-edit dialog come from the
 * toolkit's {@link ModelEditor}. While the profile is active, its customer is the current one.
 */
public class CustomerEditorPart extends ModelEditor {

    /** The data area of customers, whose permissions the privacy buttons follow. */
    private static final String AREA = org.rapport.customers.api.CustomersAreaId.ID;

    @Inject
    private Channels channels;
    @Inject
    private Store store;
    @Inject
    private ProfileContributions contributions;
    @Inject
    private PrivacyRequests privacy;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private EPartService parts;
    @Inject
    private CustomerEditors editors;
    @Inject
    private CurrentCustomers current;
    @Inject
    private DuplicatesAction duplicates;

    private MPart part;
    private UnitOfWork work;
    private ProfileEditing editing;
    private Customer customer;
    private long id;
    private CTabFolder folder;
    private Label title;
    /** The facts other bundles add, one label each, in their order. */
    private Composite facts;
    private Background background;
    /** Bumped on every read of the facts: values of an older read are dropped. */
    private int factsRead;

    @PostConstruct
    void create(Composite parent, MPart part) {
        this.part = part;
        GridLayoutFactory.swtDefaults().applyTo(parent);
        id = Long.parseLong(part.getPersistedState().get(CustomerEditors.CUSTOMER_ID));
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
        background = new Background("Rapport customer profile");
        parent.addListener(SWT.Dispose, e -> background.close());
        part.setLabel(customer.getName());
        part.setTooltip(customer.getReference());
        header(parent);
        folder = new CTabFolder(parent, SWT.BORDER | SWT.FLAT);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(folder);
        SessionUser user = currentUser.get().orElse(null);
        editing = startEditing(part, new ProfileEditing(customer, feature -> mayChange(user, feature)));
        for (CustomerTab tab : contributions.tabs()) {
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setText(tab.label());
            item.setControl(tab.create(folder, editing));
        }
        if (folder.getItemCount() > 0) {
            folder.setSelection(0);
        }
        current.publish(new CurrentCustomer(id, customer.getReference()));
        readFacts();
    }

    private void header(Composite parent) {
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        title = new Label(header, SWT.NONE);
        title.setText(customer.getName());
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Button findDuplicates = new Button(header, SWT.PUSH);
        findDuplicates.setText(Messages.duplicates_find);
        findDuplicates.addListener(SWT.Selection, e -> duplicates.open(header.getShell(), id));
        // the services decide; the buttons only show for those who may use them
        SessionUser user = currentUser.get().orElse(null);
        if (user != null && user.may(AREA, Action.EXPORT)) {
            Button export = new Button(header, SWT.PUSH);
            export.setText(Messages.privacy_export);
            export.addListener(SWT.Selection, e -> exportPersonalData());
        }
        if (user != null && user.may(AREA, Action.DELETE)) {
            Button erase = new Button(header, SWT.PUSH);
            erase.setText(Messages.privacy_erase);
            erase.addListener(SWT.Selection, e -> erasePersonalData());
        }
        int columns = header.getChildren().length;
        ((GridLayout) header.getLayout()).numColumns = columns;
        Label own = new Label(header, SWT.NONE);
        GridDataFactory.fillDefaults().span(columns, 1).applyTo(own);
        own.setText(NLS.bind(Messages.header_facts, new Object[] { customer.getReference(), EnumLabels.of(customer.getStatus()),
                channels.label(customer.getChannel()) }));
        facts = new Composite(header, SWT.NONE);
        RowLayoutFactory.fillDefaults().spacing(28).wrap(true).applyTo(facts);
        GridDataFactory.fillDefaults().span(columns, 1).grab(true, false).exclude(true).applyTo(facts);
    }

    /** A fact and its value as the header shows it. */
    record Fact(String label, String value, CustomerHeaderFact.Kind kind) {
    }

    /**
     * Reads the facts of the other bundles off the UI thread (each through the store, under the
     * user's rules), then shows those that have a value; a fact that fails is left out.
     */
    private void readFacts() {
        List<CustomerHeaderFact> providers = contributions.facts();
        int mine = ++factsRead;
        background.run(facts, () -> providers.stream().map(this::fact).flatMap(Optional::stream).toList(), read -> {
            if (mine == factsRead) {
                showFacts(read);
            }
        }, failure -> {
            // each fact catches its own failure: nothing else fails here
        });
    }

    private Optional<Fact> fact(CustomerHeaderFact provider) {
        try {
            return provider.value(id).map(value -> new Fact(provider.label(), value, provider.kind()));
        } catch (RuntimeException refused) {
            return Optional.empty(); // the user may not read it, or its data is gone: the header leaves it out
        }
    }

    private void showFacts(List<Fact> read) {
        for (org.eclipse.swt.widgets.Control old : facts.getChildren()) {
            old.dispose();
        }
        for (Fact fact : read) {
            FactView.show(facts, fact);
        }
        ((org.eclipse.swt.layout.GridData) facts.getLayoutData()).exclude = read.isEmpty();
        facts.setVisible(!read.isEmpty());
        facts.getParent().getParent().layout(true, true);
    }

    /** Something was committed (here or anywhere): the facts of other bundles may have changed. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void committed(@UIEventTopic(CommitEvents.TOPIC) org.osgi.service.event.Event event) {
        if (facts != null && !facts.isDisposed()) {
            readFacts();
        }
    }

    /** The role may update customers and has no field rule on the feature; the store checks again on save. */
    private static boolean mayChange(SessionUser user, org.eclipse.emf.ecore.EStructuralFeature feature) {
        if (user == null || !user.may(AREA, Action.UPDATE)) {
            return false;
        }
        return user.fieldAccess(feature).isEmpty();
    }

    @Override
    protected List<String> validate() {
        return customer.getName() == null || customer.getName().isBlank() ? List.of(Messages.column_name + ": " + Messages.name_required) : List.of();
    }

    @Override
    protected void commit() {
        work.commit();
    }

    @Override
    protected void saved() {
        // the list follows the commit event: it shows the name, the region, and offers the tags in use
        part.setLabel(customer.getName());
        title.setText(customer.getName());
    }

    @Override
    protected void reopen() {
        editors.open(id, customer.getName());
    }

    private void exportPersonalData() {
        Shell shell = folder.getShell();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(NLS.bind(Messages.privacy_export_title, customer.getName()));
        dialog.setFilterExtensions(new String[] { "*.json" });
        dialog.setFileName(customer.getReference() + ".json");
        dialog.setFilterPath(Folders.documents().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        String reference = customer.getReference();
        request(shell, () -> {
            // personal data: its owner's only, and no half file if the export fails
            PrivacyRequests.Summary summary = PrivateFiles.writeWhole(file, out -> privacy.export(reference, out));
            return NLS.bind(Messages.privacy_exported, new Object[] { summary.subject(), summary.objects(), summary.personalValues(), file });
        }, false);
    }

    private void erasePersonalData() {
        Shell shell = folder.getShell();
        if (!Confirm.destructive(shell, Messages.privacy_erase_confirm_title, NLS.bind(Messages.privacy_erase_confirm, customer.getName(), customer.getReference()),
                Messages.privacy_erase_action)) {
            return;
        }
        String reference = customer.getReference();
        request(shell, () -> {
            PrivacyRequests.Summary summary = privacy.erase(reference);
            return NLS.bind(Messages.privacy_erased, new Object[] { summary.subject(), summary.objects(), summary.personalValues() });
        }, true);
    }

    /** Runs a privacy request under a busy cursor off the UI thread, then says how it went; an erasure closes this editor, whose data is gone. */
    private void request(Shell shell, java.util.concurrent.Callable<String> request, boolean closeAfter) {
        shell.setCursor(shell.getDisplay().getSystemCursor(SWT.CURSOR_WAIT));
        background.run(shell, request, message -> {
            shell.setCursor(null);
            MessageDialog.openInformation(shell, title == null || title.isDisposed() ? "" : title.getText(), message);
            if (closeAfter && part != null) {
                parts.hidePart(part, true);
            }
        }, failure -> {
            shell.setCursor(null);
            MessageDialog.openError(shell, Messages.privacy_erase_confirm_title, NLS.bind(Messages.privacy_failed, failure.getMessage()));
        });
    }

    /** The customer shown, for the workbench tests. */
    Customer customer() {
        return customer;
    }

    /** The edits, for the workbench tests. */
    ProfileEditing editing() {
        return editing;
    }

    /** The tab folder, for the workbench tests. */
    CTabFolder folder() {
        return folder;
    }

    /** The header's title, for the workbench tests. */
    Label title() {
        return title;
    }

    /** The facts of other bundles as the header shows them now, for the workbench tests. */
    List<String> facts() {
        return java.util.Arrays.stream(facts.getChildren()).map(FactView::text).toList();
    }

    /** The header's facts as shown, for the workbench tests: the label of each and how its value is aligned. */
    List<FactView> factViews() {
        return java.util.Arrays.stream(facts.getChildren()).map(c -> (FactView) c.getData(FactView.KEY)).toList();
    }

    @Focus
    void focus() {
        if (folder != null) {
            folder.setFocus();
            current.publish(new CurrentCustomer(id, customer.getReference()));
        }
    }

    @PreDestroy
    void dispose() {
        if (customer != null) {
            current.withdraw(id);
        }
        if (work != null) {
            work.close();
        }
    }
}
