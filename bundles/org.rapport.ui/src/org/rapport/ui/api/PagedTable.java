package org.rapport.ui.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.core.api.Listing;
import org.rapport.ui.internal.Messages;

/**
 * A virtual table ({@code SWT.VIRTUAL}) over a {@link Listing}: it counts the filtered rows off
 * the UI thread, then reads only the rows shown, a page at a time, in the background (the page in
 * view first while the user scrolls fast), keeping the last pages read. A count or a page that
 * comes back for an older filter or order is dropped. The caller makes the table and its columns
 * and says how a row fills an item; a million rows scroll in little memory.
 *
 * @param <F> the listing's filter
 * @param <S> what it sorts by
 * @param <R> its rows
 */
public final class PagedTable<F, S, R> {

    /** How an item shows a row, and what it shows while the row's page is read. */
    public interface RowFormat<R> {
        void show(TableItem item, R row);

        /** While the page is read: "Loading…" in the first column. */
        default void loading(TableItem item) {
            item.setText(0, Messages.loading);
        }
    }

    /**
     * What a count came to.
     *
     * @param total the rows counted; 0 when the count failed
     * @param problem why the count failed (refused, the database gone), or null
     * @param otherRows whether the filter changed since the last count: the table went back to its top
     */
    public record Counted(long total, String problem, boolean otherRows) {
    }

    /** The table's data key for which rows its items show now. */
    private static final String GENERATION = "rapport.rows";
    /** How far (in pages) from the one in view a page may be and still be read. */
    private static final int NEAR = 2;

    private final Table table;
    private final Listing<F, S, R> listing;
    private final RowFormat<R> format;
    private final java.util.function.Consumer<Counted> counted;
    private final int pageSize;
    private final Background counter;
    private final Background pager;
    private final Map<Integer, List<R>> pages;
    /** The pages being read. */
    private final Set<Integer> loading = new HashSet<>();

    private F filter;
    private S sort;
    private boolean ascending = true;
    /** Bumped on every count: a count that comes back for an older filter is dropped. */
    private int countGeneration;
    /** Bumped whenever the rows change (filter, order): a page read for older rows is dropped. */
    private int pageGeneration;
    /** The page the table asked for last, that is, the one in view. */
    private volatile int wantedPage;

    /**
     * @param table a table made with {@code SWT.VIRTUAL}, its columns added
     * @param name names the background threads, as thread dumps show them
     * @param pagesKept how many pages are kept in memory
     * @param counted told on the UI thread whenever a count comes back
     */
    public PagedTable(Table table, Listing<F, S, R> listing, S sort, int pageSize, int pagesKept, RowFormat<R> format, java.util.function.Consumer<Counted> counted,
            String name) {
        if ((table.getStyle() & SWT.VIRTUAL) == 0) {
            throw new IllegalArgumentException("the table must be SWT.VIRTUAL");
        }
        this.table = table;
        this.listing = listing;
        this.sort = sort;
        this.pageSize = pageSize;
        this.format = format;
        this.counted = counted;
        this.counter = new Background(name + " count");
        this.pager = new Background(name + " pages", Background.Order.NEWEST_FIRST);
        this.pages = new LinkedHashMap<>(pagesKept, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<R>> eldest) {
                return size() > pagesKept;
            }
        };
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.Dispose, e -> close());
    }

    /** A click on the column sorts by {@code by}; a second click turns the order round. */
    public void sortable(TableColumn column, S by) {
        column.addListener(SWT.Selection, e -> {
            ascending = !Objects.equals(sort, by) || !ascending;
            sort = by;
            table.setSortColumn(column);
            table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
            reload(table.getItemCount());
        });
    }

    /**
     * Counts the rows of the filter in the background, then shows the first of them; the same
     * filter again (after a change in the store) keeps the user where they are.
     */
    public void show(F newFilter) {
        if (table.isDisposed()) {
            return;
        }
        boolean other = !Objects.equals(newFilter, filter);
        filter = newFilter;
        int mine = ++countGeneration;
        counter.run(table, () -> listing.count(newFilter), total -> {
            if (mine != countGeneration) {
                return;
            }
            reload((int) Math.min(total, Integer.MAX_VALUE));
            if (other) {
                table.deselectAll();
                table.setTopIndex(0);
            }
            counted.accept(new Counted(total, null, other));
        }, failure -> {
            if (mine == countGeneration) {
                table.setItemCount(0);
                counted.accept(new Counted(0, String.valueOf(failure.getMessage()), other));
            }
        });
    }

    /** Counts and reads the current filter again: the store changed. */
    public void refresh() {
        if (filter != null) {
            show(filter);
        }
    }

    /** The filter shown. */
    public F filter() {
        return filter;
    }

    private void reload(int items) {
        pages.clear();
        loading.clear();
        pageGeneration++;
        table.setData(GENERATION, pageGeneration);
        table.setItemCount(items);
        table.clearAll();
    }

    private void fill(TableItem item, int index) {
        int page = index / pageSize;
        wantedPage = page;
        List<R> rows = pages.get(page);
        if (rows == null) {
            item.setData(null);
            format.loading(item);
            load(page);
            return;
        }
        int at = index - page * pageSize;
        if (at >= rows.size()) {
            return; // the list shrank since it was counted
        }
        R row = rows.get(at);
        format.show(item, row);
        item.setData(new Shown(pageGeneration, row));
    }

    /**
     * Reads a page in the background (a deep page of a million rows takes the database a moment,
     * and the table must keep scrolling meanwhile), then fills its items as they come.
     */
    private void load(int page) {
        if (!loading.add(page)) {
            return;
        }
        int mine = pageGeneration;
        F filtered = filter;
        S by = sort;
        boolean up = ascending;
        pager.run(table, () -> {
            // scrolled on meanwhile: a page far from the one wanted now is not read (it is asked for
            // again when it comes into view)
            return Math.abs(wantedPage - page) <= NEAR ? listing.rows(filtered, by, up, page * pageSize, pageSize) : null;
        }, read -> {
            if (mine != pageGeneration) {
                return;
            }
            loading.remove(page);
            if (read != null) {
                pages.put(page, read);
                int first = page * pageSize;
                int last = Math.min(table.getItemCount(), first + pageSize) - 1;
                if (first <= last) {
                    table.clear(first, last); // asks for the rows again, now from the page
                }
            }
        }, failure -> {
            if (mine == pageGeneration) {
                loading.remove(page);
                counted.accept(new Counted(table.getItemCount(), String.valueOf(failure.getMessage()), false));
            }
        });
    }

    /** A row as an item shows it, with the rows it belongs to (see {@link #rowOf}). */
    private record Shown(int generation, Object row) {
    }

    /**
     * The row an item of a paged table shows now, or null while it waits for its page. A cleared
     * item keeps its data until it is painted again, so a row of the rows before the last filter
     * or sort must not count: the item's rows and the table's are compared.
     */
    @SuppressWarnings("unchecked")
    public static <R> R rowOf(TableItem item) {
        return item.getData() instanceof Shown shown && item.getParent().getData(GENERATION) instanceof Integer now && shown.generation() == now
                ? (R) shown.row()
                : null;
    }

    /** The rows selected and read, in the table's order. */
    public List<R> selected() {
        List<R> rows = new ArrayList<>();
        for (TableItem item : table.getSelection()) {
            R row = rowOf(item);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Stops the background reads (the table's disposal does it too). */
    public void close() {
        counter.close();
        pager.close();
    }
}
