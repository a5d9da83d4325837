package org.rapport.security.ui.internal.admin;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.rapport.security.api.Roles;
import org.rapport.security.api.Roles.RoleInfo;
import org.rapport.security.api.UserAdministration;
import org.rapport.security.api.UserAdministration.UserInfo;
import org.rapport.security.ui.internal.Messages;

/**
 * The users: who may sign in, with which roles. Enter edits the selected user, Del disables them
 * (after a question). Every change goes through {@link UserAdministration}, which refuses
 * everybody but administrators; its refusals show in the message line.
 */
public class UsersPart {

    @Inject
    private UserAdministration administration;
    @Inject
    private Roles roles;

    private MessageLine message;
    private TableViewer viewer;
    private final List<Button> selectionButtons = new ArrayList<>();
    private Button disable;
    private Button enable;
    private Button add;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
        message = new MessageLine(parent, "admin-users-message");

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setData(Admin.WIDGET, "admin-users-table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        Admin.column(viewer, UserInfo.class, Messages.users_column_login, 140, UserInfo::login);
        Admin.column(viewer, UserInfo.class, Messages.users_column_name, 200, UserInfo::displayName);
        Admin.column(viewer, UserInfo.class, Messages.users_column_roles, 260, u -> String.join(", ", u.roles().stream().map(Admin::roleName).toList()));
        Admin.column(viewer, UserInfo.class, Messages.users_column_state, 120, UsersPart::state);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> updateButtons());
        viewer.addDoubleClickListener(e -> edit());
        table.addListener(SWT.DefaultSelection, e -> edit());
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                e.doit = false;
                disable();
            }
        });

        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(buttons);
        add = button(buttons, Messages.users_add, "admin-users-add", this::add, false);
        button(buttons, Messages.users_edit, "admin-users-edit", this::edit, true);
        button(buttons, Messages.users_reset_password, "admin-users-password", this::resetPassword, true);
        disable = button(buttons, Messages.users_disable, "admin-users-disable", this::disable, true);
        enable = button(buttons, Messages.users_enable, "admin-users-enable", this::enable, true);
        button(buttons, Messages.admin_refresh, "admin-users-refresh", () -> refresh(null), false);
        refresh(null);
    }

    @Focus
    void focus() {
        viewer.getTable().setFocus();
    }

    private Button button(Composite parent, String text, String name, Runnable action, boolean needsSelection) {
        Button button = Admin.button(parent, text, name, action);
        if (needsSelection) {
            selectionButtons.add(button);
        }
        return button;
    }

    static String state(UserInfo user) {
        String state = user.enabled() ? Messages.users_state_enabled : Messages.users_state_disabled;
        return user.locked() ? state + ", " + Messages.users_state_locked : state;
    }

    /** Reads the users again, keeping the selection on the given login (or the selected one). */
    private void refresh(String select) {
        String keep = select != null ? select : selected() == null ? null : selected().login();
        message.clear();
        boolean loaded = message.run(() -> viewer.setInput(administration.users()));
        if (!loaded) {
            viewer.setInput(List.of());
        }
        add.setEnabled(loaded);
        if (keep != null && viewer.getInput() instanceof List<?> users) {
            users.stream().filter(u -> ((UserInfo) u).login().equals(keep)).findFirst().ifPresent(u -> viewer.setSelection(new StructuredSelection(u), true));
        }
        updateButtons();
    }

    private UserInfo selected() {
        return (UserInfo) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private void updateButtons() {
        UserInfo user = selected();
        selectionButtons.forEach(b -> b.setEnabled(user != null));
        disable.setEnabled(user != null && user.enabled());
        enable.setEnabled(user != null && !user.enabled());
    }

    private List<RoleInfo> roles() {
        return roles.roles();
    }

    private void add() {
        List<RoleInfo> all = new ArrayList<>();
        if (!message.run(() -> all.addAll(roles()))) {
            return;
        }
        String[] added = new String[1];
        UserDialog dialog = new UserDialog(viewer.getControl().getShell(), UserDialog.Mode.ADD, null, all, entry -> {
            added[0] = administration.addUser(entry.login(), entry.displayName(), entry.password(), entry.roles()).login();
        });
        if (dialog.open() == Window.OK) {
            refresh(added[0]);
            message.info(NLS.bind(Messages.users_added, added[0]));
        }
    }

    private void edit() {
        UserInfo user = selected();
        List<RoleInfo> all = new ArrayList<>();
        if (user == null || !message.run(() -> all.addAll(roles()))) {
            return;
        }
        UserDialog dialog = new UserDialog(viewer.getControl().getShell(), UserDialog.Mode.EDIT, user, all, entry -> {
            if (!entry.roles().equals(user.roles())) {
                administration.setRoles(user.login(), entry.roles());
            }
            if (!entry.displayName().strip().equals(user.displayName())) {
                administration.setDisplayName(user.login(), entry.displayName());
            }
        });
        if (dialog.open() == Window.OK) {
            refresh(user.login());
            message.info(NLS.bind(Messages.users_changed, user.login()));
        }
    }

    private void resetPassword() {
        UserInfo user = selected();
        if (user == null) {
            return;
        }
        UserDialog dialog = new UserDialog(viewer.getControl().getShell(), UserDialog.Mode.PASSWORD, user, List.of(),
                entry -> administration.resetPassword(user.login(), entry.password()));
        if (dialog.open() == Window.OK) {
            refresh(user.login());
            message.info(NLS.bind(Messages.users_password_set, user.login()));
        }
    }

    private void disable() {
        UserInfo user = selected();
        if (user != null && user.enabled() && message.ask(Messages.users_disable_title, NLS.bind(Messages.users_disable_question, user.login()), Messages.users_disable_action)) {
            message.change(() -> administration.disable(user.login()), () -> refresh(user.login()), NLS.bind(Messages.users_disabled, user.login()));
        }
    }

    private void enable() {
        UserInfo user = selected();
        if (user != null) {
            message.change(() -> administration.enable(user.login()), () -> refresh(user.login()), NLS.bind(Messages.users_enabled, user.login()));
        }
    }
}
