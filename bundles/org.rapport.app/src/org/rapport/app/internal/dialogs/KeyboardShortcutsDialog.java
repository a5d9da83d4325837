package org.rapport.app.internal.dialogs;

import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.rapport.app.internal.Messages;

/** Lists every key binding of the model, with the command's name in the user's language. */
public class KeyboardShortcutsDialog extends Dialog {

    private final Messages messages;
    private final MApplication application;
    private final EModelService models;

    public KeyboardShortcutsDialog(Shell parent, Messages messages, MApplication application, EModelService models) {
        super(parent);
        this.messages = messages;
        this.application = application;
        this.models = models;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.keys_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    record Shortcut(String command, String keys) {
    }

    /**
     * Every bound command; a parameter that names a model element (a perspective) is shown by
     * that element's label.
     */
    static List<Shortcut> shortcuts(MApplication application, UnaryOperator<String> labelOfElement) {
        return application.getBindingTables().stream().map(MBindingTable::getBindings).flatMap(List::stream)
                .filter(b -> b.getCommand() != null).map(b -> describe(b, labelOfElement))
                .sorted(Comparator.comparing(Shortcut::command).thenComparing(Shortcut::keys)).toList();
    }

    private static Shortcut describe(MKeyBinding binding, UnaryOperator<String> labelOfElement) {
        String name = binding.getCommand().getLocalizedCommandName();
        String parameter = binding.getParameters().isEmpty() ? "" : labelOfElement.apply(binding.getParameters().get(0).getValue());
        return new Shortcut(parameter.isEmpty() ? name : name + ": " + parameter, format(binding.getKeySequence()));
    }

    private String labelOf(String elementId) {
        return models.find(elementId, application) instanceof MUILabel label ? label.getLocalizedLabel() : elementId;
    }

    private static String format(String keySequence) {
        try {
            return KeySequence.getInstance(keySequence).format();
        } catch (ParseException e) {
            return keySequence;
        }
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 360;
        table.setLayoutData(data);
        TableColumn command = new TableColumn(table, SWT.LEFT);
        command.setText(messages.keys_command);
        TableColumn keys = new TableColumn(table, SWT.LEFT);
        keys.setText(messages.keys_keys);
        for (Shortcut shortcut : shortcuts(application, this::labelOf)) {
            new TableItem(table, SWT.NONE).setText(new String[] { shortcut.command(), shortcut.keys() });
        }
        command.pack();
        keys.pack();
        command.setWidth(Math.max(command.getWidth(), 280));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
