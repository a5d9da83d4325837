package org.rapport.customers.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.Channels.ChannelInfo;
import org.rapport.customers.api.CustomerExport;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.customers.api.CustomerListing.Contact;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.customers.api.CustomerListing.Match;
import org.rapport.customers.api.CustomerListing.Row;
import org.rapport.customers.api.Progress;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CurrentCustomer;
import org.rapport.customers.ui.api.CustomerEvents;
import org.rapport.persistence.api.CommitEvents;
import org.rapport.ui.api.OnlyChip;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.Folders;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.PagedTable;

/**
 * Every customer in one list that pages from the store as it scrolls (a virtual table: only the
 * rows shown are read, a page of {@value #PAGE} at a time, the last {@value #PAGES_KEPT} pages
 * kept), searched as the user types (names, references, e-mail addresses, phone numbers; or any
 * text in names, companies and notes), filtered by channel, region and tag, and sorted by a click on a
 * column; a column names what is wrong with each customer's data.
 * Enter or a double click opens the customer's profile. The toolkit's {@link PagedTable} does the
 * paging; the list follows the store's commit events (and {@link CustomerEvents#CHANGED}), and the
 * customer selected is the current one ({@link org.rapport.customers.ui.api.CustomerContext#CURRENT}).
 */
public class CustomersPart {

    /** The key of the widget ids the workbench tests find widgets by. */
    static final String WIDGET = "org.rapport.widget";
    static final int PAGE = 200;
    private static final int PAGES_KEPT = 20;
    /** How long typing must pause before the list follows, in milliseconds. */
    private static final int TYPING_PAUSE = 250;
    private static final Column[] COLUMNS = Column.values();
    /** At most this many regions or tags are offered (any other can be typed). */
    private static final int OFFERED = 500;
    private static final String AREA = org.rapport.customers.api.CustomersAreaId.ID;
    /** The import wizard's command (the transfer area's), offered by the empty list when it is installed. */
    private static final String IMPORT_COMMAND = "org.rapport.transfer.ui.command.import";
    /** How long the list waits for more commits before it counts again: an import commits in quick batches. */
    private static final int COMMIT_PAUSE = 500;

    @Inject
    private CustomerListing listing;
    @Inject
    private Channels channels;
    /** The channels the filter offers, in its order after "any"; none until they are read. */
    private volatile List<ChannelInfo> channelChoices = List.of();
    @Inject
    private CustomerEditors editors;
    @Inject
    private CustomerExport exporter;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private DuplicatesAction duplicates;
    @Inject
    private CurrentCustomers current;
    @Inject
    private MPart part;
    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;

    private Text search;
    private Combo match;
    private Combo channel;
    private Combo region;
    private InUse regions;
    private Combo tag;
    private InUse tags;
    private Label count;
    private Button clearFilters;
    /** The chip saying the list shows only some customers (a report's drill-down), with its clear button; hidden otherwise. */
    private OnlyChip only;
    /** The customers the list is narrowed to, or null for any. */
    private java.util.Set<Long> onlyIds;
    private Composite holder;
    private EmptyState empty;
    private ListColumns columns;
    private Table table;
    private PagedTable<Filter, Column, Row> rows;
    /**
     * What the filters offer is read here: grouping the tags of a million customers takes longer
     * than a count, and the count must not wait behind it when the part opens.
     */
    private Background offers;
    private final Runnable refreshAfterTyping = this::refresh;
    private final Runnable refreshAfterCommits = this::storeChanged;

