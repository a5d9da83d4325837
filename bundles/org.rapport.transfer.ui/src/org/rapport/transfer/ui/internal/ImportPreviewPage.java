package org.rapport.transfer.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The file's first rows as the import will read them, so a wrong file or a wrong separator shows before anything is stored. */
final class ImportPreviewPage extends WizardPage {

    private final ImportWizard wizard;
    private Label summary;
    private Table table;

    ImportPreviewPage(ImportWizard wizard) {
        super("preview");
        this.wizard = wizard;
        setTitle(Messages.import_preview_title);
        setDescription(Messages.import_preview_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 260).applyTo(table);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            show(wizard.preview());
        }
        super.setVisible(visible);
    }

    private void show(CsvPreview preview) {
        table.removeAll();
        {
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            for (String name : preview.header()) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(name);
            }
            for (List<String> row : preview.rows()) {
                TableItem item = new TableItem(table, SWT.NONE);
                for (int i = 0; i < row.size() && i < preview.header().size(); i++) {
                    // a value over several lines shows on one
                    item.setText(i, row.get(i).replace('\n', ' ').replace("\r", ""));
                }
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
                column.setWidth(Math.min(Math.max(column.getWidth(), 60), 260));
            }
        }
        summary.setText(NLS.bind(Messages.import_preview_summary, new Object[] { wizard.file().getFileName(), preview.header().size(), preview.rows().size(),
                wizard.encoding().name(), wizard.delimiter().word() }));
        table.getParent().layout(true, true);
        setErrorMessage(preview.problem());
        setPageComplete(preview.problem() == null && !preview.header().isEmpty());
    }

    /** For the workbench tests. */
    Label summary() {
        return summary;
    }

    /** For the workbench tests. */
    Table table() {
        return table;
    }
}
