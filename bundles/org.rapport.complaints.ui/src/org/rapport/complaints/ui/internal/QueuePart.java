package org.rapport.complaints.ui.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.ComplaintQueue.Filter;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.ComplaintStatus;
import org.rapport.complaints.ui.internal.admin.categories.CategoryChoices;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.CommitEvents;
import org.rapport.persistence.api.Store;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.StaffNames;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.EnumLabels;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.OnlyChip;

/**
 * The service desk's queue: the complaints the user may read, most urgent first, with filters by
 * status, level, assignee, category and overdue (each reachable with Alt and its underlined
 * letter), the countdowns redrawn every minute, and a notice of the escalations that concern the
 * user. The list follows the store's commits, wherever they come from.
 */
public class QueuePart {

    /** A commit of complaints counts the queue again after this pause, so an import's batches cost one count. */
    private static final int SETTLE_MILLIS = 500;

    @Inject
    private ComplaintQueue queue;
    @Inject
    private Categories categoryTree;
    @Inject
    private Store store;
    @Inject
    private ClockService clock;
    @Inject
    private CurrentUser user;
    @Inject
    private StaffNames staff;
    @Inject
    private ComplaintEditors editors;
    @Inject
    private IEventBroker events;

    private QueueTable table;
    private Combo status;
    private Combo level;
    private Combo assignee;
    private Combo category;
    private Button overdue;
    private Label count;
    /** The chip saying the queue shows only some complaints (a report's drill-down), with its clear button; hidden otherwise. */
    private OnlyChip only;
    /** The complaints the queue is narrowed to, or null for any. */
    private Set<Long> onlyIds;
    private Composite notice;
    private Label noticeText;
    private EscalationWatch watch;
    private Background background;
    /** The choices of the assignee and category filters after their fixed first ones, as the combos list them. */
    private final List<String> assignees = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private boolean refreshPending;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(1).applyTo(parent);
        background = new Background("Rapport complaints queue");
        parent.addListener(SWT.Dispose, e -> background.close());
        notice(parent);
        filters(parent);
        only = new OnlyChip(parent, 1, "complaints", Messages.only_clear, Messages.only_clear_tooltip, () -> showOnly(null, null));
        table = new QueueTable(parent, queue, clock, staff, true, counted -> {
            count.setText(counted.problem() != null ? NLS.bind(Messages.queue_failed, counted.problem())
                    : NLS.bind(Messages.queue_count, Formats.count(counted.total())));
            count.getParent().layout();
        }, row -> editors.open(row.reference()));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.table());
        table.show(Filter.OPEN);
        readChoices();
        watch = new EscalationWatch(store, clock, user);
        watches(parent);
    }

    private void filters(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        EnumLabels labels = EnumLabels.ofBundle(ComplaintQueue.class);
        status = combo(bar, Messages.filter_status);
        status.add(Messages.status_open);
        status.add(Messages.status_all);
        for (ComplaintStatus each : ComplaintStatus.VALUES) {
            status.add(labels.of(each));
        }
        status.select(0);
        level = combo(bar, Messages.filter_level);
        level.add(Messages.level_any);
        for (int i = 1; i <= 3; i++) {
            level.add(Messages.level(i));
        }
        level.select(0);
        assignee = combo(bar, Messages.filter_assignee);
        category = combo(bar, Messages.filter_category);
        overdue = new Button(bar, SWT.CHECK);
        overdue.setText(Messages.filter_overdue);
        overdue.addListener(SWT.Selection, e -> filter());
        count = new Label(bar, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(count);
        fillChoices(Map.of(), Map.of());
    }

    private Combo combo(Composite bar, String label) {
        Label caption = new Label(bar, SWT.NONE);
        caption.setText(label);
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        combo.addListener(SWT.Selection, e -> filter());
        return combo;
    }

    /** The category tree (retired categories too: their complaints stay) and the assignees in use, read off the UI thread. */
    private void readChoices() {
        background.run(assignee, () -> new Choices(CategoryChoices.of(categoryTree.tree(true), Locale.getDefault()), staff.namesOf(queue.assignees())),
                read -> fillChoices(read.categories(), read.names()),
                failure -> {
                    // the filters keep their fixed choices
                });
    }

    private record Choices(Map<String, String> categories, Map<String, String> names) {
    }

    /** Fills the category and assignee filters, keeping what was chosen; {@code names} are the assignees' logins with their names. */
    private void fillChoices(Map<String, String> codes, Map<String, String> names) {
        String me = user.get().map(u -> u.login()).orElse(null);
        String chosenAssignee = assignee.getSelectionIndex() > 2 ? assignees.get(assignee.getSelectionIndex() - 3) : null;
        int fixedAssignee = Math.min(Math.max(assignee.getSelectionIndex(), 0), 2);
        assignee.removeAll();
        assignee.add(Messages.assignee_any);
        assignee.add(Messages.assignee_me);
        assignee.add(Messages.assignee_nobody);
        assignees.clear();
        new java.util.TreeMap<>(names).forEach((login, name) -> {
            if (!login.equals(me)) {
                assignees.add(login);
                assignee.add(name);
            }
        });
        assignee.select(chosenAssignee != null && assignees.contains(chosenAssignee) ? 3 + assignees.indexOf(chosenAssignee) : fixedAssignee);
        String chosenCategory = category.getSelectionIndex() > 0 ? categories.get(category.getSelectionIndex() - 1) : null;
        category.removeAll();
        category.add(Messages.category_any);
        categories.clear();
        Map<String, String> ordered = new LinkedHashMap<>(codes);
        ordered.forEach((code, name) -> {
            categories.add(code);
            category.add(name);
        });
        category.select(chosenCategory != null && categories.contains(chosenCategory) ? 1 + categories.indexOf(chosenCategory) : 0);
        category.getParent().layout();
    }

    /** The filter the controls show. */
    Filter chosen() {
        Set<ComplaintStatus> statuses = switch (status.getSelectionIndex()) {
            case 0 -> Lifecycle.OPEN;
            case 1 -> null;
            default -> EnumSet.of(ComplaintStatus.VALUES.get(status.getSelectionIndex() - 2));
        };
        Integer onLevel = level.getSelectionIndex() > 0 ? level.getSelectionIndex() : null;
        String who = switch (assignee.getSelectionIndex()) {
            case 0, -1 -> null;
            case 1 -> user.get().map(u -> u.login()).orElse(ComplaintQueue.NOBODY);
            case 2 -> ComplaintQueue.NOBODY;
            default -> assignees.get(assignee.getSelectionIndex() - 3);
        };
        String code = category.getSelectionIndex() > 0 ? categories.get(category.getSelectionIndex() - 1) : null;
        return new Filter(statuses, onLevel, who, code, overdue.getSelection(), null, onlyIds);
    }

    /**
     * Lists only these complaints (those behind a report's figure), in every status, and says so on
     * the chip above the queue; with null the complaints being handled again. The other filters
     * apply on top, as on the customer list.
     */
    void showOnly(Set<Long> ids, String description) {
        if (table == null || table.table().isDisposed()) {
            return;
        }
        onlyIds = ids == null ? null : Set.copyOf(ids);
        only.show(ids != null ? NLS.bind(Messages.only_text, description) : null, description);
        // a report counts closed complaints too: every status, or the queue would hide most of them
        status.select(ids != null ? 1 : 0);
        filter();
    }

    /** Back to the complaints being handled, by anyone, on any level and in any category (a drill-down's chip stays). */
    void reset() {
        status.select(0);
        level.select(0);
        assignee.select(0);
        category.select(0);
        overdue.setSelection(false);
        filter();
    }

    private void filter() {
        table.show(chosen());
    }

    /** The banner over the queue that tells the user of escalations that concern them. */
    private void notice(Composite parent) {
        notice = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(notice);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(notice);
        notice.setVisible(false);
        noticeText = new Label(notice, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(noticeText);
        Colors.markProblem(noticeText);
        Button dismiss = new Button(notice, SWT.PUSH);
        dismiss.setText(Messages.notice_dismiss);
        dismiss.addListener(SWT.Selection, e -> showNotice(List.of()));
    }

    private final List<String> noticed = new ArrayList<>();

    private void escalated(List<EscalationWatch.Seen> seen) {
        List<String> lines = new ArrayList<>(noticed);
        for (EscalationWatch.Seen escalation : seen) {
            lines.add(escalation.text(staff));
        }
        showNotice(lines);
        events.post(RapportWorkbench.TOPIC_STATUS, seen.get(seen.size() - 1).text(staff));
    }

    private void showNotice(List<String> lines) {
        noticed.clear();
        noticed.addAll(lines.size() > 5 ? lines.subList(lines.size() - 5, lines.size()) : lines);
        noticeText.setText(String.join("\n", noticed));
        ((org.eclipse.swt.layout.GridData) notice.getLayoutData()).exclude = noticed.isEmpty();
        notice.setVisible(!noticed.isEmpty());
        notice.getParent().layout(true, true);
    }

    /**
     * Every minute, the look for escalations that concern the user. The escalation tick itself is
     * the workbench's scheduled job (EscalationTick in the core bundle), whether or not this part is
     * open: its commits here refresh the queue through {@link #committed}; this look also finds what
     * another desktop's tick or IT's cron job escalated, whose commits post no event here, and reads
     * the rows again for them.
     */
    private void watches(Composite parent) {
        parent.getDisplay().timerExec(QueueTable.REDRAW_MILLIS, new Runnable() {
            @Override
            public void run() {
                if (parent.isDisposed()) {
                    return;
                }
                lookForEscalations();
                parent.getDisplay().timerExec(QueueTable.REDRAW_MILLIS, this);
            }
        });
    }

    /**
     * Reads the escalations off the UI thread: any new one (here, on another desktop, from the
     * command line) reads the rows again, since their levels and statuses changed; the new ones
     * that concern the user are shown.
     */
    void lookForEscalations() {
        background.run(count, watch::read, look -> {
            if (look.changed() && !table.table().isDisposed()) {
                table.refresh();
            }
            if (!look.news().isEmpty()) {
                escalated(look.news());
            }
        }, failure -> {
            // the database gone: the queue says so at its next count
        });
    }

    /** Complaints were committed (here, on another desktop, from the command line): count again, look for escalations. */
    @Inject
    @Optional
    void committed(@UIEventTopic(CommitEvents.TOPIC) Event event) {
        if (table == null || table.table().isDisposed() || !touchesComplaints(event.getProperty(CommitEvents.CLASSES)) || refreshPending) {
            return;
        }
        refreshPending = true;
        table.table().getDisplay().timerExec(SETTLE_MILLIS, () -> {
            refreshPending = false;
            if (!table.table().isDisposed()) {
                table.refresh();
                readChoices();
                lookForEscalations();
            }
        });
    }

    static boolean touchesComplaints(Object classes) {
        return classes instanceof String[] names && java.util.Arrays.stream(names).anyMatch(n -> n.startsWith(
                org.rapport.complaints.model.ComplaintsPackage.eNS_URI + "#"));
    }

    /** The theme engine's topic (IThemeEngine.Events.THEME_CHANGED; its bundle is not needed for one string). */
    static final String THEME_CHANGED = "org/eclipse/e4/ui/css/swt/theme/ThemeManager/themeChanged";

    /** A theme switch: the countdowns' colours are chosen for the new background, once the style sheets applied. */
    @Inject
    @Optional
    void themeChanged(@UIEventTopic(THEME_CHANGED) Event event) {
        if (table != null && !table.table().isDisposed()) {
            table.table().getDisplay().asyncExec(() -> {
                if (!table.table().isDisposed()) {
                    table.redraw();
                }
            });
        }
    }

    @Focus
    void focus() {
        table.table().setFocus();
    }

    QueueTable table() {
        return table;
    }

    Label notice() {
        return noticeText;
    }
}
