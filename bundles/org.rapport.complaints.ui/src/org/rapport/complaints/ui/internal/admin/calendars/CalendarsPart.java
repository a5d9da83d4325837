package org.rapport.complaints.ui.internal.admin.calendars;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.ServiceLevelTexts;
import org.rapport.complaints.model.CalendarDate;
import org.rapport.complaints.model.CalendarDateKind;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.core.api.ClockService;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Background;
import org.rapport.ui.api.Confirm;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.ModelEditor;

/**
 * The business calendars in the Administration perspective: the shipped 24x7 and the administrators'
 * ones; for the one chosen its time zone, its working hours written as on the command line, the
 * dates that differ (holidays, dates with their own hours, make-up working days, holidays imported
 * from an iCalendar file) and a check of its due times. Edits are undoable and saved whole through
 * {@link Complaints#replaceCalendar}; the store refuses users who may not change the service
 * levels, for whom the view is read-only.
 */
public class CalendarsPart {

    private static final String NEW_HOURS = "mon-fri 09:00-18:00";

    @Inject
    private Complaints complaints;
    @Inject
    private ClockService clock;
    @Inject
    private CurrentUser user;
    @Inject
    private MPart part;
    @Inject
    private EHandlerService handlers;
    @Inject
    private IEventBroker events;

    private final Background background = new Background("Rapport calendars");
    private boolean mayChange;
    private List names;
    private Label title;
    private Button add;
    private Combo zone;
    private Text hours;
    private Table dates;
    private final java.util.List<Button> editing = new ArrayList<>();
    private Button save;
    private StatusLine status;
    private CheckPanel check;
    private CalendarDraft draft;
    /** Set while the fields are filled from the draft, so filling them is no edit. */
    private boolean showing;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        Composite left = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        GridDataFactory.fillDefaults().grab(false, true).span(1, 2).applyTo(left);
        new Label(left, SWT.NONE).setText(Messages.calendars_list);
        names = new List(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(false, true).hint(160, SWT.DEFAULT).applyTo(names);
        names.addListener(SWT.Selection, e -> choose());
        add = new Button(left, SWT.PUSH);
        add.setText(Messages.calendars_new);
        add.addListener(SWT.Selection, e -> newCalendar());
        GridDataFactory.fillDefaults().applyTo(add);
        form(new Composite(parent, SWT.NONE));
        check = new CheckPanel(parent, complaints, background, () -> draft == null ? Complaints.ALWAYS_OPEN : draft.name());
        handlers.activateHandler("org.eclipse.ui.edit.undo", new ModelEditor.CommandHandler(() -> draft != null && draft.history().canUndo(), this::undo));
        handlers.activateHandler("org.eclipse.ui.edit.redo", new ModelEditor.CommandHandler(() -> draft != null && draft.history().canRedo(), this::redo));
        handlers.activateHandler("org.eclipse.ui.file.save", new ModelEditor.CommandHandler(() -> draft != null && draft.history().dirty(), this::save));
        parent.setData(CalendarsPart.class.getName(), this);
        read(Complaints.ALWAYS_OPEN);
    }

