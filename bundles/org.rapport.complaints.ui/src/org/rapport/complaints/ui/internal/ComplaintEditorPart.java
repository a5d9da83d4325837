package org.rapport.complaints.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.Event;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.Clock;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.KnowledgeBase;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintEvent;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.ui.internal.knowledge.ArticleEditors;
import org.rapport.complaints.ui.internal.knowledge.FindArticlesDialog;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.ui.api.CustomerProfiles;
import org.rapport.persistence.api.CommitEvents;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.StaffNames;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.EditHistory;
import org.rapport.ui.api.EnumLabels;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.HistoryTable;
import org.rapport.ui.api.ModelEditor;

/**
 * One complaint: its header, its three clocks (due times with their explanation in words, the time
 * left redrawn every minute), the lifecycle steps as buttons (only those its status allows), assign,
 * escalate, compensate and log a contact, its subject and description edited with undo and Save,
 * and its timeline. Each step is its own transaction in the complaints service; the editor then
 * reads the complaint again. When a step is refused because someone else changed the complaint
 * meanwhile (two agents taking the same one), the editor shows what it is now and who changed it.
 */
public class ComplaintEditorPart extends ModelEditor {

    @Inject
    private Store store;
    @Inject
    private Complaints complaints;
    @Inject
    private ComplaintQueue queue;
    @Inject
    private ClockService clock;
    @Inject
    private CurrentUser user;
    @Inject
    private StaffNames staff;
    @Inject
    private Channels channels;
    @Inject
    private ComplaintEditors editors;
    @Inject
    private CustomerProfiles profiles;
    @Inject
    private KnowledgeBase knowledge;
    @Inject
    private ArticleEditors articles;

    private final EnumLabels labels = EnumLabels.ofBundle(ComplaintQueue.class);
    private MPart part;
    private String reference;
    private UnitOfWork work;
    private Complaint complaint;
    private List<Clock> clocks = List.of();
    private Background background;

    private Composite body;
    private Label title;
    private Link facts;
    private Composite clockRows;
    private Composite steps;
    private final List<Button> stepButtons = new ArrayList<>();
    private Text subject;
    private Text description;
    private Label outcome;
    private Link solutions;
    private Composite timeline;
    private boolean showing;

    @PostConstruct
    void create(Composite parent, MPart editorPart) {
        this.part = editorPart;
        this.reference = editorPart.getPersistedState().get(ComplaintEditors.REFERENCE);
        GridLayoutFactory.swtDefaults().applyTo(parent);
        body = parent;
        background = new Background("Rapport complaint " + reference);
        parent.addListener(SWT.Dispose, e -> {
            background.close();
            if (work != null) {
                work.close();
            }
        });
        try {
            read();
        } catch (RuntimeException refused) {
            // no such complaint, or the user may not read it: the same message either way
            Label problem = new Label(parent, SWT.WRAP);
            problem.setText(NLS.bind(Messages.open_failed, refused.getMessage()));
            GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(problem);
            return;
        }
        build(parent);
        show();
        redrawEveryMinute();
    }

    /** Reads the complaint anew in a unit of work of its own, and its clocks as of now. */
    private void read() {
        if (work != null) {
            work.close();
        }
        work = store.begin();
        List<Complaint> found = work.query("SELECT c FROM Complaint c WHERE c.reference = ?1", reference);
        if (found.isEmpty()) {
            throw new IllegalStateException(NLS.bind(Messages.no_complaint, reference));
        }
        complaint = found.get(0);
        clocks = complaints.show(reference, null).clocks();
        EditHistory edits = new EditHistory(feature -> mayChange());
        edits.onUndoOrRedo(this::showTexts);
        edits.onChange(() -> {
            if (!stepButtons.isEmpty() && !stepButtons.get(0).isDisposed()) {
                setStepsEnabled(true); // unsaved edits first: a step reads the complaint again
            }
        });
        startEditing(part, edits);
    }

    private boolean mayChange() {
        return user.get().map(u -> u.may(ComplaintsAreaId.ID, Action.UPDATE)).orElse(false);
    }

