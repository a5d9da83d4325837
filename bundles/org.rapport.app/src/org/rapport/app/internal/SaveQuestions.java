package org.rapport.app.internal;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.internal.workbench.PartServiceSaveHandler;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The question before closing something with unsaved changes, in the user's language and plain
 * words: the platform's own ("Save Parts", "Save Resource") is English only and speaks of parts.
 * Saving itself stays the platform's: the part's {@code @Persist}, whose problems keep it open.
 */
public class SaveQuestions extends PartServiceSaveHandler {

    @Inject
    @Translation
    private Messages messages;
    @Inject
    private MWindow window;

    @Override
    public Save promptToSave(MPart dirty) {
        return ask(MessageFormat.format(messages.save_question_one, label(dirty)), messages.save_save);
    }

    @Override
    public Save[] promptToSave(Collection<MPart> dirty) {
        String names = dirty.stream().map(SaveQuestions::label).map(name -> "\u2022 " + name).collect(Collectors.joining("\n"));
        Save answer = ask(MessageFormat.format(messages.save_question_many, names), messages.save_save_all);
        return dirty.stream().map(part -> answer).toArray(Save[]::new);
    }

    private Save ask(String question, String save) {
        Shell shell = window.getWidget() instanceof Shell s ? s : null;
        MessageDialog dialog = new MessageDialog(shell, messages.save_title, null, question, MessageDialog.QUESTION, 0, save, messages.save_discard,
                IDialogConstants.CANCEL_LABEL);
        return switch (dialog.open()) {
            case 0 -> Save.YES;
            case 1 -> Save.NO;
            default -> Save.CANCEL;
        };
    }

    private static String label(MPart part) {
        String label = part.getLocalizedLabel();
        return label == null || label.isBlank() ? String.valueOf(part.getLabel()) : label;
    }
}
