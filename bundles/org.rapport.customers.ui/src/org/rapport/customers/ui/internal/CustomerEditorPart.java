package org.rapport.customers.ui.internal;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.DataQuality;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CustomerEvents;
import org.rapport.customers.ui.api.CustomerTab;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.PrivacyRequests;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;

/**
 * One customer's profile, the 360 view: a header with the key facts and a tab per
 * {@link CustomerTab} (Profile, Purchases, Interactions, and whatever other bundles add). The
 * customer is read in a unit of work the editor keeps while it is open, so lists are read as
 * their tabs show them.
 */
public class CustomerEditorPart {

    private static final String SAVE = "org.eclipse.ui.file.save";
    private static final String UNDO = "org.eclipse.ui.edit.undo";
    private static final String REDO = "org.eclipse.ui.edit.redo";
    /** The data area of customers, whose permissions the privacy buttons follow. */
    private static final String AREA = org.rapport.customers.api.CustomersAreaId.ID;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    @Inject
    private Channels channels;
    @Inject
    private Store store;
    @Inject
    private ClockService clock;
    @Inject
    private CustomerTabs tabs;
    @Inject
    private PrivacyRequests privacy;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private EPartService parts;

    private MPart part;

    private UnitOfWork work;
    private ProfileEditing editing;
    @Inject
    private EHandlerService handlers;
    @Inject
    private IEventBroker events;
    @Inject
    private CustomerEditors editors;
    @Inject
    private DuplicatesAction duplicates;
    private Customer customer;
    private CTabFolder folder;
    private Label title;

