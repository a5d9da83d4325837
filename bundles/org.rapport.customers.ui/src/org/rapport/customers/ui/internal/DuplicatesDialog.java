package org.rapport.customers.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.customers.api.CustomerDuplicates;
import org.rapport.customers.api.CustomerDuplicates.Match;
import org.rapport.customers.api.CustomerDuplicates.Merged;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.ui.api.Confirm;

/**
 * The customers who may be the same person as one customer, each with the reason, their key facts
 * side by side with the customer's, the choice of who stays, and the merge (confirmed first: it
 * cannot be undone). Keyboard: the candidates list has the focus, Alt with the underlined letters
 * reaches the rest.
 */
final class DuplicatesDialog extends TitleAreaDialog {

    static final int MERGE = IDialogConstants.CLIENT_ID + 1;
    /** Rows of the side-by-side table. */
    private static final int FACTS = 12;

    /** What the side-by-side table shows of one customer. */
    record Facts(long id, String reference, String name, String emails, String phones, LocalDate birthday, String region, String channel,
            String status, Instant createdAt, String manager, int purchases, int interactions) {

        String title() {
            return NLS.bind(Messages.duplicates_customer, name, reference);
        }
    }

    private final DuplicatesAction action;
    private long subjectId;
    private Facts subject;
    private List<Match> matches = List.of();
    private Facts candidate;
    private Table candidates;
    private Table facts;
    private Button keepSubject;
    private Button keepCandidate;
    private Label note;
    /** Said instead of the comparison when no other customer looks alike. */
    private Label nothingToCompare;
    /** The candidates, the side-by-side facts and the choice of survivor: shown only with something to compare. */
    private final List<Control> comparison = new java.util.ArrayList<>();

    DuplicatesDialog(Shell shell, DuplicatesAction action, long customerId) {
        super(shell);
        this.action = action;
        this.subjectId = customerId;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.duplicates_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite content = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(content);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);

        // what the last merge did: longer than the title area's two lines in some languages
        note = new Label(content, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(680, SWT.DEFAULT).applyTo(note);
        nothingToCompare = new Label(content, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(680, SWT.DEFAULT).indent(0, 12).applyTo(nothingToCompare);
        Label candidatesLabel = new Label(content, SWT.NONE);
        candidatesLabel.setText(Messages.duplicates_candidates);
        GridDataFactory.fillDefaults().applyTo(candidatesLabel);
        candidates = new Table(content, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        candidates.setHeaderVisible(true);
        candidates.setLinesVisible(true);
        column(candidates, Messages.duplicates_reason, 220);
        column(candidates, Messages.column_reference, 110);
        column(candidates, Messages.column_name, 220);
        GridDataFactory.fillDefaults().grab(true, false).hint(680, 110).applyTo(candidates);
        candidates.addListener(SWT.Selection, e -> showCandidate());

        Label sideBySide = new Label(content, SWT.NONE);
        sideBySide.setText(Messages.duplicates_side_by_side);
        GridDataFactory.fillDefaults().indent(0, 8).applyTo(sideBySide);
        facts = new Table(content, SWT.BORDER | SWT.FULL_SELECTION);
        facts.setHeaderVisible(true);
        facts.setLinesVisible(true);
        column(facts, "", 130);
        column(facts, "", 240);
        column(facts, "", 240);
        GridDataFactory.fillDefaults().grab(true, true).hint(680, 250).applyTo(facts);

        Group keep = new Group(content, SWT.NONE);
        keep.setText(Messages.duplicates_keep);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(keep);
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).applyTo(keep);
        keepSubject = new Button(keep, SWT.RADIO);
        keepSubject.setSelection(true);
        keepCandidate = new Button(keep, SWT.RADIO);
        comparison.addAll(List.of(candidatesLabel, candidates, sideBySide, facts, keep));
        load();
        // every fact in view without scrolling, at the row height of the language's font
        ((GridData) facts.getLayoutData()).heightHint = facts.getHeaderHeight() + (FACTS + 1) * facts.getItemHeight();
        return area;
    }

    private static void column(Table table, String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, MERGE, Messages.duplicates_merge, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
        updateMerge();
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == MERGE) {
            merge();
        } else {
            super.buttonPressed(id);
        }
    }

