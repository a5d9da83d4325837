package org.rapport.complaints.ui.internal.admin.calendars;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.DueAnswer;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.ServiceLevelTexts;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Formats;

/**
 * Checks a stored calendar as {@code rapport-ctl complaints due} does: a start in the calendar's zone
 * and an amount of business time give the due time and how it was found, in words.
 */
final class CheckPanel {

    static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Complaints complaints;
    private final Background background;
    private final Supplier<String> calendar;
    private final Text from;
    private final Text add;
    private final StatusLine due;
    private final Label explanation;
    private ZoneId zone = ZoneId.systemDefault();

    CheckPanel(Composite parent, Complaints complaints, Background background, Supplier<String> calendar) {
        this.complaints = complaints;
        this.background = background;
        this.calendar = calendar;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.calendars_check);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
        new Label(group, SWT.NONE).setText(Messages.calendars_check_from);
        from = new Text(group, SWT.BORDER);
        GridDataFactory.swtDefaults().hint(140, SWT.DEFAULT).applyTo(from);
        new Label(group, SWT.NONE).setText(Messages.calendars_check_add);
        add = new Text(group, SWT.BORDER);
        add.setText("2h");
        GridDataFactory.swtDefaults().hint(70, SWT.DEFAULT).applyTo(add);
        Button check = new Button(group, SWT.PUSH);
        check.setText(Messages.calendars_check_run);
        check.addListener(SWT.Selection, e -> check());
        // Enter in either field checks, as the button does
        from.addListener(SWT.DefaultSelection, e -> check());
        add.addListener(SWT.DefaultSelection, e -> check());
        due = new StatusLine(group, 5);
        explanation = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(5, 1).hint(400, SWT.DEFAULT).applyTo(explanation);
    }

    /** The calendar shown changed: starts are read in its zone; an empty start becomes {@code now}. */
    void calendarShown(ZoneId calendarZone, Instant now) {
        zone = calendarZone;
        if (from.getText().isBlank()) {
            from.setText(START.format(now.atZone(zone)));
        }
        if (!due.text().isEmpty()) {
            check();
        }
    }

    void check() {
        Instant start;
        Duration amount;
        try {
            start = LocalDateTime.parse(from.getText().strip(), START).atZone(zone).toInstant();
        } catch (DateTimeParseException bad) {
            problem(NLS.bind(Messages.calendars_check_bad_start, from.getText().strip()));
            return;
        }
        try {
            amount = ServiceLevelTexts.parseDuration(add.getText());
        } catch (ComplaintsException bad) {
            problem(bad.getMessage());
            return;
        }
        String name = calendar.get();
        ZoneId shownIn = zone;
        background.run(explanation, () -> complaints.due(name, start, amount), answer -> show(answer, shownIn), failure -> problem(failure.getMessage()));
    }

    private void show(DueAnswer answer, ZoneId shownIn) {
        explanation.setText(answer.explanation());
        due.plain(answer.due().map(at -> NLS.bind(Messages.calendars_check_due, Formats.dateTime(at, shownIn))).orElse(""));
    }

    private void problem(String message) {
        explanation.setText("");
        due.problem(message);
    }

    // for the workbench tests

    Text from() {
        return from;
    }

    Text add() {
        return add;
    }

    String due() {
        return due.text();
    }

    String explanation() {
        return explanation.getText();
    }
}
