package org.rapport.reports.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.reports.api.ReportResult;
import org.rapport.ui.api.Folders;

/** Writes a tile's or a dashboard's results to a CSV or PDF file the user chooses, starting in their documents folder. */
@Creatable
public class TileExports {

    /** Asks for the file, then writes the results there; says through {@code say} what was written or why not. */
    void export(Shell shell, List<ReportResult> results, String format, String name, Consumer<String> say) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("csv".equals(format) ? Messages.export_csv_title : Messages.export_pdf_title);
        dialog.setFilterPath(Folders.documents().toString());
        dialog.setFileName(name + "." + format);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        try {
            write(results, format, file);
            say.accept(NLS.bind(Messages.export_done, file));
        } catch (RuntimeException e) {
            say.accept(NLS.bind(Messages.export_failed, e.getMessage()));
        }
    }

    private void write(List<ReportResult> results, String format, Path file) {
        throw new UnsupportedOperationException(Messages.export_missing);
    }
}