    /** Reads the customer and the candidates again (after a merge, the survivor and its candidates). */
    private void load() {
        try {
            subject = facts(subjectId);
            matches = action.duplicates.candidates(subjectId);
        } catch (RuntimeException e) {
            subject = null;
            matches = List.of();
            setErrorMessage(NLS.bind(Messages.duplicates_failed, e.getMessage()));
        }
        setTitle(subject == null ? Messages.duplicates_title : NLS.bind(Messages.duplicates_heading, subject.title()));
        if (subject != null) {
            String found = matches.isEmpty() ? NLS.bind(Messages.duplicates_none, subject.name()) : Messages.duplicates_message;
            setMessage(found, IMessageProvider.NONE);
        }
        candidates.removeAll();
        for (Match match : matches) {
            new TableItem(candidates, SWT.NONE).setText(new String[] { reason(match.reason()), match.reference(), match.name() });
        }
        keepSubject.setText(subject == null ? "" : subject.title());
        if (!matches.isEmpty()) {
            candidates.setSelection(0);
        }
        showCandidate();
        showComparison(subject == null || !matches.isEmpty());
        candidates.setFocus();
    }

    /** An empty comparison once stood where there was nothing to compare: then the dialog says so, and only that. */
    private void showComparison(boolean shown) {
        for (Control control : comparison) {
            control.setVisible(shown);
            ((GridData) control.getLayoutData()).exclude = !shown;
        }
        nothingToCompare.setText(shown ? "" : NLS.bind(Messages.duplicates_nothing, subject.name()));
        nothingToCompare.setVisible(!shown);
        ((GridData) nothingToCompare.getLayoutData()).exclude = shown;
        nothingToCompare.getParent().layout(true, true);
    }

    /** For the workbench tests: whether the comparison is shown, and what is said instead. */
    boolean comparisonShown() {
        return facts.isVisible();
    }

    String nothingToCompare() {
        return nothingToCompare.getText();
    }

    static String reason(CustomerDuplicates.Reason reason) {
        return switch (reason) {
        case EMAIL -> Messages.duplicates_reason_email;
        case PHONE -> Messages.duplicates_reason_phone;
        case NAME_AND_BIRTHDAY -> Messages.duplicates_reason_name_birthday;
        };
    }

    private void showCandidate() {
        int at = candidates.getSelectionIndex();
        candidate = null;
        if (at >= 0) {
            try {
                candidate = facts(matches.get(at).id());
            } catch (RuntimeException e) {
                setErrorMessage(NLS.bind(Messages.duplicates_failed, e.getMessage()));
            }
        }
        facts.removeAll();
        facts.getColumn(1).setText(subject == null ? "" : subject.title());
        facts.getColumn(2).setText(candidate == null ? "" : candidate.title());
        if (subject != null) {
            row(Messages.column_name, subject.name(), candidate == null ? "" : candidate.name());
            row(Messages.column_reference, subject.reference(), candidate == null ? "" : candidate.reference());
            row(Messages.field_emails, subject.emails(), candidate == null ? "" : candidate.emails());
            row(Messages.field_phones, subject.phones(), candidate == null ? "" : candidate.phones());
            row(Messages.field_birthday, date(subject.birthday()), candidate == null ? "" : date(candidate.birthday()));
            row(Messages.field_region, subject.region(), candidate == null ? "" : candidate.region());
            row(Messages.column_channel, subject.channel(), candidate == null ? "" : candidate.channel());
            row(Messages.column_status, subject.status(), candidate == null ? "" : candidate.status());
            row(Messages.field_created, instant(subject.createdAt()), candidate == null ? "" : instant(candidate.createdAt()));
            row(Messages.column_account_manager, subject.manager(), candidate == null ? "" : candidate.manager());
            row(Messages.tab_purchases, Integer.toString(subject.purchases()), candidate == null ? "" : Integer.toString(candidate.purchases()));
            row(Messages.tab_interactions, Integer.toString(subject.interactions()), candidate == null ? "" : Integer.toString(candidate.interactions()));
        }
        keepCandidate.setText(candidate == null ? "" : candidate.title());
        keepCandidate.setVisible(candidate != null);
        if (candidate == null) {
            keepSubject.setSelection(true);
            keepCandidate.setSelection(false);
        }
        keepSubject.getParent().layout(true, true);
        updateMerge();
    }

