package org.rapport.security.ui.internal.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuditLog;
import org.rapport.security.api.AuditLog.Entry;
import org.rapport.security.api.AuditLog.Filter;
import org.rapport.security.api.RecordNames;
import org.rapport.security.model.AuditAction;
import org.rapport.security.ui.internal.Messages;
import org.rapport.security.ui.internal.admin.AuditPages.Page;

/**
 * The audit log: who changed, viewed or exported what, and when, in words: records by what people
 * know them by (a customer's reference and name), fields by their labels, local times. Filters by
 * time, user, customer and kind of change;
 * pages of {@value #PAGE_SIZE} entries, newest or oldest first, read in a background job while a
 * busy bar runs. {@link AuditLog} refuses everybody but administrators; the refusal shows in the
 * message line.
 */
public class AuditPart {

    static final int PAGE_SIZE = 200;

    @Inject
    private AuditLog log;
    @Inject
    private UISynchronize ui;

    private AuditPages pages;
    private MessageLine message;
    private Button sinceOn;
    private DateTime since;
    private Button untilOn;
    private DateTime until;
    private Text user;
    private Text record;
    private Combo change;
    private Combo order;
    private Button search;
    private TableViewer table;
    private Button previous;
    private Button next;
    private Label position;
    private ProgressBar busy;
    private Page shown;
    /** The shown page's records by name: a customer's reference and name rather than Customer#2001. */
    private Map<String, String> names = Map.of();
    private Job running;

    @PostConstruct
    void create(Composite parent) {
        pages = new AuditPages(log, PAGE_SIZE);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
        message = new MessageLine(parent, "admin-audit-message");

        // two rows, so the filters fit a narrow window: when and in which order, then who and what
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        sinceOn = check(filters, Messages.audit_since, "admin-audit-since-on");
        since = date(filters, "admin-audit-since", sinceOn);
        untilOn = check(filters, Messages.audit_until, "admin-audit-until-on");
        until = date(filters, "admin-audit-until", untilOn);
        order = new Combo(filters, SWT.READ_ONLY);
        order.setItems(Messages.audit_newest_first, Messages.audit_oldest_first);
        order.select(0);
        order.setData(Admin.WIDGET, "admin-audit-order");
        Composite what = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(what);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(what);
        // what a person knows: who, which customer (by reference), what kind of change
        user = text(what, Messages.audit_user, "admin-audit-user", 140);
        record = text(what, Messages.audit_record, "admin-audit-record", 120);
        record.setMessage(Messages.audit_record_hint);
        new Label(what, SWT.NONE).setText(Messages.audit_change);
        change = new Combo(what, SWT.READ_ONLY);
        change.add(Messages.audit_change_any);
        AuditAction.VALUES.forEach(action -> change.add(AuditTexts.change(action)));
        change.select(0);
        change.setData(Admin.WIDGET, "admin-audit-change");
        change.addListener(SWT.Selection, e -> search());
        search = Admin.button(what, Messages.audit_search, "admin-audit-search", this::search);

        table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setData(Admin.WIDGET, "admin-audit-table");
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
        Admin.column(table, Entry.class, Messages.audit_column_when, 170, e -> AuditTexts.when(e.at()));
        Admin.column(table, Entry.class, Messages.audit_column_user, 100, Entry::login);
        Admin.column(table, Entry.class, Messages.audit_column_action, 90, e -> AuditTexts.change(e.action()));
        Admin.column(table, Entry.class, Messages.audit_column_object, 200, e -> names.getOrDefault(e.objectClass() + "#" + e.objectId(), e.object()));
        Admin.column(table, Entry.class, Messages.audit_column_feature, 130, AuditTexts::field);
        Admin.column(table, Entry.class, Messages.audit_column_old, 160, AuditTexts::oldValue);
        Admin.column(table, Entry.class, Messages.audit_column_new, 220, AuditTexts::newValue);
        table.setContentProvider(ArrayContentProvider.getInstance());

        Composite paging = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(paging);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(paging);
        previous = Admin.button(paging, Messages.audit_previous, "admin-audit-previous", () -> read(shown.index() - 1));
        next = Admin.button(paging, Messages.audit_next, "admin-audit-next", () -> read(shown.index() + 1));
        position = new Label(paging, SWT.NONE);
        position.setData(Admin.WIDGET, "admin-audit-position");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(position);
        busy = new ProgressBar(paging, SWT.INDETERMINATE);
        busy.setData(Admin.WIDGET, "admin-audit-busy");
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).align(SWT.END, SWT.CENTER).applyTo(busy);
        busy.setVisible(false);
        previous.setEnabled(false);
        next.setEnabled(false);

