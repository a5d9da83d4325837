package org.rapport.reports.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.rapport.reports.api.ReportExports;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportResult;
import org.rapport.ui.api.Folders;

/**
 * Writes a tile's result to a CSV or PDF file the user chooses, or a dashboard's (one file a
 * tile) into a folder, through the reports core's {@link ReportExports}: it checks the export
 * permission, names the user in the file and records the export in the audit log. The dialogs
 * start in the user's documents folder.
 */
@Creatable
public class TileExports {

    /** A result and its measure, as an export needs both. */
    record Export(ReportProvider measure, ReportResult result) {
    }

    @Inject
    @Optional
    private ReportExports exports;

    /** Asks for the file, then writes the tile's result there; says through {@code say} what was written or why not. */
    void one(Shell shell, Export tile, String format, Consumer<String> say) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("csv".equals(format) ? Messages.export_csv_title : Messages.export_pdf_title);
        dialog.setFilterPath(Folders.documents().toString());
        dialog.setFileName(fileName(tile, format));
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            write(List.of(tile), format, file -> Path.of(chosen), say);
        }
    }

    /** Asks for a folder, then writes each tile's result into it as a file of its own. */
    void all(Shell shell, List<Export> tiles, String format, Consumer<String> say) {
        DirectoryDialog dialog = new DirectoryDialog(shell, SWT.SAVE);
        dialog.setText("csv".equals(format) ? Messages.export_csv_title : Messages.export_pdf_title);
        dialog.setMessage(Messages.export_folder);
        dialog.setFilterPath(Folders.documents().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            write(tiles, format, tile -> Path.of(chosen).resolve(fileName(tile, format)), say);
        }
    }

    private void write(List<Export> tiles, String format, java.util.function.Function<Export, Path> where, Consumer<String> say) {
        if (exports == null) {
            say.accept(NLS.bind(Messages.export_failed, Messages.export_missing));
            return;
        }
        Path last = null;
        try {
            for (Export tile : tiles) {
                last = where.apply(tile);
                if ("csv".equals(format)) {
                    exports.csv(tile.measure(), tile.result(), last);
                } else {
                    exports.pdf(tile.measure(), tile.result(), last);
                }
            }
            say.accept(tiles.size() == 1 ? NLS.bind(Messages.export_done, last) : NLS.bind(Messages.export_done_many, tiles.size(), last.getParent()));
        } catch (RuntimeException e) {
            say.accept(NLS.bind(Messages.export_failed, e.getMessage()));
        }
    }

    /** {@code retention-rate-by-month-2026-03-01-2026-03-31.csv} */
    private static String fileName(Export tile, String format) {
        ReportResult result = tile.result();
        String by = result.query().by() == null ? "" : "-by-" + result.query().by();
        return result.report() + by + "-" + result.query().period().from() + "-" + result.query().period().to() + "." + format;
    }
}
