package org.rapport.complaints.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.StaffNames;

/**
 * Whom to give the complaint: the user, nobody, a colleague who already handles complaints (by
 * name), or any login typed in. Staff are named by {@link StaffNames}, which tells nothing else
 * of a user, so every role that handles complaints may ask.
 */
final class AssignDialog extends FormDialog {

    private final StaffNames staff;
    private final List<String> logins = new ArrayList<>();
    private final String current;
    private Combo who;
    /** The login chosen; empty for nobody. */
    private String chosen;

    private AssignDialog(Shell parent, StaffNames staff, List<String> logins, String current) {
        super(parent, Messages.assign_title);
        this.staff = staff;
        this.logins.addAll(logins);
        this.current = current;
    }

    static Optional<String> ask(Shell parent, StaffNames staff, ComplaintQueue queue, CurrentUser user, String current) {
        List<String> logins = new ArrayList<>();
        user.get().ifPresent(me -> logins.add(me.login()));
        for (String login : queue.assignees()) {
            if (!logins.contains(login)) {
                logins.add(login);
            }
        }
        AssignDialog dialog = new AssignDialog(parent, staff, logins, current);
        return dialog.open() == Window.OK ? Optional.of(dialog.chosen) : Optional.empty();
    }

    @Override
    protected void fields(Composite area) {
        label(area, Messages.field_assignee);
        who = new Combo(area, SWT.DROP_DOWN);
        who.add(Messages.assignee_nobody);
        for (String login : logins) {
            who.add(staff.nameOf(login) + " (" + login + ")");
        }
        int at = current == null ? 0 : logins.indexOf(current) + 1;
        who.select(Math.max(0, at));
        who.addListener(SWT.Modify, e -> check());
        label(area, "");
        label(area, Messages.assign_hint);
    }

    @Override
    protected String missing() {
        return login() == null ? Messages.missing_assignee : null;
    }

    /** The login the combo shows: a choice of the list, else what was typed (a login); null when nothing. */
    private String login() {
        String text = who.getText().strip();
        if (text.equals(Messages.assignee_nobody)) {
            return "";
        }
        for (int i = 0; i < logins.size(); i++) {
            if (text.equals(who.getItem(i + 1))) {
                return logins.get(i);
            }
        }
        return text.isEmpty() || text.contains(" ") ? null : text;
    }

    @Override
    protected void okPressed() {
        chosen = login();
        super.okPressed();
    }
}
