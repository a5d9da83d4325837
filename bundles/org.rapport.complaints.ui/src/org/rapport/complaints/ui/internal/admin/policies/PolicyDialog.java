package org.rapport.complaints.ui.internal.admin.policies;

import java.time.Duration;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;
import org.rapport.complaints.api.Complaints.Policy;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.ServiceLevelTexts;
import org.rapport.complaints.model.Severity;
import org.rapport.complaints.ui.internal.FormDialog;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.ui.api.EnumLabels;

/**
 * A policy's durations and calendar; for a new tier-specific policy also its severity and tier.
 * Durations are written as on the command line (30m, 2h, 1h30m); the first solution may be empty.
 */
final class PolicyDialog extends FormDialog {

    private final Policy shown;
    private final boolean adding;
    private final List<String> calendars;
    private final EnumLabels labels;
    private Combo severity;
    private Text tier;
    private Combo calendar;
    private Text acknowledge;
    private Text solution;
    private Text resolve;
    private Policy result;

    /** @param shown the policy edited, or the one a new tier-specific policy starts from (its severity's) */
    PolicyDialog(Shell parent, Policy shown, boolean adding, List<String> calendars, EnumLabels labels) {
        super(parent, adding ? Messages.policies_add_title : Messages.policies_edit_title);
        this.shown = shown;
        this.adding = adding;
        this.calendars = calendars;
        this.labels = labels;
    }

    @Override
    protected void fields(Composite area) {
        label(area, Messages.policies_column_severity);
        severity = new Combo(area, SWT.READ_ONLY);
        for (Severity each : Severity.values()) {
            severity.add(labels.of(each));
        }
        severity.select(shown.severity().ordinal());
        severity.setEnabled(adding);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(severity);
        tier = text(area, Messages.policies_column_tier, false);
        tier.setText(adding || shown.tier() == null ? "" : shown.tier());
        tier.setMessage(adding ? "Gold" : Messages.policies_every_tier);
        tier.setEnabled(adding);
        label(area, Messages.policies_column_calendar);
        calendar = new Combo(area, SWT.READ_ONLY);
        calendars.forEach(calendar::add);
        calendar.select(Math.max(0, calendars.indexOf(shown.calendarName())));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(calendar);
        acknowledge = text(area, Messages.policies_column_acknowledge, false);
        acknowledge.setText(ServiceLevelTexts.writeDuration(shown.acknowledge()));
        solution = text(area, Messages.policies_column_solution, false);
        solution.setText(shown.solution() == null ? "" : ServiceLevelTexts.writeDuration(shown.solution()));
        solution.setMessage(Messages.policies_no_solution);
        resolve = text(area, Messages.policies_column_resolve, false);
        resolve.setText(ServiceLevelTexts.writeDuration(shown.resolve()));
    }

    @Override
    protected String missing() {
        String tierName = adding ? value(tier) : shown.tier();
        if (adding && tierName == null) {
            return Messages.policies_tier_missing;
        }
        try {
            Duration ack = duration(Messages.policies_column_acknowledge, acknowledge.getText());
            Duration first = value(solution) == null ? null : duration(Messages.policies_column_solution, solution.getText());
            Duration all = duration(Messages.policies_column_resolve, resolve.getText());
            result = new Policy(Severity.values()[severity.getSelectionIndex()], tierName, calendar.getText(), ack, first, all, false);
            return null;
        } catch (ComplaintsException wrong) {
            return wrong.getMessage();
        }
    }

    private static Duration duration(String field, String text) {
        try {
            return ServiceLevelTexts.parseDuration(text);
        } catch (ComplaintsException wrong) {
            throw new ComplaintsException(NLS.bind(Messages.policies_field_problem, field, wrong.getMessage()));
        }
    }

    /** Room for a problem of two lines (the messages of the command line are long) below the fields. */
    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        return new Point(size.x, size.y + 2 * 20);
    }

    Policy result() {
        return result;
    }
}
