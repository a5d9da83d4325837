package org.rapport.customers.ui.internal;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.customers.api.CustomerListing;
import org.rapport.customers.api.CustomerListing.Column;
import org.rapport.customers.api.CustomerListing.Filter;
import org.rapport.customers.api.CustomerListing.Row;
import org.rapport.customers.model.Channel;
import org.rapport.customers.ui.api.CustomerEvents;

/**
 * Every customer in one list that pages from the store as it scrolls (a virtual table: only the
 * rows shown are read, a page of {@value #PAGE} at a time, the last {@value #PAGES_KEPT} pages
 * kept), searched as the user types, filtered by channel and sorted by a click on a column.
 * Enter or a double click opens the customer's profile.
 */
public class CustomersPart {

    static final int PAGE = 200;
    private static final int PAGES_KEPT = 20;
    /** How long typing must pause before the list follows, in milliseconds. */
    private static final int TYPING_PAUSE = 250;
    private static final Column[] COLUMNS = Column.values();

    @Inject
    private CustomerListing listing;
    @Inject
    private CustomerEditors editors;
    @Inject
    private DuplicatesAction duplicates;

    /** Counting runs here, off the UI thread: over a million rows it takes a moment. */
    private final ExecutorService counter = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "Rapport customers count");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Integer, List<Row>> pages = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<Row>> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    private Text search;
    private Combo channel;
    private Label count;
    private Table table;
    private Filter filter = Filter.ALL;
    private Column sort = Column.NAME;
    private boolean ascending = true;
    /** Bumped on every refresh: a count that comes back for an older filter is dropped. */
    private int generation;
    private final Runnable refreshAfterTyping = this::refresh;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
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

        channel = new Combo(parent, SWT.READ_ONLY);
        channel.add(Messages.channel_any);
        for (Channel each : Channel.VALUES) {
            channel.add(EnumLabels.of(each));
        }
        channel.select(0);
        channel.addListener(SWT.Selection, e -> refresh());

        count = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(160, SWT.DEFAULT).applyTo(count);

        table = new Table(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table);
        String[] titles = { Messages.column_reference, Messages.column_name, Messages.column_region, Messages.column_channel, Messages.column_status,
                Messages.column_account_manager };
        int[] widths = { 110, 220, 120, 100, 100, 140 };
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
            Column sortBy = COLUMNS[i];
            column.addListener(SWT.Selection, e -> sortBy(column, sortBy));
        }
        table.setSortColumn(table.getColumn(Column.NAME.ordinal()));
        table.setSortDirection(SWT.UP);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        duplicates.contextMenu(table);
        refresh();
    }

    /** Customers were imported, merged or changed elsewhere: count and read again. */
    @Inject
    @Optional
    void customersChanged(@UIEventTopic(CustomerEvents.CHANGED) Object what) {
        if (table != null) {
            refresh();
        }
    }

    private void sortBy(TableColumn column, Column by) {
        ascending = sort != by || !ascending;
        sort = by;
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        reload(table.getItemCount());
    }

    /** Reads the filter from the controls, counts in the background, then shows the first rows. */
    void refresh() {
        if (table.isDisposed()) {
            return;
        }
        String text = search.getText().strip();
        int chosen = channel.getSelectionIndex();
        filter = new Filter(text.isEmpty() ? null : text, chosen <= 0 ? null : Channel.VALUES.get(chosen - 1), null);
        int mine = ++generation;
        Filter counted = filter;
        count.setText(Messages.count_loading);
        Display display = table.getDisplay();
        counter.execute(() -> {
            String failure = null;
            long total = 0;
            try {
                total = listing.count(counted);
            } catch (RuntimeException e) {
                // refused (a role that may not read customers) or the database is gone: say so where the count goes
                failure = e.getMessage();
            }
            long found = total;
            String problem = failure;
            display.asyncExec(() -> {
                if (table.isDisposed() || mine != generation) {
                    return;
                }
                if (problem != null) {
                    count.setText("");
                    count.setToolTipText(problem);
                    table.setItemCount(0);
                    showProblem(problem);
                    return;
                }
                count.setText(NLS.bind(Messages.count_customers, NumberFormat.getIntegerInstance().format(found)));
                count.getParent().layout(new Label[] { count });
                reload((int) Math.min(found, Integer.MAX_VALUE));
            });
        });
    }

    private void showProblem(String problem) {
        count.setText(problem.length() > 60 ? problem.substring(0, 59) + "\u2026" : problem);
        count.getParent().layout(new Label[] { count });
    }

    private void reload(int items) {
        pages.clear();
        table.setItemCount(items);
        table.clearAll();
    }

    private void fill(TableItem item, int index) {
        int page = index / PAGE;
        List<Row> rows = pages.get(page);
        if (rows == null) {
            try {
                rows = listing.rows(filter, sort, ascending, page * PAGE, PAGE);
            } catch (RuntimeException e) {
                showProblem(e.getMessage());
                return;
            }
            pages.put(page, rows);
        }
        int at = index - page * PAGE;
        if (at >= rows.size()) {
            return; // the list shrank since it was counted
        }
        Row row = rows.get(at);
        item.setText(new String[] { row.reference(), row.name(), text(row.region()), EnumLabels.of(row.channel()),
                EnumLabels.of(row.status()), text(row.accountManager()) });
        item.setData(row);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private void openSelected() {
        for (TableItem item : table.getSelection()) {
            if (item.getData() instanceof Row row) {
                editors.open(row.id(), row.name());
            }
        }
    }

    /** The table, for the workbench tests. */
    Table table() {
        return table;
    }

    /** The search field, for the workbench tests. */
    Text search() {
        return search;
    }

    /** The count shown, for the workbench tests. */
    String countText() {
        return count.getText();
    }

    @Focus
    void focus() {
        search.setFocus();
    }

    @PreDestroy
    void dispose() {
        counter.shutdownNow();
    }
}