    private void row(String fact, String mine, String theirs) {
        TableItem item = new TableItem(facts, SWT.NONE);
        item.setText(new String[] { fact, mine == null ? "" : mine, theirs == null ? "" : theirs });
        if (candidate != null && !String.valueOf(mine).equals(String.valueOf(theirs))) {
            // where the two differ is what the merge decides
            item.setFont(2, org.eclipse.jface.resource.JFaceResources.getBannerFont());
        }
    }

    private static String date(LocalDate date) {
        return org.rapport.ui.api.Formats.date(date);
    }

    private static String instant(Instant instant) {
        return org.rapport.ui.api.Formats.dateTime(instant);
    }

    private void updateMerge() {
        Button merge = getButton(MERGE);
        if (merge != null) {
            merge.setEnabled(candidate != null && subject != null);
        }
    }

    private Facts facts(long id) {
        try (UnitOfWork work = action.store.begin()) {
            Customer c = work.<Customer>find(CustomersPackage.Literals.CUSTOMER, id).orElseThrow(() -> new IllegalStateException("Customer#" + id));
            return new Facts(id, c.getReference(), c.getName(), c.getEmails().stream().map(EmailAddress::getAddress).collect(Collectors.joining(", ")),
                    c.getPhones().stream().map(Phone::getNumber).collect(Collectors.joining(", ")), c.getBirthday(), c.getRegion(),
                    action.channels.label(c.getChannel()), EnumLabels.of(c.getStatus()), c.getCreatedAt(), c.getAccountManager(), c.getPurchases().size(),
                    c.getInteractions().size());
        }
    }

    /** Merges after a confirmation that says what moves; an unsaved profile of either customer must be saved first. */
    private void merge() {
        if (subject == null || candidate == null) {
            return;
        }
        Facts survivor = keepSubject.getSelection() ? subject : candidate;
        Facts removed = survivor == subject ? candidate : subject;
        for (Facts each : List.of(survivor, removed)) {
            if (action.editorOf(each.id()).map(MPart::isDirty).orElse(false)) {
                MessageDialog.openError(getShell(), Messages.duplicates_title, NLS.bind(Messages.duplicates_unsaved, each.title()));
                return;
            }
        }
        if (!Confirm.destructive(getShell(), Messages.duplicates_confirm_title,
                NLS.bind(Messages.duplicates_confirm, new Object[] { removed.title(), survivor.title(), removed.purchases(), removed.interactions() }),
                Messages.duplicates_merge_confirmed)) {
            return;
        }
        Merged[] merged = { null };
        RuntimeException[] failure = { null };
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                merged[0] = action.duplicates.merge(survivor.id(), removed.id());
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(getShell(), Messages.duplicates_merge_failed_title, NLS.bind(Messages.duplicates_failed, failure[0].getMessage()));
            return;
        }
        Merged done = merged[0];
        action.merged(survivor.id(), removed.id(), survivor.name());
        note.setText("\u2714 " + NLS.bind(Messages.duplicates_merged, new Object[] { removed.title(), survivor.title(), done.purchases(), done.interactions(),
                done.contacts(), done.references() }));

        subjectId = survivor.id();
        keepSubject.setSelection(true);
        keepCandidate.setSelection(false);
        load();
        note.getParent().layout(true, true);
    }

    /** What the last merge did, for the workbench tests. */
    String note() {
        return note.getText();
    }

    /** For the workbench tests. */
    Table candidates() {
        return candidates;
    }

    /** For the workbench tests. */
    Table facts() {
        return facts;
    }

    /** For the workbench tests. */
    Button keepCandidate() {
        return keepCandidate;
    }

    /** For the workbench tests. */
    Button keepSubject() {
        return keepSubject;
    }

    /** For the workbench tests. */
    Button button(int id) {
        return getButton(id);
    }
}