    private void form(Composite form) {
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        title = new Label(form, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
        new Label(form, SWT.NONE).setText(Messages.calendars_zone);
        zone = new Combo(form, SWT.READ_ONLY);
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toArray(String[]::new));
        zone.setVisibleItemCount(20);
        zone.addListener(SWT.Selection, e -> {
            if (!showing && draft != null) {
                draft.zone(zone.getText());
            }
        });
        new Label(form, SWT.NONE).setText(Messages.calendars_hours_label);
        hours = new Text(form, SWT.BORDER);
        hours.setMessage(NEW_HOURS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(hours);
        hours.addListener(SWT.Modify, e -> {
            if (!showing && draft != null) {
                draft.hours(hours.getText());
            }
        });
        hours.addListener(SWT.FocusOut, e -> {
            if (draft != null) {
                draft.history().endEdit();
            }
        });
        new Label(form, SWT.NONE);
        Label hint = new Label(form, SWT.WRAP);
        hint.setText(Messages.calendars_hours_hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(hint);
        Label datesLabel = new Label(form, SWT.NONE);
        datesLabel.setText(Messages.calendars_dates);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(datesLabel);
        dates = new Table(form, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        dates.setHeaderVisible(true);
        dates.setLinesVisible(true);
        for (String[] column : new String[][] { { Messages.calendars_column_date, "110" }, { Messages.calendars_column_kind, "170" },
                { Messages.calendars_column_detail, "260" } }) {
            TableColumn widget = new TableColumn(dates, SWT.LEFT);
            widget.setText(column[0]);
            widget.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).minSize(SWT.DEFAULT, 120).applyTo(dates);
        dates.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL && hours.isEnabled()) {
                removeDates();
            }
        });
        Composite buttons = new Composite(form, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        editing.add(button(buttons, Messages.calendars_add_date, this::addDate));
        editing.add(button(buttons, Messages.calendars_remove_dates, this::removeDates));
        editing.add(button(buttons, Messages.calendars_import, this::importHolidays));
        save = button(buttons, Messages.calendars_save, this::save);
        editing.add(save);
        status = new StatusLine(form, 2);
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    @PreDestroy
    void dispose() {
        background.close();
    }

    private record Read(java.util.List<String> names, BusinessCalendar calendar) {
    }

    /** Reads the list of calendars and the one to show, which becomes a draft with nothing changed. */
    void read(String shown) {
        // asked again at each reading: another user may have signed in meanwhile
        mayChange = user.get().map(u -> u.may(ComplaintsAreaId.SETTINGS, Action.UPDATE)).orElse(false);
        add.setEnabled(mayChange);
        add.setToolTipText(mayChange ? null : Messages.calendars_denied);
        background.run(names, () -> new Read(complaints.calendarNames(), complaints.calendar(shown)), read -> {
            names.removeAll();
            names.add(Complaints.ALWAYS_OPEN);
            read.names().forEach(names::add);
            names.setSelection(names.indexOf(read.calendar().name()));
            show(CalendarDraft.of(read.calendar(), mayChange && !read.calendar().name().equals(Complaints.ALWAYS_OPEN)));
        }, this::failed);
    }

    private void show(CalendarDraft shown) {
        draft = shown;
        draft.history().onChange(this::changed);
        draft.history().onUndoOrRedo(this::fill);
        fill();
        boolean editable = draft.history().mayChange(null);
        zone.setEnabled(editable);
        hours.setEnabled(editable);
        editing.forEach(button -> {
            button.setEnabled(editable);
            button.setToolTipText(editable ? null : mayChange ? Messages.calendars_shipped : Messages.calendars_denied);
        });
        check.calendarShown(ZoneId.of(draft.zone()), clock.now());
        changed();
    }

    /** Shows the draft's values in the fields. */
    private void fill() {
        showing = true;
        try {
            title.setText(NLS.bind(Messages.calendars_title, draft.name()));
            zone.setText(draft.zone());
            if (!hours.getText().equals(draft.hours())) {
                hours.setText(draft.hours());
            }
            dates.removeAll();
            for (CalendarDate entry : draft.dates()) {
                TableItem item = new TableItem(dates, SWT.NONE);
                item.setText(new String[] { Formats.date(entry.getDate()), DateDialog.kindLabel(entry.getKind()), detail(entry) });
                item.setData(entry.getDate());
            }
        } finally {
            showing = false;
        }
    }

    private static String detail(CalendarDate entry) {
        return switch (entry.getKind()) {
            case HOLIDAY -> entry.getName() == null ? "" : entry.getName();
            case HOURS -> entry.getHours();
            case WORKDAY -> Messages.calendars_workday_detail;
        };
    }

    /** After every edit, undo and save: the unsaved mark, what keeps it from saving, the toolbar's commands. */
    private void changed() {
        if (dates.isDisposed()) {
            return;
        }
        fill();
        part.setDirty(draft.history().dirty());
        java.util.List<String> problems = draft.history().problems();
        if (!problems.isEmpty()) {
            problem(String.join("\n", problems));
        } else if (draft.history().dirty()) {
            plain(Messages.calendars_unsaved);
        } else if (Messages.calendars_unsaved.equals(status.text()) || status.isProblem()) {
            plain("");
        }
        events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
    }

    private void undo() {
        draft.history().undo();
    }

    private void redo() {
        draft.history().redo();
    }

    /** Another calendar chosen: unsaved changes are lost only when the person says so. */
    private void choose() {
        int index = names.getSelectionIndex();
        if (index < 0 || showing || draft == null || names.getItem(index).equals(draft.name())) {
            return;
        }
        if (!mayLeave()) {
            names.setSelection(names.indexOf(draft.name()));
            return;
        }
        read(names.getItem(index));
    }

    private boolean mayLeave() {
        return !draft.history().dirty() || Confirm.destructive(names.getShell(), Messages.calendars_discard_title,
                NLS.bind(Messages.calendars_discard, draft.name()), Messages.calendars_discard_action);
    }

    private void newCalendar() {
        if (draft != null && !mayLeave()) {
            return;
        }
        IInputValidator unique = text -> {
            String name = text.strip();
            if (name.isEmpty()) {
                return Messages.calendars_new_empty;
            }
            return names.indexOf(name) >= 0 ? NLS.bind(Messages.calendars_new_taken, name) : null;
        };
        InputDialog dialog = new InputDialog(names.getShell(), Messages.calendars_new_title, Messages.calendars_new_prompt, "", unique);
        if (dialog.open() != Window.OK) {
            return;
        }
        String name = dialog.getValue().strip();
        names.add(name);
        names.setSelection(names.getItemCount() - 1);
        show(CalendarDraft.fresh(name, clock.zone().getId(), NEW_HOURS));
    }

    private void addDate() {
        DateDialog dialog = new DateDialog(names.getShell());
        if (dialog.open() == Window.OK) {
            draft.put(java.util.List.of(dialog.result()));
        }
    }

    private void removeDates() {
        java.util.List<LocalDate> chosen = new ArrayList<>();
        for (TableItem item : dates.getSelection()) {
            chosen.add((LocalDate) item.getData());
        }
        if (!chosen.isEmpty()) {
            draft.remove(chosen);
        }
    }

    private void importHolidays() {
        FileDialog dialog = new FileDialog(names.getShell(), SWT.OPEN);
        dialog.setText(Messages.calendars_import_title);
        dialog.setFilterExtensions(new String[] { "*.ics", "*" });
        String file = dialog.open();
        if (file != null) {
            importHolidays(Path.of(file));
        }
    }

    /** Reads the whole file first: a file with a fault adds no holiday at all. */
    void importHolidays(Path file) {
        Map<LocalDate, String> holidays;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            holidays = ServiceLevelTexts.readHolidays(reader, file.getFileName().toString());
        } catch (IOException unreadable) {
            problem(NLS.bind(Messages.calendars_import_unreadable, file, unreadable.getMessage()));
            return;
        } catch (ComplaintsException wrong) {
            problem(wrong.getMessage());
            return;
        }
        java.util.List<CalendarDate> entries = new ArrayList<>();
        holidays.forEach((date, name) -> entries.add(CalendarDraft.date(date, CalendarDateKind.HOLIDAY, null, name)));
        draft.put(entries);
        plain(NLS.bind(Messages.calendars_imported, holidays.size(), file.getFileName()));
    }

    /** Save (the button, Ctrl+S, the question at closing): the whole calendar, or nothing when something in it is wrong. */
    @Persist
    void save() {
        if (draft == null || !draft.history().dirty()) {
            return;
        }
        java.util.List<String> problems = draft.history().problems();
        if (!problems.isEmpty()) {
            problem(NLS.bind(Messages.calendars_not_saved, String.join("\n", problems)));
            return;
        }
        CalendarDraft saving = draft;
        background.run(names, () -> complaints.replaceCalendar(saving.change()), stored -> {
            saving.history().saved();
            plain(NLS.bind(Messages.calendars_saved, stored.name()));
            check.check();
        }, failure -> problem(NLS.bind(Messages.calendars_not_saved, failure.getMessage())));
    }

    private void failed(Exception failure) {
        problem(failure.getMessage());
    }

    private void problem(String message) {
        status.problem(message);
    }

    private void plain(String message) {
        status.plain(message);
    }

    // for the workbench tests

    List names() {
        return names;
    }

    Text hours() {
        return hours;
    }

    Combo zone() {
        return zone;
    }

    Table dates() {
        return dates;
    }

    Button saveButton() {
        return save;
    }

    String status() {
        return status.text();
    }

    CheckPanel check() {
        return check;
    }

    CalendarDraft draft() {
        return draft;
    }
}
