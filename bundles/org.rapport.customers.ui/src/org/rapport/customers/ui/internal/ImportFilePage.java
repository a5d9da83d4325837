package org.rapport.customers.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.customers.model.ImportKind;

/** The file to import, what it holds (customers or purchases), and whether to go on with an unfinished import of it. */
final class ImportFilePage extends WizardPage {

    private final ImportWizard wizard;
    private Text path;
    private Button customers;
    private Button purchases;
    private Button resume;
    private ImportWizard.Unfinished unfinished;

    ImportFilePage(ImportWizard wizard) {
        super("file");
        this.wizard = wizard;
        setTitle(Messages.import_file_title);
        setDescription(Messages.import_file_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.import_file_label);
        path = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(path);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.import_browse);
        browse.addListener(SWT.Selection, e -> browse());

        Label what = new Label(page, SWT.NONE);
        what.setText(Messages.import_kind_label);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(what);
        Composite kinds = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(kinds);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(kinds);
        customers = new Button(kinds, SWT.RADIO);
        customers.setText(Messages.import_kind_customers);
        customers.setSelection(true);
        purchases = new Button(kinds, SWT.RADIO);
        purchases.setText(Messages.import_kind_purchases);

        resume = new Button(page, SWT.CHECK);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 12).applyTo(resume);
        resume.setSelection(true);
        resume.setVisible(false);

        Label format = new Label(page, SWT.WRAP);
        format.setText(Messages.import_file_format);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(380, SWT.DEFAULT).indent(0, 12).applyTo(format);

        path.addListener(SWT.Modify, e -> {
            guessKind();
            update();
        });
        customers.addListener(SWT.Selection, e -> update());
        purchases.addListener(SWT.Selection, e -> update());
        setControl(page);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        dialog.setFilterNames(new String[] { Messages.import_filter_csv, Messages.import_filter_all });
        String chosen = dialog.open();
        if (chosen != null) {
            path.setText(chosen);
        }
    }

    /** A file whose header has customer_ref holds purchases: a default the user can still change. */
    private void guessKind() {
        Path file = file();
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        boolean purchaseFile = CsvPreview.read(file, 0).header().stream().anyMatch(c -> c.equalsIgnoreCase("customer_ref"));
        customers.setSelection(!purchaseFile);
        purchases.setSelection(purchaseFile);
    }

    private Path file() {
        String text = path.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void update() {
        Path file = file();
        ImportKind kind = purchases.getSelection() ? ImportKind.PURCHASES : ImportKind.CUSTOMERS;
        unfinished = null;
        String problem = null;
        if (file == null) {
            problem = path.getText().isBlank() ? null : NLS.bind(Messages.import_no_such_file, path.getText().strip());
        } else if (!Files.isRegularFile(file)) {
            problem = NLS.bind(Messages.import_no_such_file, file);
        } else if (!Files.isReadable(file)) {
            problem = NLS.bind(Messages.import_unreadable_file, file);
        } else {
            unfinished = wizard.unfinished(file, kind);
        }
        if (unfinished != null) {
            resume.setText(NLS.bind(Messages.import_resume_offer, new Object[] { unfinished.importId(), unfinished.lastLine(), unfinished.imported() }));
            resume.getParent().layout(true, true);
        }
        resume.setVisible(unfinished != null);
        setErrorMessage(problem);
        boolean complete = problem == null && file != null;
        if (complete) {
            wizard.choose(file, kind);
        }
        setPageComplete(complete);
    }

    /** The import to go on with, or null for a new one. */
    String resumeId() {
        return unfinished != null && resume.getSelection() ? unfinished.importId() : null;
    }

    /** For the workbench tests. */
    Text path() {
        return path;
    }

    /** For the workbench tests. */
    Button purchases() {
        return purchases;
    }

    /** For the workbench tests. */
    Button resume() {
        return resume;
    }
}