    @PostConstruct
    void create(Composite parent, MPart part) {
        this.part = part;
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
        SessionUser user = currentUser.get().orElse(null);
        editing = new ProfileEditing(customer, feature -> mayChange(user, feature), () -> {
            part.setDirty(editing.dirty());
            // the toolbar's Save, Undo and Redo ask their handlers again
            events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        });
        for (CustomerTab tab : tabs.inOrder()) {
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setText(tab.label());
            item.setControl(tab.create(folder, editing));
        }
        activateHandlers();
        if (folder.getItemCount() > 0) {
            folder.setSelection(0);
        }
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
        findDuplicates.addListener(SWT.Selection, e -> duplicates.open(header.getShell(), ((org.rapport.persistence.api.PersistentObject) customer).persistentId()));
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
        ((GridLayout) header.getLayout()).numColumns = header.getChildren().length;
        Label facts = new Label(header, SWT.NONE);
        GridDataFactory.fillDefaults().span(header.getChildren().length - 1, 1).applyTo(facts);
        List<String> problems = DataQuality.flags(customer, clock.now()).stream()
                .map(EnumLabels::of).toList();
        if (!problems.isEmpty()) {
            Label quality = new Label(header, SWT.NONE);
            quality.setText("\u26a0 " + String.join("  \u00b7  ", problems));
            quality.setForeground(header.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridDataFactory.fillDefaults().span(((GridLayout) header.getLayout()).numColumns, 1).applyTo(quality);
        }
        String manager = customer.getAccountManager() == null ? Messages.header_nobody : customer.getAccountManager();
        facts.setText(NLS.bind(Messages.header_facts, new Object[] { customer.getReference(), literal(customer.getStatus()), channels.label(customer.getChannel()),
                manager }));
    }

    /** The role may update customers and has no field rule on the feature; the store checks again on save. */
    private static boolean mayChange(SessionUser user, org.eclipse.emf.ecore.EStructuralFeature feature) {
        if (user == null || !user.may(AREA, Action.UPDATE)) {
            return false;
        }
        return user.fieldAccess(feature).isEmpty();
    }

    /** Save, Undo and Redo (Ctrl+S, Ctrl+Z, Ctrl+Y and the toolbar) act on this profile while it is active. */
    private void activateHandlers() {
        handlers.activateHandler(SAVE, new CommandHandler(() -> editing.dirty(), this::save));
        handlers.activateHandler(UNDO, new CommandHandler(() -> editing.canUndo(), editing::undo));
        handlers.activateHandler(REDO, new CommandHandler(() -> editing.canRedo(), editing::redo));
    }

    /** An e4 handler from two lambdas. */
    public static final class CommandHandler {
        private final java.util.function.BooleanSupplier enabled;
        private final Runnable action;

        CommandHandler(java.util.function.BooleanSupplier enabled, Runnable action) {
            this.enabled = enabled;
            this.action = action;
        }

        @org.eclipse.e4.core.di.annotations.CanExecute
        public boolean canExecute() {
            return enabled.getAsBoolean();
        }

        @org.eclipse.e4.core.di.annotations.Execute
        public void execute() {
            action.run();
        }
    }

    /** Saves the profile; says what keeps it from being saved, and what to do when someone else saved first. */
    @Persist
    public void save() {
        if (editing == null || !editing.dirty()) {
            return;
        }
        Shell shell = folder.getShell();
        List<String> problems = new ArrayList<>(editing.problems());
        if (customer.getName() == null || customer.getName().isBlank()) {
            problems.add(0, Messages.column_name + ": " + Messages.name_required);
        }
        if (!problems.isEmpty()) {
            MessageDialog.openError(shell, Messages.save_problems_title, NLS.bind(Messages.save_problems, String.join("\n", problems)));
            return;
        }
        try {
            work.commit();
            editing.saved();
            // the list shows the name, the region, and offers the tags in use
            events.post(CustomerEvents.CHANGED, customer.getReference());
            part.setLabel(customer.getName());
            title.setText(customer.getName());
        } catch (StaleEditException stale) {
            MessageDialog dialog = new MessageDialog(shell, Messages.stale_title, null, NLS.bind(Messages.stale_message, stale.getMessage()),
                    MessageDialog.WARNING, 0, Messages.stale_reload, Messages.stale_keep);
            if (dialog.open() == 0) {
                long id = ((org.rapport.persistence.api.PersistentObject) customer).persistentId();
                part.setDirty(false);
                parts.hidePart(part, true);
                editors.open(id, customer.getName());
            }
        } catch (RuntimeException refused) {
            // refused by the access rules, a value the database would not take, the database gone: the edits stay
            MessageDialog.openError(shell, Messages.save_failed_title, refused.getMessage());
        }
    }

    private void exportPersonalData() {
        Shell shell = folder.getShell();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(NLS.bind(Messages.privacy_export_title, customer.getName()));
        dialog.setFilterExtensions(new String[] { "*.json" });
        dialog.setFileName(customer.getReference() + ".json");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        String reference = customer.getReference();
        inBackground(shell, () -> {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            PrivacyRequests.Summary summary;
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                summary = privacy.export(reference, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return NLS.bind(Messages.privacy_exported, new Object[] { summary.subject(), summary.objects(), summary.personalValues(), file });
        }, false);
    }

    private void erasePersonalData() {
        Shell shell = folder.getShell();
        if (!MessageDialog.openConfirm(shell, Messages.privacy_erase_confirm_title,
                NLS.bind(Messages.privacy_erase_confirm, customer.getName(), customer.getReference()))) {
            return;
        }
        String reference = customer.getReference();
        inBackground(shell, () -> {
            PrivacyRequests.Summary summary = privacy.erase(reference);
            return NLS.bind(Messages.privacy_erased, new Object[] { summary.subject(), summary.objects(), summary.personalValues() });
        }, true);
    }

    /** What a privacy request runs off the UI thread, returning the message to show. */
    private interface Request {
        String run() throws Exception;
    }

    /** Runs a request under a busy cursor off the UI thread, then says how it went; an erasure closes this editor, whose data is gone. */
    private void inBackground(Shell shell, Request request, boolean closeAfter) {
        Display display = shell.getDisplay();
        shell.setCursor(display.getSystemCursor(SWT.CURSOR_WAIT));
        Thread worker = new Thread(() -> {
            String message;
            boolean failed = false;
            try {
                message = request.run();
            } catch (Exception e) {
                message = NLS.bind(Messages.privacy_failed, e.getMessage());
                failed = true;
            }
            String shown = message;
            boolean error = failed;
            display.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    shell.setCursor(null);
                    if (error) {
                        MessageDialog.openError(shell, Messages.privacy_erase_confirm_title, shown);
                    } else {
                        MessageDialog.openInformation(shell, title == null || title.isDisposed() ? "" : title.getText(), shown);
                    }
                }
                if (closeAfter && !error && part != null) {
                    parts.hidePart(part, true);
                }
            });
        }, "Rapport privacy request");
        worker.setDaemon(true);
        worker.start();
    }

    static String literal(org.eclipse.emf.common.util.Enumerator value) {
        return EnumLabels.of(value);
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
