package org.rapport.transfer.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;

/**
 * The import wizard's dialog: leaving the mapping page starts the import (its Next button says
 * Import), and the summary page comes only after it.
 */
final class ImportWizardDialog extends WizardDialog {

    private static final int MIN_WIDTH = 720;
    private static final int MIN_HEIGHT = 760;

    private final ImportWizard wizard;

    ImportWizardDialog(Shell shell, ImportWizard wizard) {
        super(shell, wizard);
        this.wizard = wizard;
        setHelpAvailable(false);
    }

    /**
     * Tall enough for the mapping page of a kind with many columns: its fields are made only when
     * the file is known, after the dialog took its size from the other pages.
     */
    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        return new Point(Math.max(size.x, MIN_WIDTH), Math.max(size.y, MIN_HEIGHT));
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
        Button cancel = getButton(IDialogConstants.CANCEL_ID);
        if (cancel != null && !cancel.isDisposed() && committed()) {
            // what was imported stays whatever the button says: Finish closes the wizard
            cancel.setEnabled(false);
        }
        Button next = getButton(IDialogConstants.NEXT_ID);
        if (next != null && !next.isDisposed()) {
            String label = getCurrentPage() == wizard.mappingPage ? Messages.import_start : IDialogConstants.NEXT_LABEL;
            if (!label.equals(next.getText())) {
                next.setText(label);
                next.getParent().layout();
            }
        }
    }

    /** Whether the import has stored rows that Cancel could not take back (it had an id). */
    private boolean committed() {
        return getCurrentPage() == wizard.summaryPage && wizard.outcome() != null && wizard.outcome().importId() != null;
    }

    /** A button of the dialog, for the workbench tests to press. */
    Button button(int id) {
        return getButton(id);
    }

    ImportWizard wizard() {
        return wizard;
    }
}
