package org.rapport.complaints.ui.internal.admin.calendars;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.ServiceLevelTexts;
import org.rapport.complaints.model.CalendarDate;
import org.rapport.complaints.model.CalendarDateKind;
import org.rapport.complaints.ui.internal.FormDialog;
import org.rapport.complaints.ui.internal.Messages;

/** One date that differs from its weekday: a holiday (with its name), a date with its own hours, or a make-up working day. */
final class DateDialog extends FormDialog {

    private static final CalendarDateKind[] KINDS = { CalendarDateKind.HOLIDAY, CalendarDateKind.HOURS, CalendarDateKind.WORKDAY };

    private Combo kind;
    private Text date;
    private Text detail;
    private CalendarDate result;

    DateDialog(Shell parent) {
        super(parent, Messages.calendars_date_title);
    }

    static String kindLabel(CalendarDateKind kind) {
        return switch (kind) {
            case HOLIDAY -> Messages.calendars_kind_holiday;
            case HOURS -> Messages.calendars_kind_hours;
            case WORKDAY -> Messages.calendars_kind_workday;
        };
    }

    @Override
    protected void fields(Composite area) {
        label(area, Messages.calendars_date_kind);
        kind = new Combo(area, SWT.READ_ONLY);
        for (CalendarDateKind each : KINDS) {
            kind.add(kindLabel(each));
        }
        kind.select(0);
        kind.addListener(SWT.Selection, e -> check());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(kind);
        date = text(area, Messages.calendars_date_date, false);
        date.setMessage("2026-05-01");
        detail = text(area, Messages.calendars_date_detail, false);
        detail.setMessage(Messages.calendars_date_detail_hint);
    }

    @Override
    protected String missing() {
        LocalDate day;
        try {
            day = LocalDate.parse(date.getText().strip());
        } catch (DateTimeParseException bad) {
            return NLS.bind(Messages.calendars_date_bad, date.getText().strip());
        }
        CalendarDateKind chosen = KINDS[kind.getSelectionIndex()];
        String text = value(detail);
        if (chosen == CalendarDateKind.HOURS) {
            if (text == null) {
                return Messages.calendars_date_hours_missing;
            }
            try {
                text = ServiceLevelTexts.parseDay(text).toString();
            } catch (ComplaintsException wrong) {
                return wrong.getMessage();
            }
        }
        result = CalendarDraft.date(day, chosen, chosen == CalendarDateKind.HOURS ? text : null, chosen == CalendarDateKind.HOLIDAY ? text : null);
        return null;
    }

    /** Room for a problem of two lines (the messages of the command line are long) below the fields. */
    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        return new Point(size.x, size.y + 2 * 20);
    }

    CalendarDate result() {
        return result;
    }
}
