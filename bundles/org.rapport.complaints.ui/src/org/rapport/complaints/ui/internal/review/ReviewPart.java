package org.rapport.complaints.ui.internal.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.event.Event;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.QualityReviews;
import org.rapport.complaints.model.ChecklistItem;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.ui.internal.ComplaintEditors;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.CommitEvents;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.StaffNames;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Colors;
import org.rapport.ui.api.Formats;

/**
 * Quality review for supervisors: draw a reproducible sample of a period's closed complaints, score
 * each against the checklist (every item, and a comment), and see the period's reviews with their
 * scores and each agent's average. Every read and store runs off the UI thread. A role that may
 * read reviews but not draw or score them sees them read-only; the service refuses it anyway.
 */
public class ReviewPart {

    /** A period typed is read this long after the last key. */
    private static final int PAUSE_MILLIS = 400;
    private static final int DEFAULT_SIZE = 10;
    private static final int MAX_SIZE = 500;

    @Inject
    private QualityReviews reviews;
    @Inject
    private CurrentUser user;
    @Inject
    private StaffNames staff;
    @Inject
    private ClockService clock;
    @Inject
    private ComplaintEditors editors;

    /** What a reading of the period gives: its reviews, the names of their agents and reviewers, and the checklist. */
    private record Loaded(List<ReviewRow> rows, Map<String, String> names, List<ChecklistItem> checklist) {
    }

    private Background background;
    private Text period;
    private Spinner size;
    private Text seed;
    private Button draw;
    private Label status;
    private Table table;
    private Table averages;
    private Composite form;
    private List<ReviewRow> rows = List.of();
    private Map<String, String> names = Map.of();
    private List<ChecklistItem> checklist = List.of();
    private final Map<String, Spinner> scores = new LinkedHashMap<>();
    private Text comment;
    private Button save;
    private int asked;
    /** The review the form shows (reference and whether scored): a reading that changes neither keeps what the user entered. */
    private String formFor;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        if (!may(Action.READ)) {
            Label refused = new Label(parent, SWT.WRAP);
            refused.setText(Messages.review_ui_not_allowed);
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(refused);
            return;
        }
        background = new Background("Rapport quality review");
        parent.addListener(SWT.Dispose, e -> background.close());
        if (!may(Action.CREATE) || !may(Action.UPDATE)) {
            Label readOnly = new Label(parent, SWT.WRAP);
            readOnly.setText(Messages.review_ui_read_only);
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(readOnly);
        }
        bar(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        table = table(left, 2, Messages.review_ui_column_reference, 90, Messages.review_ui_column_subject, 220,
                Messages.review_ui_column_agent, 110, Messages.review_ui_column_closed, 130, Messages.review_ui_column_score, 90,
                Messages.review_ui_column_reviewer, 110);
        table.addListener(SWT.Selection, e -> showForm());
        table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(row -> editors.open(row.reference())));
        new Label(left, SWT.NONE).setText(Messages.review_ui_averages);
        averages = table(left, 1, Messages.review_ui_column_agent, 160, Messages.review_ui_column_reviews, 80,
                Messages.review_ui_column_average, 90);
        form = new Composite(sash, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
        sash.setWeights(60, 40);
        showForm();
        reload();
    }

    private boolean may(Action action) {
        return user.get().map(u -> u.may(ComplaintsAreaId.QUALITY, action)).orElse(false);
    }