    private void build(Composite parent) {
        title = new Label(parent, SWT.NONE);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        facts = new Link(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(facts);
        facts.addListener(SWT.Selection, e -> profiles.open(complaint.getCustomer().getReference()));

        Group clocksGroup = new Group(parent, SWT.NONE);
        clocksGroup.setText(Messages.clocks_title);
        GridLayoutFactory.swtDefaults().applyTo(clocksGroup);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(clocksGroup);
        clockRows = new Composite(clocksGroup, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(clockRows);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(clockRows);

        steps = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(14).applyTo(steps);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(steps);
        step(Lifecycle.ACKNOWLEDGE, Messages.step_acknowledge);
        step(Lifecycle.START, Messages.step_start);
        step(Lifecycle.WAIT, Messages.step_wait);
        step(Lifecycle.RESUME, Messages.step_resume);
        step(Lifecycle.RESOLVE, Messages.step_resolve);
        step(Lifecycle.FOLLOW_UP, Messages.step_follow_up);
        step(Lifecycle.CLOSE, Messages.step_close);
        step(Lifecycle.REOPEN, Messages.step_reopen);
        step(Lifecycle.ESCALATE, Messages.step_escalate);
        action(Messages.action_assign, () -> AssignDialog.ask(steps.getShell(), staff, queue, user, complaint.getAssignee())
                .ifPresent(login -> run(() -> complaints.assign(reference, login.isEmpty() ? null : login))), complaint -> complaint.getStatus() != org.rapport.complaints.model.ComplaintStatus.CLOSED);
        action(Messages.action_compensate, () -> CompensateDialog.ask(steps.getShell())
                .ifPresent(c -> run(() -> complaints.compensate(reference, c.kind(), c.points(), c.amount(), c.description()))),
                complaint -> complaint.getStatus() != org.rapport.complaints.model.ComplaintStatus.CLOSED);
        action(Messages.action_contact, () -> ContactDialog.ask(steps.getShell(), channels)
                .ifPresent(c -> run(() -> complaints.contact(reference, c.channel(), null, c.note()))),
                complaint -> complaint.getStatus() != org.rapport.complaints.model.ComplaintStatus.CLOSED);
        action(Messages.kb_ui_find_button, () -> FindArticlesDialog.ask(steps.getShell(), knowledge, reference, complaint.getSubject())
                .ifPresent(code -> run(() -> knowledge.link(reference, code))), complaint -> true);

        Composite texts = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(texts);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(texts);
        new Label(texts, SWT.NONE).setText(Messages.field_subject);
        subject = new Text(texts, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(subject);
        Label descriptionLabel = new Label(texts, SWT.NONE);
        descriptionLabel.setText(Messages.field_description);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(descriptionLabel);
        description = new Text(texts, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 48).applyTo(description);
        edits(subject, ComplaintsPackage.Literals.COMPLAINT__SUBJECT);
        edits(description, ComplaintsPackage.Literals.COMPLAINT__DESCRIPTION);
        outcome = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(outcome);
        solutions = new Link(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(solutions);
        solutions.addListener(SWT.Selection, e -> articles.open(e.text));

        Label timelineTitle = new Label(parent, SWT.NONE);
        timelineTitle.setText(Messages.timeline_title);
        timeline = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(timeline);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(timeline);
    }

    private void edits(Text text, org.eclipse.emf.ecore.EStructuralFeature feature) {
        text.addListener(SWT.Modify, e -> {
            if (!showing) {
                String value = text.getText().isBlank() ? null : text.getText();
                if (!Objects.equals(value, complaint.eGet(feature))) {
                    history().set(complaint, feature, value);
                }
            }
        });
        text.addListener(SWT.FocusOut, e -> history().endEdit());
    }

    /** A lifecycle step's button: enabled when the complaint's status allows it, the user may change complaints and nothing is unsaved. */
    private void step(Lifecycle step, String label) {
        action(label, () -> takeStep(step), complaint -> step.allowedFrom(complaint.getStatus()));
        stepButtons.get(stepButtons.size() - 1).setData(Lifecycle.class.getName(), step);
    }

    private void action(String label, Runnable action, java.util.function.Predicate<Complaint> allowed) {
        Button button = new Button(steps, SWT.PUSH);
        button.setText(label);
        button.setData(java.util.function.Predicate.class.getName(), allowed);
        button.addListener(SWT.Selection, e -> action.run());
        stepButtons.add(button);
    }

    private void takeStep(Lifecycle step) {
        switch (step) {
            case RESOLVE -> StepDialog.ask(steps.getShell(), Messages.step_resolve_title, Messages.step_resolve_note, true, false)
                    .ifPresent(answer -> run(() -> complaints.act(reference, step, null, answer.note(), null)));
            case FOLLOW_UP -> StepDialog.ask(steps.getShell(), Messages.step_follow_up_title, Messages.step_follow_up_note, false, true)
                    .ifPresent(answer -> run(() -> complaints.act(reference, step, null, answer.note(), answer.csat(), answer.recommend())));
            case WAIT -> StepDialog.ask(steps.getShell(), Messages.step_wait_title, Messages.step_wait_note, false, false)
                    .ifPresent(answer -> run(() -> complaints.act(reference, step, null, answer.note(), null)));
            default -> run(() -> complaints.act(reference, step, null, null, null));
        }
    }

    /**
     * Runs a change through the complaints service off the UI thread, then shows the complaint as
     * stored. A refusal is shown; when the complaint changed meanwhile, with who changed it and
     * what it is now.
     */
    private void run(Callable<Complaint> change) {
        String before = state(complaint);
        setStepsEnabled(false);
        background.run(title, change, done -> reread(), failure -> {
            reread();
            String now = state(complaint);
            String message = failure.getMessage();
            if (!before.equals(now)) {
                message = NLS.bind(Messages.changed_meanwhile, new Object[] { reference, who(lastEvent()), labels.of(complaint.getStatus()),
                        complaint.getAssignee() == null ? Messages.assignee_nobody : staff.nameOf(complaint.getAssignee()), failure.getMessage() });
            }
            MessageDialog.openError(title.getShell(), Messages.step_refused_title, message);
        });
    }

    /** What another agent's change would alter: the status, the assignee, the level, the number of events. */
    private static String state(Complaint complaint) {
        return complaint.getStatus() + "|" + complaint.getAssignee() + "|" + complaint.getEscalationLevel() + "|" + complaint.getEvents().size();
    }

    private ComplaintEvent lastEvent() {
        List<ComplaintEvent> events = complaint.getEvents();
        return events.isEmpty() ? null : events.stream().max(java.util.Comparator.comparing(ComplaintEvent::getAt)).orElse(null);
    }

    private String who(ComplaintEvent event) {
        if (event == null) {
            return "";
        }
        return Complaints.SYSTEM.equals(event.getActor()) ? Messages.actor_system : staff.nameOf(event.getActor());
    }

    private void reread() {
        if (title.isDisposed()) {
            return;
        }
        try {
            read();
            show();
        } catch (RuntimeException gone) {
            MessageDialog.openError(title.getShell(), Messages.step_refused_title, gone.getMessage());
        }
    }

    private void show() {
        part.setLabel(complaint.getReference());
        part.setTooltip(complaint.getSubject());
        title.setText(complaint.getReference() + "  " + complaint.getSubject());
        String category = complaint.getCategory() == null ? "" : Categories.nameIn(Locale.getDefault(), complaint.getCategory().getName(), complaint.getCategory().getNameZh());
        facts.setText(NLS.bind(Messages.header_facts, new Object[] { complaint.getCustomer().getName(), complaint.getCustomer().getReference(),
                labels.of(complaint.getStatus()), labels.of(complaint.getSeverity()), Messages.level(complaint.getEscalationLevel()),
                complaint.getAssignee() == null ? Messages.assignee_nobody : staff.nameOf(complaint.getAssignee()), category,
                complaint.getChannel() == null ? "" : channels.label(complaint.getChannel()), Formats.dateTime(complaint.getOpenedAt()) }));
        showClocks();
        showTexts();
        List<String> outcomes = new ArrayList<>();
        if (complaint.getResolution() != null) {
            outcomes.add(NLS.bind(Messages.outcome_resolution, complaint.getResolution()));
        }
        if (complaint.getFollowUpDue() != null && complaint.getCsat() == null) {
            outcomes.add(NLS.bind(Messages.outcome_follow_up_due, Formats.dateTime(complaint.getFollowUpDue())));
        }
        if (complaint.getCsat() != null) {
            outcomes.add(NLS.bind(Messages.outcome_csat, complaint.getCsat()));
        }
        if (complaint.getRecommendScore() != null) {
            outcomes.add(NLS.bind(Messages.outcome_recommend, complaint.getRecommendScore()));
        }
        if (complaint.getRepeatContacts() > 0) {
            outcomes.add(NLS.bind(Messages.outcome_repeats, complaint.getRepeatContacts()));
        }
        complaint.getCompensations().forEach(c -> outcomes.add(NLS.bind(Messages.outcome_compensation, new Object[] { labels.of(c.getKind()),
                c.getPoints() != null ? Formats.count(c.getPoints()) : Formats.money(c.getAmount()), c.getDescription() == null ? "" : c.getDescription() })));
        outcome.setText(String.join("\n", outcomes));
        showSolutions();
        showTimeline();
        setStepsEnabled(true);
        body.layout(true, true);
    }

    private void showTexts() {
        showing = true;
        try {
            subject.setText(complaint.getSubject() == null ? "" : complaint.getSubject());
            description.setText(complaint.getDescription() == null ? "" : complaint.getDescription());
            subject.setEditable(mayChange());
            description.setEditable(mayChange());
        } finally {
            showing = false;
        }
    }

    /**
     * Each clock: its name, when it is due, where it stands now and how the due time was found. A
     * table, since the theme's style sheets colour labels and leave table items alone: the state
     * keeps its green, amber or red in both themes.
     */
    private void showClocks() {
        for (Control old : clockRows.getChildren()) {
            old.dispose();
        }
        Instant now = clock.now();
        Table table = HistoryTable.create(clockRows, clocks, new HistoryTable.Column<>(Messages.column_clock, 120, each -> Messages.clock(each.name())),
                new HistoryTable.Column<>(Messages.column_due_at, 150, each -> each.due().map(Formats::dateTime).orElse(Messages.clock_stopped)),
                new HistoryTable.Column<>(Messages.column_clock_state, 200, each -> clockState(each, now)),
                new HistoryTable.Column<>(Messages.column_explanation, 700, Clock::explanation));
        for (int i = 0; i < clocks.size(); i++) {
            Clock each = clocks.get(i);
            table.getItem(i).setForeground(2, stateColor(each, now).color(table));
        }
        table.setToolTipText(null);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, table.getItemHeight() * clocks.size() + table.getHeaderHeight() + 4).applyTo(table);
        clockRows.getParent().layout(true, true);
    }

    /** The colour of a clock's state: as the queue's countdown, from the opening to its due time; none once met or while stopped. */
    private Countdown stateColor(Clock each, Instant now) {
        if (each.met().isPresent() || each.due().isEmpty()) {
            return Countdown.NONE;
        }
        Instant due = each.due().get();
        if (!due.isAfter(now)) {
            return Countdown.RED;
        }
        long span = Duration.between(complaint.getOpenedAt(), due).toSeconds();
        return Duration.between(now, due).toSeconds() * 2 > span ? Countdown.GREEN : Countdown.AMBER;
    }

    private static String clockState(Clock each, Instant now) {
        if (each.met().isPresent()) {
            boolean late = each.due().isPresent() && each.met().get().isAfter(each.due().get());
            return NLS.bind(late ? Messages.clock_met_late : Messages.clock_met, Formats.dateTime(each.met().get()));
        }
        if (each.due().isEmpty()) {
            return Messages.clock_paused;
        }
        Duration left = Duration.between(now, each.due().get());
        return left.isNegative() || left.isZero() ? NLS.bind(Messages.countdown_overdue, Countdown.span(left.negated()))
                : NLS.bind(Messages.countdown_left, Countdown.span(left));
    }

    /** The knowledge-base articles linked to the complaint as its solution, each a link that opens it. */
    private void showSolutions() {
        List<String> linked = complaint.getSolutions().stream()
                .map(link -> "<a href=\"" + link.getArticle().getCode() + "\">" + link.getArticle().getCode() + " " + link.getArticle().getTitle() + "</a>")
                .toList();
        solutions.setText(linked.isEmpty() ? "" : NLS.bind(Messages.kb_ui_solved_by, String.join(", ", linked)));
    }

    private void showTimeline() {
        for (Control old : timeline.getChildren()) {
            old.dispose();
        }
        List<ComplaintEvent> events = new ArrayList<>(complaint.getEvents());
        events.sort(java.util.Comparator.comparing(ComplaintEvent::getAt));
        Table table = HistoryTable.create(timeline, events, new HistoryTable.Column<>(Messages.column_when, 140, e -> Formats.dateTime(e.getAt())),
                new HistoryTable.Column<>(Messages.column_what, 260, this::what), new HistoryTable.Column<>(Messages.column_who, 160, this::who),
                new HistoryTable.Column<>(Messages.column_channel, 90, e -> e.getChannel() == null ? "" : channels.label(e.getChannel())),
                new HistoryTable.Column<>(Messages.column_note, 320, e -> e.getKind() == org.rapport.complaints.model.EventKind.ASSIGNMENT ? "" : e.getNote()));
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(table);
        timeline.layout(true, true);
    }

    /** An event in words: "opened", "new → acknowledged", "assigned to Ann Agent", "escalated to L2". */
    private String what(ComplaintEvent event) {
        return switch (event.getKind()) {
            case TRANSITION -> NLS.bind(Messages.event_transition, labels.of(event.getFromStatus()), labels.of(event.getToStatus()));
            case ESCALATION -> NLS.bind(Messages.event_escalation, Messages.level(event.getLevel() == null ? 0 : event.getLevel()));
            case ASSIGNMENT -> event.getNote() == null ? Messages.event_unassigned : NLS.bind(Messages.event_assignment, staff.nameOf(event.getNote()));
            default -> labels.of(event.getKind());
        };
    }

    private void setStepsEnabled(boolean enabled) {
        boolean may = mayChange() && !history().dirty();
        for (Button button : stepButtons) {
            @SuppressWarnings("unchecked")
            java.util.function.Predicate<Complaint> allowed = (java.util.function.Predicate<Complaint>) button.getData(java.util.function.Predicate.class.getName());
            button.setEnabled(enabled && may && allowed.test(complaint));
            button.setToolTipText(history().dirty() ? Messages.steps_save_first : null);
        }
    }

    private void redrawEveryMinute() {
        body.getDisplay().timerExec(QueueTable.REDRAW_MILLIS, new Runnable() {
            @Override
            public void run() {
                if (!body.isDisposed()) {
                    showClocks();
                    body.getDisplay().timerExec(QueueTable.REDRAW_MILLIS, this);
                }
            }
        });
    }

    /** A theme switch: the clocks' colours are chosen for the new background. */
    @Inject
    @Optional
    void themeChanged(@UIEventTopic(QueuePart.THEME_CHANGED) Event event) {
        if (clockRows != null && !clockRows.isDisposed()) {
            clockRows.getDisplay().asyncExec(() -> {
                if (!clockRows.isDisposed()) {
                    showClocks();
                }
            });
        }
    }

    /** Another desktop or the command line changed complaints: show this one as stored, unless the user is editing it. */
    @Inject
    @Optional
    void committed(@UIEventTopic(CommitEvents.TOPIC) Event event) {
        if (complaint != null && title != null && !title.isDisposed() && !history().dirty() && QueuePart.touchesComplaints(event.getProperty(CommitEvents.CLASSES))) {
            reread();
        }
    }

    @Override
    protected List<String> validate() {
        return complaint.getSubject() == null || complaint.getSubject().isBlank() ? List.of(Messages.field_subject + " " + Messages.subject_required) : List.of();
    }

    @Override
    protected void commit() {
        work.commit();
    }

    @Override
    protected void saved() {
        show();
    }

    @Override
    protected void reopen() {
        editors.open(reference);
    }

    @Focus
    void focus() {
        if (stepButtons.isEmpty()) {
            body.setFocus();
            return;
        }
        stepButtons.stream().filter(Button::isEnabled).findFirst().orElse(stepButtons.get(0)).setFocus();
    }

    /** For the tests: the button of a step. */
    Button button(Lifecycle step) {
        return stepButtons.stream().filter(b -> b.getData(Lifecycle.class.getName()) == step).findFirst().orElseThrow();
    }

    Complaint complaint() {
        return complaint;
    }

    List<Button> buttons() {
        return stepButtons;
    }

    Link solutions() {
        return solutions;
    }

    Label outcome() {
        return outcome;
    }

    Composite clockRows() {
        return clockRows;
    }

    Control timeline() {
        return timeline;
    }
}