        for (Text text : List.of(user, record)) {
            text.addListener(SWT.DefaultSelection, e -> search());
        }
        search();
    }

    @Focus
    void focus() {
        search.setFocus();
    }

    @PreDestroy
    void dispose() {
        if (running != null) {
            running.cancel();
        }
    }

    private static Button check(Composite parent, String text, String name) {
        Button check = new Button(parent, SWT.CHECK);
        check.setText(text);
        check.setData(Admin.WIDGET, name);
        return check;
    }

    private static DateTime date(Composite parent, String name, Button on) {
        DateTime date = new DateTime(parent, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
        date.setData(Admin.WIDGET, name);
        date.setEnabled(false);
        on.addListener(SWT.Selection, e -> date.setEnabled(on.getSelection()));
        return date;
    }

    private static Text text(Composite parent, String label, String name, int width) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setData(Admin.WIDGET, name);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(text);
        return text;
    }

    /** Starts a search with the filters as they are now, on its first page. */
    private void search() {
        if (busy()) {
            return;
        }
        message.clear();
        Filter filter;
        try {
            filter = filter();
        } catch (IllegalArgumentException e) {
            message.error(e.getMessage());
            return;
        }
        pages.search(filter, order.getSelectionIndex() == 0, Instant.now());
        read(0);
    }

    Filter filter() {
        ZoneId zone = ZoneId.systemDefault();
        Instant from = sinceOn.getSelection() ? day(since).atStartOfDay(zone).toInstant() : null;
        // until a day: up to the end of that day
        Instant to = untilOn.getSelection() ? day(until).plusDays(1).atStartOfDay(zone).toInstant() : null;
        String objectClass = null;
        Long id = null;
        String reference = blankToNull(record.getText());
        if (reference != null) {
            RecordNames.Record found = log.recordByReference(reference)
                    .orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.audit_no_record, reference)));
            objectClass = found.objectClass();
            id = found.objectId();
        }
        AuditAction action = change.getSelectionIndex() <= 0 ? null : AuditAction.VALUES.get(change.getSelectionIndex() - 1);
        return new Filter(from, to, blankToNull(user.getText()), objectClass, id, action);
    }

    private static LocalDate day(DateTime date) {
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Reads a page in a job; the table, the buttons and the busy bar follow when it is done. */
    private void read(int index) {
        setBusy(true);
        Job job = Job.create(Messages.audit_job, monitor -> {
            Page page = null;
            String failure = null;
            Map<String, String> named = Map.of();
            try {
                page = pages.page(index);
                named = names(page.entries());
            } catch (AccessDeniedException | IllegalArgumentException e) {
                failure = e.getMessage();
            } catch (RuntimeException e) {
                failure = Admin.failure(e);
            }
            Page read = page;
            String refused = failure;
            Map<String, String> recordNames = named;
            ui.asyncExec(() -> {
                names = recordNames;
                show(read, refused);
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        running = job;
        job.schedule();
    }

    /** The records of a page by name, each once (off the UI thread: the names are read from the store). */
    private Map<String, String> names(List<Entry> entries) {
        Map<String, String> named = new HashMap<>();
        for (Entry entry : entries) {
            named.computeIfAbsent(entry.objectClass() + "#" + entry.objectId(), key -> log.recordName(entry.objectClass(), entry.objectId()));
        }
        return named;
    }

    private void show(Page page, String failure) {
        if (table.getTable().isDisposed()) {
            return;
        }
        setBusy(false);
        if (failure != null) {
            message.error(failure);
            table.setInput(List.of());
            position.setText("");
            return;
        }
        shown = page;
        table.setInput(page.entries());
        previous.setEnabled(page.index() > 0);
        next.setEnabled(page.more());
        position.setText(page.entries().isEmpty() ? Messages.audit_none
                : NLS.bind(Messages.audit_position, page.first() + 1, page.first() + page.entries().size()));
        position.getParent().layout();
    }

    private void setBusy(boolean on) {
        busy.setVisible(on);
        search.setEnabled(!on);
        if (on) {
            previous.setEnabled(false);
            next.setEnabled(false);
        }
    }

    /** Whether a page is being read (for tests). */
    boolean busy() {
        return busy.getVisible();
    }
}
