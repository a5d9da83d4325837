package org.rapport.complaints.ui.internal.admin.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.Policy;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.ServiceLevelTexts;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.complaints.ui.internal.admin.calendars.StatusLine;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Confirm;
import org.rapport.ui.api.EnumLabels;

/**
 * The service policies in the Administration perspective: per severity and customer tier, the
 * business time to acknowledge, to give a first solution and to resolve, and the calendar they run
 * on. A severity without a policy of its own runs on the shipped one, shown as such; editing it
 * stores it. Read-only for users who may not change the service levels (the store refuses them).
 */
public class PoliciesPart {

    private record Shown(String title, int width, Function<Policy, String> text) {
    }

    @Inject
    private Complaints complaints;
    @Inject
    private CurrentUser user;

    private final Background background = new Background("Rapport policies");
    private final EnumLabels labels = EnumLabels.ofBundle(Complaints.class);
    private final List<Shown> columns = List.of(new Shown(Messages.policies_column_severity, 100, p -> labels.of(p.severity())),
            new Shown(Messages.policies_column_tier, 120, p -> p.tier() == null ? Messages.policies_every_tier : p.tier()),
            new Shown(Messages.policies_column_calendar, 120, Policy::calendarName),
            new Shown(Messages.policies_column_acknowledge, 110, p -> ServiceLevelTexts.writeDuration(p.acknowledge())),
            new Shown(Messages.policies_column_solution, 110, p -> p.solution() == null ? "" : ServiceLevelTexts.writeDuration(p.solution())),
            new Shown(Messages.policies_column_resolve, 110, p -> ServiceLevelTexts.writeDuration(p.resolve())),
            new Shown(Messages.policies_column_source, 120, p -> p.shipped() ? Messages.policies_shipped : Messages.policies_stored));
    private boolean mayChange;
    private Table table;
    private Button edit;
    private Button add;
    private Button remove;
    private StatusLine status;
    private List<Policy> rows = List.of();
    private List<String> calendars = List.of(Complaints.ALWAYS_OPEN);

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(parent);
        Label heading = new Label(parent, SWT.WRAP);
        heading.setText(Messages.policies_heading);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(heading);
        table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (Shown column : columns) {
            TableColumn widget = new TableColumn(table, SWT.LEFT);
            widget.setText(column.title());
            widget.setWidth(column.width());
        }
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(table);
        table.addListener(SWT.Selection, e -> enable());
        table.addListener(SWT.DefaultSelection, e -> edit());
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL && remove.isEnabled()) {
                remove();
            }
        });
        edit = button(parent, Messages.policies_edit, this::edit);
        add = button(parent, Messages.policies_add, this::add);
        remove = button(parent, Messages.policies_remove, this::remove);
        status = new StatusLine(parent, 1);
        parent.setData(PoliciesPart.class.getName(), this);
        read();
    }

    private Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    @PreDestroy
    void dispose() {
        background.close();
    }

    private record Read(List<Policy> policies, List<String> calendars) {
    }

    void read() {
        // asked again at each reading: another user may have signed in meanwhile
        mayChange = user.get().map(u -> u.may(ComplaintsAreaId.SETTINGS, Action.UPDATE)).orElse(false);
        for (Button button : List.of(edit, add, remove)) {
            button.setToolTipText(mayChange ? null : Messages.policies_denied);
        }
        enable();
        background.run(table, () -> {
            List<String> names = new ArrayList<>();
            names.add(Complaints.ALWAYS_OPEN);
            names.addAll(complaints.calendarNames());
            return new Read(complaints.policies(), names);
        }, this::show, failure -> problem(failure.getMessage()));
    }

    private void show(Read read) {
        Policy selected = selected();
        rows = read.policies();
        calendars = read.calendars();
        table.removeAll();
        for (Policy policy : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            for (int i = 0; i < columns.size(); i++) {
                item.setText(i, columns.get(i).text().apply(policy));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (selected != null && rows.get(i).severity() == selected.severity() && java.util.Objects.equals(rows.get(i).tier(), selected.tier())) {
                table.select(i);
            }
        }
        enable();
    }

    private Policy selected() {
        int index = table.getSelectionIndex();
        return index >= 0 && index < rows.size() ? rows.get(index) : null;
    }

    private void enable() {
        Policy selected = selected();
        edit.setEnabled(mayChange && selected != null);
        add.setEnabled(mayChange && selected != null);
        remove.setEnabled(mayChange && selected != null && !selected.shipped());
    }

    private void edit() {
        if (edit.isEnabled()) {
            open(selected(), false);
        }
    }

    /** A tier-specific policy, starting from the selected one's severity and durations. */
    private void add() {
        if (add.isEnabled()) {
            open(selected(), true);
        }
    }

    private void open(Policy from, boolean adding) {
        PolicyDialog dialog = new PolicyDialog(table.getShell(), from, adding, calendars, labels);
        if (dialog.open() == Window.OK) {
            set(dialog.result());
        }
    }

    /** Stores a policy as the dialog gave it. */
    void set(Policy wanted) {
        background.run(table, () -> {
            complaints.setPolicy(wanted.severity(), wanted.tier(), wanted.calendarName(), wanted.acknowledge(), wanted.solution(), wanted.resolve());
            return wanted;
        }, stored -> {
            plain(NLS.bind(Messages.policies_saved, labels.of(stored.severity()), stored.tier() == null ? Messages.policies_every_tier : stored.tier()));
            read();
        }, failure -> problem(failure.getMessage()));
    }

    private void remove() {
        Policy chosen = selected();
        String tier = chosen.tier() == null ? Messages.policies_every_tier : chosen.tier();
        if (!Confirm.destructive(table.getShell(), Messages.policies_remove_title, NLS.bind(Messages.policies_remove_question, labels.of(chosen.severity()), tier),
                Messages.policies_remove_action)) {
            return;
        }
        background.run(table, () -> {
            complaints.removePolicy(chosen.severity(), chosen.tier());
            return chosen;
        }, removed -> {
            plain(NLS.bind(Messages.policies_removed, labels.of(removed.severity()), tier));
            read();
        }, failure -> problem(failure.getMessage()));
    }

    private void problem(String message) {
        status.problem(message);
    }

    private void plain(String message) {
        status.plain(message);
    }

    // for the workbench tests

    Table table() {
        return table;
    }

    List<Policy> rows() {
        return rows;
    }

    String status() {
        return status.text();
    }
}
