package org.rapport.app.internal.controls;

import java.text.MessageFormat;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.rapport.app.internal.Messages;
import org.rapport.app.internal.UnsavedChanges;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;

/**
 * At the top right: who is signed in and in which roles, with Switch User and Sign Out beside it
 * (the File menu's commands, so they ask the same question about unsaved changes).
 * <p>
 * It also makes the window's close box ask that question: the renderer installs a close handler
 * of its own when it makes the window, before its trim, so this control (which lives exactly as
 * long as the main window's trim) is the first place where ours can replace it.
 */
public class SignedInUser {

    static final String SWITCH_USER = "org.rapport.app.command.switchuser";
    static final String SIGN_OUT = "org.rapport.app.command.signout";

    @PostConstruct
    void create(Composite parent, @Translation Messages messages, @Optional SessionUser user, MWindow window, EPartService parts,
            ECommandService commands, EHandlerService handlers) {
        window.getContext().set(IWindowCloseHandler.class,
                w -> UnsavedChanges.mayClose((Shell) w.getWidget(), parts, messages, messages.unsaved_exit));
        if (user == null) {
            return;
        }
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        layout.marginWidth = 6;
        line.setLayout(layout);
        // apart from the perspective buttons: this is about the person, not the work
        new Label(line, SWT.SEPARATOR | SWT.VERTICAL).setLayoutData(new GridData(SWT.CENTER, SWT.FILL, false, true));
        Label who = new Label(line, SWT.NONE);
        who.setData("org.rapport.widget", "signed-in-user");
        String roles = user.roles().stream().sorted().map(Roles::label).collect(Collectors.joining(messages.list_separator));
        who.setText(MessageFormat.format(messages.signedin_user, user.displayName(), roles));
        who.setToolTipText(MessageFormat.format(messages.signedin_tooltip, user.displayName(), user.login()));
        who.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        ToolBar actions = new ToolBar(line, SWT.FLAT | SWT.RIGHT);
        actions.setData("org.rapport.widget", "signed-in-actions");
        command(actions, messages.signedin_switch, SWITCH_USER, commands, handlers);
        new ToolItem(actions, SWT.SEPARATOR);
        command(actions, messages.signedin_signout, SIGN_OUT, commands, handlers);
    }

    private static void command(ToolBar bar, String text, String id, ECommandService commands, EHandlerService handlers) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setData(id);
        item.addListener(SWT.Selection, e -> {
            ParameterizedCommand command = commands.createCommand(id, Map.of());
            if (handlers.canExecute(command)) {
                handlers.executeHandler(command);
            }
        });
    }
}