    private void bar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText(Messages.review_ui_period);
        period = new Text(bar, SWT.BORDER | SWT.SINGLE);
        period.setText(YearMonth.from(clock.nowInZone()).toString());
        GridDataFactory.fillDefaults().hint(170, SWT.DEFAULT).applyTo(period);
        period.addListener(SWT.Modify, e -> later());
        new Label(bar, SWT.NONE).setText(Messages.review_ui_size);
        size = new Spinner(bar, SWT.BORDER);
        size.setValues(DEFAULT_SIZE, 1, MAX_SIZE, 0, 1, 10);
        new Label(bar, SWT.NONE).setText(Messages.review_ui_seed);
        seed = new Text(bar, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().hint(110, SWT.DEFAULT).applyTo(seed);
        draw = new Button(bar, SWT.PUSH);
        draw.setText(Messages.review_ui_draw);
        draw.setEnabled(may(Action.CREATE));
        draw.addListener(SWT.Selection, e -> draw());
        status = new Label(bar, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
    }

    private static Table table(Composite parent, int heightShare, Object... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < columns.length; i += 2) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText((String) columns[i]);
            column.setWidth((Integer) columns[i + 1]);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60 * heightShare).applyTo(table);
        return table;
    }

    private void later() {
        int ask = ++asked;
        period.getDisplay().timerExec(PAUSE_MILLIS, () -> {
            if (ask == asked && !period.isDisposed()) {
                reload();
            }
        });
    }

    /** Reads the period's reviews (and the checklist) off the UI thread; a period that is none says so. */
    private void reload() {
        int ask = ++asked;
        String given = period.getText();
        background.run(table, () -> {
            List<ReviewRow> found = reviews.reviews(reviews.period(given), false).stream().map(ReviewRow::of).toList();
            Set<String> logins = new HashSet<>();
            found.forEach(row -> {
                logins.add(row.agent());
                logins.add(row.reviewer());
            });
            logins.remove(null);
            return new Loaded(found, staff.namesOf(logins), reviews.checklist());
        }, loaded -> {
            if (ask == asked) {
                show(loaded);
            }
        }, failure -> {
            if (ask == asked) {
                show(new Loaded(List.of(), Map.of(), checklist));
                problem(NLS.bind(Messages.review_ui_failed, failure.getMessage()));
            }
        });
    }

    private void problem(String message) {
        status.setText(message);
        status.setForeground(Colors.problem(status));
        status.getParent().layout();
    }

    private void say(String message) {
        status.setText(message);
        status.setForeground(null);
        status.getParent().layout();
    }

    private void show(Loaded loaded) {
        String before = selected().map(ReviewRow::reference).orElse(null);
        rows = loaded.rows();
        names = loaded.names();
        checklist = loaded.checklist();
        table.removeAll();
        for (ReviewRow row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { row.reference(), Objects.requireNonNullElse(row.subject(), ""), name(row.agent()),
                    row.closedAt() == null ? "" : Formats.dateTime(row.closedAt()), score(row), name(row.reviewer()) });
            if (row.reference().equals(before)) {
                table.setSelection(item);
            }
        }
        averages.removeAll();
        for (AgentAverages.Average average : AgentAverages.of(rows)) {
            TableItem item = new TableItem(averages, SWT.NONE);
            item.setText(new String[] { name(average.agent()), Formats.count(average.reviews()), String.format(java.util.Locale.getDefault(), "%.0f %%",
                    average.percent()) });
        }
        long open = rows.stream().filter(row -> !row.scored()).count();
        say(NLS.bind(Messages.review_ui_count, Formats.count(rows.size()), Formats.count(open)));
        if (!Objects.equals(formFor, selected().map(ReviewPart::formKey).orElse(null))) {
            showForm();
        }
    }

    private String name(String login) {
        return login == null ? Messages.review_ui_nobody : names.getOrDefault(login, login);
    }

    private static String score(ReviewRow row) {
        return row.scored() ? NLS.bind(Messages.review_ui_score_of, row.total(), row.maxTotal()) : Messages.review_ui_to_score;
    }

    private java.util.Optional<ReviewRow> selected() {
        int index = table == null ? -1 : table.getSelectionIndex();
        return index < 0 || index >= rows.size() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(index));
    }

    /**
     * The selected complaint's review: a spinner per checklist item and a comment to score one still
     * to review, or the scores given to one reviewed.
     */
    private void showForm() {
        for (Control old : form.getChildren()) {
            old.dispose();
        }
        scores.clear();
        comment = null;
        save = null;
        java.util.Optional<ReviewRow> chosen = selected();
        formFor = chosen.map(ReviewPart::formKey).orElse(null);
        if (chosen.isEmpty()) {
            Label hint = new Label(form, SWT.WRAP);
            hint.setText(Messages.review_ui_choose);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(260, SWT.DEFAULT).applyTo(hint);
            form.layout(true, true);
            return;
        }
        ReviewRow row = chosen.get();
        Label title = new Label(form, SWT.WRAP);
        title.setFont(JFaceResources.getBannerFont());
        title.setText(NLS.bind(row.scored() ? Messages.review_ui_scored : Messages.review_ui_scoring, row.reference(),
                Objects.requireNonNullElse(row.subject(), "")));
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(260, SWT.DEFAULT).applyTo(title);
        boolean mayScore = may(Action.UPDATE) && !row.scored();
        if (row.scored()) {
            for (ReviewRow.Score score : row.scores()) {
                line(score.text(), Integer.toString(score.score()), score.maxScore());
            }
        } else {
            for (ChecklistItem item : checklist) {
                Label text = new Label(form, SWT.WRAP);
                text.setText(item.getText());
                GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(text);
                Spinner spinner = new Spinner(form, SWT.BORDER);
                spinner.setValues(item.getMaxScore(), 0, item.getMaxScore(), 0, 1, 1);
                spinner.setEnabled(mayScore);
                spinner.setData(item.getCode());
                scores.put(item.getCode(), spinner);
                new Label(form, SWT.NONE).setText("/ " + item.getMaxScore());
            }
        }
        Label commentLabel = new Label(form, SWT.NONE);
        commentLabel.setText(Messages.review_ui_comment);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(commentLabel);
        comment = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        comment.setText(Objects.requireNonNullElse(row.note(), ""));
        comment.setEditable(mayScore);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(260, 60).applyTo(comment);
        Composite buttons = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
        save = new Button(buttons, SWT.PUSH);
        save.setText(Messages.review_ui_save);
        save.setEnabled(mayScore);
        save.addListener(SWT.Selection, e -> score(row.reference()));
        Button open = new Button(buttons, SWT.PUSH);
        open.setText(Messages.review_ui_open);
        open.addListener(SWT.Selection, e -> editors.open(row.reference()));
        form.layout(true, true);
    }

    private static String formKey(ReviewRow row) {
        return row.reference() + "|" + row.scored();
    }

    private void line(String text, String value, int max) {
        Label label = new Label(form, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(180, SWT.DEFAULT).applyTo(label);
        new Label(form, SWT.NONE).setText(value);
        new Label(form, SWT.NONE).setText("/ " + max);
    }

    private void draw() {
        String given = period.getText();
        int count = size.getSelection();
        String drawSeed = seed.getText().isBlank() ? null : seed.getText().strip();
        draw.setEnabled(false);
        background.run(draw, () -> reviews.sample(reviews.period(given), count, drawSeed).size(), drawn -> {
            draw.setEnabled(true);
            say(drawn == 0 ? Messages.review_ui_drawn_none : NLS.bind(Messages.review_ui_drawn, drawn));
            reload();
        }, failure -> {
            draw.setEnabled(true);
            problem(failure.getMessage());
        });
    }

    private void score(String reference) {
        Map<String, Integer> given = new LinkedHashMap<>();
        scores.forEach((code, spinner) -> given.put(code, spinner.getSelection()));
        String note = comment.getText().isBlank() ? null : comment.getText().strip();
        save.setEnabled(false);
        background.run(table, () -> reviews.score(reference, given, note).getTotal(), total -> {
            say(NLS.bind(Messages.review_ui_saved, reference, total));
            reload();
        }, failure -> {
            if (save != null && !save.isDisposed()) {
                save.setEnabled(true);
            }
            problem(failure.getMessage());
        });
    }

    /** Reviews stored anywhere (here, another desktop, the command line): read the period again. */
    @Inject
    @Optional
    void committed(@UIEventTopic(CommitEvents.TOPIC) Event event) {
        String review = ComplaintsPackage.eNS_URI + "#" + ComplaintsPackage.Literals.QUALITY_REVIEW.getName();
        if (table != null && !table.isDisposed() && event.getProperty(CommitEvents.CLASSES) instanceof String[] names
                && java.util.Arrays.asList(names).contains(review)) {
            reload();
        }
    }

    @Focus
    void focus() {
        if (period != null && !period.isDisposed()) {
            period.setFocus();
        }
    }

    // for the tests
    Text period() {
        return period;
    }

    Button drawButton() {
        return draw;
    }

    Table table() {
        return table;
    }

    Table averages() {
        return averages;
    }

    Map<String, Spinner> scores() {
        return scores;
    }

    Text comment() {
        return comment;
    }

    Button saveButton() {
        return save;
    }

    Label status() {
        return status;
    }

    List<ReviewRow> rows() {
        return new ArrayList<>(rows);
    }
}
