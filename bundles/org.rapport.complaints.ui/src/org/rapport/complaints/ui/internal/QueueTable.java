package org.rapport.complaints.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.ComplaintQueue.Column;
import org.rapport.complaints.api.ComplaintQueue.Filter;
import org.rapport.complaints.api.ComplaintQueue.Row;
import org.rapport.core.api.ClockService;
import org.rapport.security.api.StaffNames;
import org.rapport.ui.api.EnumLabels;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.PagedTable;

/**
 * A paged table of complaints (the queue, a customer's Complaints tab): the countdown to each
 * one's next due time in its colour, redrawn every minute from the rows already read (a minute
 * changes the countdowns, not the rows); Enter or a double click opens the complaint.
 */
final class QueueTable {

    /** How often the countdowns are redrawn. */
    static final int REDRAW_MILLIS = 60_000;
    private static final int PAGE = 100;

    /** A column as the table shows it: its title, width, what it sorts by (or null) and its text. */
    private record Shown(String title, int width, Column sort, java.util.function.BiFunction<Row, Instant, String> text) {
    }

    private final Table table;
    private final PagedTable<Filter, Column, Row> paged;
    private final ClockService clock;
    private final StaffNames staff;
    private final EnumLabels labels;
    private final Map<String, String> names = new HashMap<>();
    private final Map<Countdown, Color> colors = new HashMap<>();
    private final List<Shown> columns = new ArrayList<>();
    /** The countdown's column. */
    private static final int DUE = 0;
    /** The level's column (after the customer's, when it shows). */
    private final int levelColumn;

    QueueTable(Composite parent, ComplaintQueue queue, ClockService clock, StaffNames staff, boolean withCustomer, Consumer<PagedTable.Counted> counted,
            Consumer<Row> open) {
        this.clock = clock;
        this.staff = staff;
        this.labels = EnumLabels.ofBundle(ComplaintQueue.class); // the core bundle names its statuses and severities
        table = new Table(parent, SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        columns.add(new Shown(Messages.column_due, 150, Column.URGENCY, (row, now) -> Countdown.text(row, now)));
        columns.add(new Shown(Messages.column_reference, 110, Column.REFERENCE, (row, now) -> row.reference()));
        if (withCustomer) {
            columns.add(new Shown(Messages.column_customer, 140, Column.CUSTOMER, (row, now) -> row.customerName()));
        }
        columns.add(new Shown(Messages.column_subject, 240, Column.SUBJECT, (row, now) -> row.subject()));
        columns.add(new Shown(Messages.column_status, 130, Column.STATUS, (row, now) -> labels.of(row.status())));
        columns.add(new Shown(Messages.column_severity, 80, null, (row, now) -> labels.of(row.severity())));
        columns.add(new Shown(Messages.column_level, 60, Column.LEVEL, (row, now) -> Messages.level(row.level())));
        columns.add(new Shown(Messages.column_assignee, 120, Column.ASSIGNEE, (row, now) -> name(row.assignee())));
        columns.add(new Shown(Messages.column_category, 120, null, (row, now) -> row.category()));
        columns.add(new Shown(Messages.column_opened, 140, Column.OPENED, (row, now) -> Formats.dateTime(row.openedAt())));
        levelColumn = withCustomer ? 6 : 5;
        List<TableColumn> widgets = new ArrayList<>();
        for (Shown column : columns) {
            TableColumn widget = new TableColumn(table, SWT.LEFT);
            widget.setText(column.title());
            widget.setWidth(column.width());
            widgets.add(widget);
        }
        paged = new PagedTable<>(table, queue, Column.URGENCY, PAGE, 5, this::show, counted, "Rapport complaints");
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).sort() != null) {
                paged.sortable(widgets.get(i), columns.get(i).sort());
            }
        }
        table.setSortColumn(widgets.get(DUE));
        table.setSortDirection(SWT.UP);
        table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(open));
        table.addListener(SWT.Dispose, e -> colors.clear());
        redrawEveryMinute();
    }

    private void show(TableItem item, Row row) {
        Instant now = clock.now();
        for (int i = 0; i < columns.size(); i++) {
            String text = columns.get(i).text().apply(row, now);
            item.setText(i, text == null ? "" : text);
        }
        Countdown countdown = Countdown.of(row, now);
        item.setForeground(DUE, colors.computeIfAbsent(countdown, c -> c.color(table)));
        // an escalated complaint's level stands out in the problems' colour
        item.setForeground(levelColumn, row.level() > 1 ? colors.computeIfAbsent(Countdown.RED, c -> c.color(table)) : null);
    }

    private String name(String login) {
        return login == null ? "" : names.computeIfAbsent(login, staff::nameOf);
    }

    private void redrawEveryMinute() {
        table.getDisplay().timerExec(REDRAW_MILLIS, new Runnable() {
            @Override
            public void run() {
                if (!table.isDisposed()) {
                    redraw();
                    table.getDisplay().timerExec(REDRAW_MILLIS, this);
                }
            }
        });
    }

    /** Shows the rows read again at the clock's now: the countdowns and their colours move on, nothing is read. */
    void redraw() {
        int top = table.getTopIndex();
        int[] selection = table.getSelectionIndices();
        colors.clear(); // a theme switch changes the background the colours are chosen for
        table.clearAll();
        table.setSelection(selection);
        table.setTopIndex(top);
    }

    void show(Filter filter) {
        paged.show(filter);
    }

    void refresh() {
        paged.refresh();
    }

    Filter filter() {
        return paged.filter();
    }

    java.util.Optional<Row> selected() {
        return paged.selected().stream().findFirst();
    }

    Table table() {
        return table;
    }
}
