package org.rapport.customers.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/**
 * The import wizard's dialog: leaving the mapping page starts the import (its Next button says
 * Import), and the summary page comes only after it.
 */
final class ImportWizardDialog extends WizardDialog {

    private final ImportWizard wizard;

    ImportWizardDialog(Shell shell, ImportWizard wizard) {
        super(shell, wizard);
        this.wizard = wizard;
        setHelpAvailable(false);
    }

    @Override
    protected void nextPressed() {
        if (getCurrentPage() == wizard.mappingPage) {
            wizard.runImport(wizard.filePage.resumeId());
            wizard.summaryPage.show(wizard.outcome());
        }
        super.nextPressed();
    }

    @Override
    public void updateButtons() {
        super.updateButtons();
        Button next = getButton(IDialogConstants.NEXT_ID);
        if (next != null && !next.isDisposed()) {
            String label = getCurrentPage() == wizard.mappingPage ? Messages.import_start : IDialogConstants.NEXT_LABEL;
            if (!label.equals(next.getText())) {
                next.setText(label);
                next.getParent().layout();
            }
        }
    }

    /** A button of the dialog, for the workbench tests to press. */
    Button button(int id) {
        return getButton(id);
    }

    ImportWizard wizard() {
        return wizard;
    }
}
