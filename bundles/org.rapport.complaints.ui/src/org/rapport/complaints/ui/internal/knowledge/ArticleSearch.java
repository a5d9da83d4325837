package org.rapport.complaints.ui.internal.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.KnowledgeBase;
import org.rapport.complaints.api.KnowledgeBase.Hit;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.EnumLabels;
import org.rapport.ui.api.Formats;

/**
 * A search field that searches the knowledge base as the user types, and the articles found, best
 * first (the service's ranking), each with a snippet of its body. The search runs off the UI
 * thread a moment after the last key, and only the answer to the latest query is shown, so fast
 * typing neither freezes the view nor shows an older query's articles last.
 */
public final class ArticleSearch {

    /** Articles a search shows at most. */
    static final int LIMIT = 50;
    /** The pause after a key before the search runs: a word typed costs one search. */
    static final int PAUSE_MILLIS = 250;

    /** One article found, as a row shows it. */
    public record Found(Hit hit, String snippet) {
        public String code() {
            return hit.article().getCode();
        }
    }

    private final KnowledgeBase knowledge;
    private final EnumLabels labels = EnumLabels.ofBundle(ComplaintQueue.class);
    private final Background background = new Background("Rapport knowledge search", Background.Order.NEWEST_FIRST);
    private final Text field;
    private final Label count;
    private final Table table;
    private final List<Found> rows = new ArrayList<>();
    /** The query asked last: a search's answer is shown only if nothing was typed since. */
    private int asked;
    private String shownQuery;

    public ArticleSearch(Composite parent, KnowledgeBase knowledge, Consumer<Found> selected, Consumer<Found> opened) {
        this.knowledge = knowledge;
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(area);
        area.addListener(SWT.Dispose, e -> background.close());
        field = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        field.setMessage(Messages.kb_ui_search_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
        field.addListener(SWT.Modify, e -> later());
        field.addListener(SWT.DefaultSelection, e -> run());
        count = new Label(area, SWT.NONE);
        // under the field, not beside it: the knowledge base's column is narrow
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(table);
        column(Messages.kb_ui_column_title, 220, SWT.LEFT);
        column(Messages.kb_ui_column_snippet, 360, SWT.LEFT);
        column(Messages.kb_ui_column_kind, 100, SWT.LEFT);
        column(Messages.kb_ui_column_language, 70, SWT.LEFT);
        column(Messages.kb_ui_column_solved, 70, SWT.RIGHT);
        table.addListener(SWT.Selection, e -> selected().ifPresent(selected));
        table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(opened));
    }

    private void column(String title, int width, int alignment) {
        TableColumn column = new TableColumn(table, alignment);
        column.setText(title);
        column.setWidth(width);
    }

    /** Searches for this text (as if typed). */
    public void search(String text) {
        field.setText(text == null ? "" : text);
        run();
    }

    /** Searches again for what the field holds: after articles were stored. */
    public void refresh() {
        run();
    }

    private void later() {
        int ask = ++asked;
        field.getDisplay().timerExec(PAUSE_MILLIS, () -> {
            if (ask == asked && !field.isDisposed()) {
                run();
            }
        });
    }

    private void run() {
        int ask = ++asked;
        String query = field.getText();
        background.run(table, () -> knowledge.search(query, LIMIT).stream().map(hit -> new Found(hit, Snippets.of(hit.article().getBody(), query))).toList(),
                found -> {
                    if (ask == asked) {
                        show(query, found);
                    }
                }, failure -> {
                    if (ask == asked) {
                        show(query, List.of());
                        count.setText(NLS.bind(Messages.kb_ui_search_failed, failure.getMessage()));
                    }
                });
    }

    private void show(String query, List<Found> found) {
        String before = selected().map(Found::code).orElse(null);
        rows.clear();
        rows.addAll(found);
        table.removeAll();
        for (Found each : found) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { each.hit().article().getTitle(), each.snippet(), labels.of(each.hit().article().getKind()),
                    Messages.language(each.hit().article().getLanguage()), Formats.count(each.hit().solved()) });
            if (each.code().equals(before)) {
                table.setSelection(item);
            }
        }
        shownQuery = query;
        count.setText(query.isBlank() ? "" : found.isEmpty() ? Messages.kb_ui_found_none : NLS.bind(Messages.kb_ui_found, found.size()));
        count.getParent().layout();
    }

    public java.util.Optional<Found> selected() {
        int index = table.getSelectionIndex();
        return index < 0 || index >= rows.size() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(index));
    }

    /** Selects the row of an article, as a click would. */
    public void select(int index) {
        table.setSelection(index);
        table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    public Text field() {
        return field;
    }

    public Table table() {
        return table;
    }

    /** The articles shown, best first. */
    public List<Found> rows() {
        return List.copyOf(rows);
    }

    /** The query whose articles are shown; null before the first search. */
    public String shownQuery() {
        return shownQuery;
    }

    public void setFocus() {
        field.setFocus();
    }
}
