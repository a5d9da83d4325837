package org.rapport.security.ui.internal.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Roles.RoleInfo;
import org.rapport.security.api.UserAdministration.UserInfo;
import org.rapport.security.ui.internal.Messages;

/**
 * Adds a user (login, name, password twice, roles), edits one (name, roles) or sets a new
 * password. OK runs the change through the service; what the service refuses shows in the
 * dialog's message area and the dialog stays open.
 */
final class UserDialog extends TitleAreaDialog {

    enum Mode {
        ADD, EDIT, PASSWORD
    }

    /** What was entered; the password arrays are the caller's to clear (the services clear them). */
    record Entry(String login, String displayName, char[] password, List<String> roles) {
    }

    private final Mode mode;
    private final UserInfo user;
    private final List<RoleInfo> roles;
    private final Consumer<Entry> change;
    private Text login;
    private Text name;
    private Text password;
    private Text repeat;
    private final List<Button> roleButtons = new ArrayList<>();

    /**
     * @param user the user to edit; null to add one
     * @param change the service call, run on OK
     */
    UserDialog(Shell shell, Mode mode, UserInfo user, List<RoleInfo> roles, Consumer<Entry> change) {
        super(shell);
        this.mode = mode;
        this.user = user;
        this.roles = roles;
        this.change = change;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(switch (mode) {
        case ADD -> Messages.user_add_title;
        case EDIT -> Messages.user_edit_title;
        case PASSWORD -> Messages.user_password_title;
        });
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(getShell().getText());
        setMessage(switch (mode) {
        case ADD -> Messages.user_add_message;
        case EDIT -> NLS.bind(Messages.user_edit_message, user.login());
        case PASSWORD -> NLS.bind(Messages.user_password_message, user.login());
        });
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        if (mode != Mode.PASSWORD) {
            login = field(fields, Messages.user_login, SWT.BORDER, "user-dialog-login");
            if (user != null) {
                login.setText(user.login());
                login.setEditable(false);
            }
            name = field(fields, Messages.user_display_name, SWT.BORDER, "user-dialog-name");
            if (user != null) {
                name.setText(user.displayName());
            }
        }
        if (mode != Mode.EDIT) {
            password = field(fields, Messages.user_password, SWT.BORDER | SWT.PASSWORD, "user-dialog-password");
            repeat = field(fields, Messages.user_repeat, SWT.BORDER | SWT.PASSWORD, "user-dialog-repeat");
        }
        if (mode != Mode.PASSWORD) {
            Group group = new Group(fields, SWT.NONE);
            group.setText(Messages.user_roles);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
            GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(group);
            for (RoleInfo role : roles) {
                Button check = new Button(group, SWT.CHECK);
                check.setText(Admin.roleName(role.name()));
                check.setToolTipText(Admin.roleDescription(role.name(), role.preset(), role.description()));
                check.setData(Admin.WIDGET, "user-dialog-role-" + role.name());
                check.setSelection(user != null && user.roles().contains(role.name()));
                roleButtons.add(check);
            }
        }
        (login != null && login.getEditable() ? login : name != null ? name : password).setFocus();
        return area;
    }

    private static Text field(Composite parent, String label, int style, String widget) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        text.setData(Admin.WIDGET, widget);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, switch (mode) {
        case ADD -> Messages.user_add_ok;
        case EDIT -> Messages.user_edit_ok;
        case PASSWORD -> Messages.user_password_ok;
        }, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        char[] first = password == null ? null : password.getTextChars();
        char[] second = repeat == null ? null : repeat.getTextChars();
        try {
            if (first != null && !Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                setErrorMessage(Messages.user_password_mismatch);
                return;
            }
            List<String> chosen = roleButtons.stream().filter(Button::getSelection).map(Button::getText).toList();
            change.accept(new Entry(login == null ? null : login.getText().strip(), name == null ? null : name.getText(), first, chosen));
        } catch (AccessDeniedException | IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        } catch (RuntimeException e) {
            setErrorMessage(Admin.failure(e));
            return;
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
        super.okPressed();
    }
}