    @PostConstruct
    void create(Composite parent) {
        offers = new Background("Rapport customers offers");
        parent.addListener(SWT.Dispose, e -> offers.close());
        GridLayoutFactory.swtDefaults().numColumns(8).applyTo(parent);
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.search_hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(search);
        search.addModifyListener(e -> {
            search.getDisplay().timerExec(-1, refreshAfterTyping);
            search.getDisplay().timerExec(TYPING_PAUSE, refreshAfterTyping);
        });
        // Down leaves the search for the list, as in a mail client
        search.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && table.getItemCount() > 0) {
                table.setFocus();
                table.setSelection(0);
                e.doit = false;
            } else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                refresh();
            } else if (e.keyCode == SWT.ESC && !search.getText().isEmpty()) {
                search.setText("");
                e.doit = false;
            }
        });

        match = new Combo(parent, SWT.READ_ONLY);
        match.setItems(Messages.match_lookup, Messages.match_anywhere);
        match.setToolTipText(Messages.match_hint);
        match.select(0);
        match.addListener(SWT.Selection, e -> {
            search.setMessage(match.getSelectionIndex() == 1 ? Messages.search_anywhere_hint : Messages.search_hint);
            refresh();
        });

        channel = new Combo(parent, SWT.READ_ONLY);
        channel.add(Messages.channel_any);
        channel.select(0);
        offers.run(channel, channels::channels, this::offerChannels, failure -> {
            // refused or the database gone: the list says why where its count goes
        });
        channel.addListener(SWT.Selection, e -> refresh());

        // regions and tags are free text: the filters offer those in use, and any can be typed
        region = inUseFilter(parent, Messages.region_any, Messages.region_hint, 120);
        regions = new InUse(region, offers, () -> listing.regions(OFFERED));
        tag = inUseFilter(parent, Messages.tag_any, Messages.tag_hint, 140);
        tags = new InUse(tag, offers, () -> listing.tags(OFFERED));

        count = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(160, SWT.DEFAULT).applyTo(count);

        clearFilters = new Button(parent, SWT.PUSH);
        clearFilters.setText(Messages.clear_filters);
        clearFilters.setToolTipText(Messages.clear_filters_tooltip);
        clearFilters.setData(WIDGET, "customers-clear-filters");
        clearFilters.addListener(SWT.Selection, e -> clearFilters());

        Button export = new Button(parent, SWT.PUSH);
        export.setText(Messages.export_button);
        boolean mayExport = currentUser.get().map(user -> user.may(AREA, Action.EXPORT)).orElse(false);
        export.setEnabled(mayExport);
        export.setToolTipText(mayExport ? Messages.export_tooltip : Messages.export_not_allowed);
        export.addListener(SWT.Selection, e -> exportWithDialog());

        only = new OnlyChip(parent, 8, "customers", Messages.only_clear, Messages.only_clear_tooltip, () -> showOnly(null, null));

        // the table, or in its place what to do when there is nothing to list
        holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new StackLayout());
        GridDataFactory.fillDefaults().grab(true, true).span(8, 1).applyTo(holder);
        table = new Table(holder, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        empty = new EmptyState(holder);
        showTable(true);
        String[] titles = { Messages.column_reference, Messages.column_name, Messages.column_region, Messages.column_channel, Messages.column_status,
                Messages.column_account_manager };
        int[] widths = { 110, 220, 120, 100, 100, 140 };
        rows = new PagedTable<>(table, listing, Column.NAME, PAGE, PAGES_KEPT, new PagedTable.RowFormat<>() {
            @Override
            public void show(TableItem item, Row row) {
                fill(item, row);
            }

            @Override
            public void loading(TableItem item) {
                item.setText(1, Messages.row_loading);
            }
        }, this::counted, "Rapport customers");
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
            rows.sortable(column, COLUMNS[i]);
        }
        // phone and e-mail: shown when the person chooses (not sortable: a customer has several)
        for (ListColumns.Optional optional : ListColumns.Optional.values()) {
            new TableColumn(table, SWT.LEFT).setText(optional.title());
        }
        columns = new ListColumns(table, part, COLUMNS.length);
        // what is wrong with the data: not a column to sort by, the store does not keep it
        TableColumn quality = new TableColumn(table, SWT.LEFT);
        quality.setText(Messages.column_quality);
        quality.setWidth(200);
        table.setSortColumn(table.getColumn(Column.NAME.ordinal()));
        table.setSortDirection(SWT.UP);
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        table.addListener(SWT.Selection, e -> publishSelected());
        ListMenu.attach(table, rows::selected, chosen -> chosen.forEach(row -> editors.open(row.id(), row.name())),
                row -> duplicates.open(table.getShell(), row.id()), this::exportSelection, mayExport, editors, columns);
        refresh();
    }

    /** Customers were imported, merged or changed elsewhere: count and read again. */
    @Inject
    @Optional
    void customersChanged(@UIEventTopic(CustomerEvents.CHANGED) Object what) {
        if (table != null && !table.isDisposed()) {
            storeChanged();
        }
    }

    /**
     * A commit to the store touched the customer model (here, in another unit of work, an import):
     * count and read again once the commits pause.
     */
    @Inject
    @Optional
    void committed(@UIEventTopic(CommitEvents.TOPIC) org.osgi.service.event.Event event) {
        if (table != null && !table.isDisposed() && event.getProperty(CommitEvents.CLASSES) instanceof String[] classes
                && Arrays.stream(classes).anyMatch(c -> c.startsWith(CustomersPackage.eNS_URI + "#"))) {
            table.getDisplay().timerExec(-1, refreshAfterCommits);
            table.getDisplay().timerExec(COMMIT_PAUSE, refreshAfterCommits);
        }
    }

    private void storeChanged() {
        if (!table.isDisposed()) {
            refresh();
            regions.changed();
            tags.changed();
        }
    }

    /** The channels read, as the filter's choices; the rows shown so far get their labels. */
    private void offerChannels(List<ChannelInfo> read) {
        if (channel.isDisposed()) {
            return;
        }
        channelChoices = read;
        read.forEach(each -> channel.add(each.label()));
        table.clearAll();
    }

    private String channelLabel(String code) {
        return code == null ? "" : channelChoices.stream().filter(each -> each.code().equals(code)).map(ChannelInfo::label).findFirst().orElse(code);
    }

    /** Reads the filter from the controls, counts in the background, then shows the first rows. */
    void refresh() {
        if (table.isDisposed()) {
            return;
        }
        String text = search.getText().strip();
        int chosen = channel.getSelectionIndex();
        count.setText(Messages.count_loading);
        clearFilters.setEnabled(filtered());
        rows.show(new Filter(text.isEmpty() ? null : text, chosen <= 0 || chosen > channelChoices.size() ? null : channelChoices.get(chosen - 1).code(),
                chosenIn(region, Messages.region_any), chosenIn(tag, Messages.tag_any), match.getSelectionIndex() == 1 ? Match.ANYWHERE : Match.LOOKUP,
                onlyIds));
    }

    /**
     * Lists only these customers (those behind a report's figure) and says so on the chip above
     * the list, or with null everyone again; the other filters still apply on top.
     */
    void showOnly(java.util.Set<Long> ids, String description) {
        if (table.isDisposed()) {
            return;
        }
        onlyIds = ids;
        only.show(ids != null ? NLS.bind(Messages.only_text, description) : null, description);
        refresh();
    }

    /** The count came back: say it, or why there is none (refused: a role that may not read customers; the database gone). */
    private void counted(PagedTable.Counted counted) {
        if (counted.problem() != null) {
            count.setToolTipText(counted.problem());
            showProblem(counted.problem());
            return;
        }
        count.setToolTipText(null);
        showTable(counted.total() > 0);
        if (counted.total() == 0) {
            explainEmpty(filtered(), currentUser.get().orElse(null));
        }
        count.setText(counted.total() == 1 ? Messages.count_one : NLS.bind(Messages.count_customers, Formats.count(counted.total())));
        count.getParent().layout(new Label[] { count });
    }

    private void showProblem(String problem) {
        count.setText(problem.length() > 60 ? problem.substring(0, 59) + "\u2026" : problem);
        count.getParent().layout(new Label[] { count });
    }

    /** Shows a customer in an item. */
    private void fill(TableItem item, Row row) {
        item.setText(new String[] { row.reference(), row.name(), text(row.region()), channelLabel(row.channel()),
                EnumLabels.of(row.status()), text(row.accountManager()), contact(row.phone()), contact(row.email()), EnumLabels.of(row.flags()) });
        Color problem = Colors.problem(item.getParent());
        int phone = COLUMNS.length + ListColumns.Optional.PHONE.ordinal();
        int email = COLUMNS.length + ListColumns.Optional.EMAIL.ordinal();
        item.setForeground(phone, row.phone() != null && row.phone().invalid() ? problem : null);
        item.setForeground(email, row.email() != null && row.email().invalid() ? problem : null);
        // every flag is something to take care of: all in red, as the user guide says
        item.setForeground(email + 1, row.flags().isEmpty() ? null : problem);
    }

    /** A phone number or e-mail address as a cell shows it: the first, and how many more there are. */
    private static String contact(Contact contact) {
        if (contact == null) {
            return "";
        }
        return contact.more() == 0 ? contact.value() : NLS.bind(Messages.contact_more, contact.value(), contact.more());
    }

    /** Whether the search or a filter narrows the list. */
    private boolean filtered() {
        return !search.getText().isBlank() || match.getSelectionIndex() == 1 || channel.getSelectionIndex() > 0 || chosenIn(region, Messages.region_any) != null
                || chosenIn(tag, Messages.tag_any) != null || onlyIds != null;
    }

    /** Clear filters: the search, the match, the channel, the region and the tag back to everyone. */
    void clearFilters() {
        search.setText("");
        match.select(0);
        search.setMessage(Messages.search_hint);
        channel.select(0);
        region.select(0);
        tag.select(0);
        onlyIds = null;
        showOnly(null, null);
        search.getDisplay().timerExec(-1, refreshAfterTyping);
        refresh();
        search.setFocus();
    }

    void showTable(boolean show) {
        StackLayout stack = (StackLayout) holder.getLayout();
        Control top = show ? table : empty.control();
        if (stack.topControl != top) {
            stack.topControl = top;
            holder.layout(true, true);
        }
    }

    /**
     * Nothing to list: why, and what to do. Filters that match nobody; a user who reads only their own
     * accounts and has none yet; or a database without customers.
     */
    void explainEmpty(boolean filtered, SessionUser user) {
        List<EmptyState.Action> actions = new ArrayList<>();
        if (filtered) {
            String typed = search.getText().strip();
            empty.show(Messages.empty_no_match_title, typed.isEmpty() ? Messages.empty_no_match_filters : NLS.bind(Messages.empty_no_match_text, typed),
                    List.of(new EmptyState.Action(Messages.clear_filters, this::clearFilters)));
            return;
        }
        boolean mayCreate = user != null && user.may(AREA, Action.CREATE);
        boolean ownOnly = user != null && user.scope(AREA, Action.READ).orElse(null) == Scope.OWN;
        if (!ownOnly) {
            ParameterizedCommand importing = commands.createCommand(IMPORT_COMMAND, null);
            if (importing != null && handlers.canExecute(importing)) {
                actions.add(new EmptyState.Action(Messages.empty_import, () -> handlers.executeHandler(importing)));
            }
        }
        if (mayCreate) {
            actions.add(new EmptyState.Action(Messages.empty_new_customer, this::newCustomer));
        }
        if (ownOnly) {
            empty.show(Messages.empty_no_accounts_title, mayCreate ? Messages.empty_no_accounts_text_create : Messages.empty_no_accounts_text, actions);
        } else {
            empty.show(Messages.empty_no_customers_title, Messages.empty_no_customers_text, actions);
        }
    }

    private void newCustomer() {
        ContextInjectionFactory.make(NewCustomers.class, part.getContext()).run(table.getShell());
    }

    /** Export selection…: the customers selected, with the same file chooser, progress and report as Export…. */
    private void exportSelection(List<Row> selected) {
        if (selected.isEmpty()) {
            return;
        }
        List<Long> ids = selected.stream().map(Row::id).toList();
        String chosen = chooseFile(selected.size() == 1 ? selected.get(0).reference() + ".csv" : "customers-selection.csv");
        if (chosen != null) {
            report(export(Path.of(chosen), (file, progress) -> exporter.exportCustomers(file, ids, progress)));
        }
    }

    private String chooseFile(String name) {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        dialog.setFileName(name);
        dialog.setFilterPath(Folders.documents().toString());
        dialog.setOverwrite(true);
        return dialog.open();
    }

    private void report(Export result) {
        if (result.problem() != null) {
            MessageDialog.openError(table.getShell(), Messages.export_title, result.problem());
        } else {
            MessageDialog.openInformation(table.getShell(), Messages.export_title, result.message());
        }
    }

    /** Asks where to, exports with progress and Cancel, and says how it went. */
    private void exportWithDialog() {
        String chosen = chooseFile("customers.csv");
        if (chosen != null) {
            report(export(Path.of(chosen)));
        }
    }

    /** How an export went: what to tell the user, or the problem. */
    record Export(String message, String problem) {
    }

    /**
     * Exports every customer the user may read to the file, in the background with a progress
     * dialog that can cancel it (a cancelled export leaves no file).
     */
    Export export(Path file) {
        return export(file, exporter::exportCustomers);
    }

    /** An export of all customers or of some. */
    interface Exporting {
        long export(Path file, Progress progress);
    }

    /** Exports with a progress dialog that can cancel it (a cancelled export leaves no file). */
    Export export(Path file, Exporting exporting) {
        long[] exported = { 0 };
        boolean[] cancelled = { false };
        try {
            new ProgressMonitorDialog(table.getShell()).run(true, true, monitor -> {
                String task = NLS.bind(Messages.export_task, file.getFileName());
                exported[0] = exporting.export(file, new Progress() {
                    private String all;

                    @Override
                    public void total(long rows) {
                        // the exporter counts what it exports: the list does not count first
                        all = Formats.count(rows);
                        monitor.beginTask(task, (int) Math.min(rows, Integer.MAX_VALUE));
                    }

                    @Override
                    public void rows(long rows) {
                        String done = Formats.count(rows);
                        monitor.worked(Progress.EVERY);
                        monitor.subTask(all == null ? done : NLS.bind(Messages.export_progress, done, all));
                    }

                    @Override
                    public boolean isCancelled() {
                        cancelled[0] = monitor.isCanceled();
                        return cancelled[0];
                    }
                });
                monitor.done();
            });
        } catch (InvocationTargetException e) {
            // refused (no EXPORT permission), the file cannot be written, the database is gone, too many selected
            return new Export(null, e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled[0] = true;
        }
        if (cancelled[0]) {
            return new Export(Messages.export_cancelled, null);
        }
        return new Export(NLS.bind(Messages.export_done, Formats.count(exported[0]), file), null);
    }

    /** A filter combo whose first item is "any", the values in use after it (see {@link InUse}); Enter filters by what is typed. */
    private Combo inUseFilter(Composite parent, String any, String hint, int width) {
        Combo combo = new Combo(parent, SWT.DROP_DOWN);
        combo.setToolTipText(hint);
        combo.add(any);
        combo.select(0);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> refresh());
        combo.addListener(SWT.DefaultSelection, e -> refresh());
        return combo;
    }

    /** What a filter combo of {@link #inUseFilter} filters by: null for its "any" item or nothing typed. */
    private static String chosenIn(Combo combo, String any) {
        String chosen = combo.getSelectionIndex() == 0 ? "" : combo.getText().strip();
        return chosen.isEmpty() || chosen.equals(any) ? null : chosen;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void openSelected() {
        rows.selected().forEach(row -> editors.open(row.id(), row.name()));
    }

    /** The first customer selected is the current one; none selected leaves the current one as it is. */
    private void publishSelected() {
        rows.selected().stream().findFirst().ifPresent(row -> current.publish(new CurrentCustomer(row.id(), row.reference())));
    }

    /** The customer an item shows now, or null while it waits for its page (see {@link PagedTable#rowOf}). */
    static Row rowOf(TableItem item) {
        return PagedTable.rowOf(item);
    }

    /** The table, for the workbench tests. */
    Table table() {
        return table;
    }

    /** The search field, for the workbench tests. */
    Text search() {
        return search;
    }

    /** The tag filter, for the workbench tests. */
    Combo tag() {
        return tag;
    }

    /** The region filter, for the workbench tests. */
    Combo region() {
        return region;
    }

    /** The offers of the tag filter, for the workbench tests. */
    InUse tags() {
        return tags;
    }

    /** The optional columns, for the workbench tests. */
    ListColumns columns() {
        return columns;
    }

    /** What the list says when it is empty, for the workbench tests. */
    EmptyState empty() {
        return empty;
    }

    /** Whether the empty state stands in the table's place, for the workbench tests. */
    boolean showsEmptyState() {
        return ((StackLayout) holder.getLayout()).topControl == empty.control();
    }

    /** The Clear filters button, for the workbench tests. */
    Button clearFiltersButton() {
        return clearFilters;
    }

    /** The count shown, for the workbench tests. */
    String countText() {
        return count.getText();
    }

    @Focus
    void focus() {
        search.setFocus();
        publishSelected();
    }
}
