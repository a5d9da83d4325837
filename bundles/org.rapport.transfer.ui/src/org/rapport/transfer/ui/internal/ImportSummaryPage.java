package org.rapport.transfer.ui.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.rapport.transfer.api.ImportResult;
import org.rapport.ui.api.Colors;

/**
 * How the import went: rows imported, rejected (where the rejects file is and its first
 * reasons), duplicates reported and the import id; an import that was cancelled or failed
 * after it started can be resumed from here.
 */
final class ImportSummaryPage extends WizardPage {

    /** Reasons shown from the rejects file. */
    static final int REASONS = 5;

    private final ImportWizard wizard;
    private Label headline;
    private Text importId;
    private Label imported;
    private Label rejected;
    private Text rejectsFile;
    private Table reasons;
    private Label duplicates;
    private Text duplicatesFile;
    private Label warnings;
    private Text warningsFile;
    private Label failure;
    private Button resume;
    private ImportWizard.Outcome outcome;
    private final List<Button> opens = new ArrayList<>();

    ImportSummaryPage(ImportWizard wizard) {
        super("summary");
        this.wizard = wizard;
        setTitle(Messages.import_summary_title);
        setDescription(Messages.import_summary_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(page);
        headline = new Label(page, SWT.WRAP);
        headline.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(headline);
        failure = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(failure);

        importId = field(page, Messages.import_summary_id);
        imported = value(page, Messages.import_summary_imported);
        rejected = value(page, Messages.import_summary_rejected);
        rejectsFile = report(page, Messages.import_summary_rejects_file);
        reasons = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
        reasons.setHeaderVisible(true);
        reasons.setLinesVisible(true);
        for (String title : new String[] { Messages.import_reason_line, Messages.import_reason_field, Messages.import_reason_value, Messages.import_reason_reason }) {
            new TableColumn(reasons, SWT.LEFT).setText(title);
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 110).applyTo(reasons);
        duplicates = value(page, Messages.import_summary_duplicates);
        duplicatesFile = report(page, Messages.import_summary_duplicates_file);
        warnings = value(page, Messages.import_summary_warnings);
        warningsFile = report(page, Messages.import_summary_warnings_file);

        resume = new Button(page, SWT.PUSH);
        resume.setText(Messages.import_resume);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.BEGINNING, SWT.CENTER).indent(0, 6).applyTo(resume);
        resume.addListener(SWT.Selection, e -> {
            wizard.runImport(outcome.importId());
            show(wizard.outcome());
            getContainer().updateButtons();
        });
        setControl(page);
    }

    private static Label value(Composite page, String caption) {
        new Label(page, SWT.NONE).setText(caption);
        Label value = new Label(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
        return value;
    }

    /**
     * A report's path, selectable and copyable, with a button that opens the report in the
     * program the desktop opens CSV files with (a spreadsheet, usually).
     */
    private Text report(Composite page, String caption) {
        new Label(page, SWT.NONE).setText(caption);
        Composite row = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        Text path = new Text(row, SWT.READ_ONLY | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(path);
        Button open = new Button(row, SWT.PUSH);
        open.setText(Messages.import_summary_open);
        open.setEnabled(false);
        path.addListener(SWT.Modify, e -> open.setEnabled(Files.isRegularFile(Path.of(path.getText()).toAbsolutePath())));
        open.addListener(SWT.Selection, e -> {
            if (!Program.launch(path.getText())) {
                setMessage(NLS.bind(Messages.import_summary_cannot_open, path.getText()), WARNING);
            }
        });
        opens.add(open);
        return path;
    }

    /** A read-only text, so an id or a path can be selected and copied. */
    private static Text field(Composite page, String caption) {
        new Label(page, SWT.NONE).setText(caption);
        Text value = new Text(page, SWT.READ_ONLY | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
        return value;
    }

    /** Shows how the import went (the wizard calls this before it turns to the page). */
    void show(ImportWizard.Outcome shown) {
        outcome = shown;
        ImportResult result = shown.result();
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        String headlineText;
        if (result == null) {
            headlineText = shown.importId() == null ? Messages.import_summary_not_started : NLS.bind(Messages.import_summary_failed, shown.importId());
        } else if (result.importId() == null) {
            headlineText = Messages.import_summary_refused_file;
        } else if (result.cancelled()) {
            headlineText = NLS.bind(Messages.import_summary_cancelled, result.importId());
        } else {
            headlineText = NLS.bind(Messages.import_summary_done, result.importId());
        }
        headline.setText(headlineText);
        failure.setText(shown.failure() == null ? "" : shown.failure());
        Colors.markProblem(failure);
        importId.setText(shown.importId() == null ? "\u2013" : shown.importId());
        imported.setText(result == null ? "\u2013" : numbers.format(result.imported()));
        rejected.setText(result == null ? "\u2013" : numbers.format(result.rejected()));
        rejectsFile.setText(result == null || result.rejected() == 0 ? "\u2013" : result.rejectsFile().toString());
        fillReasons(result == null || result.rejected() == 0 ? null : result.rejectsFile());
        duplicates.setText(result == null ? "\u2013" : numbers.format(result.duplicates()));
        duplicatesFile.setText(result == null || result.duplicates() == 0 ? "\u2013" : result.duplicatesFile().toString());
        warnings.setText(result == null ? "\u2013" : numbers.format(result.warnings()));
        warningsFile.setText(result == null || result.warnings() == 0 ? "\u2013" : result.warningsFile().toString());
        resume.setVisible(shown.resumable());
        if (shown.failure() != null) {
            setErrorMessage(shown.importId() == null ? Messages.import_summary_fix_and_retry : Messages.import_summary_resume_hint);
        } else if (shown.resumable()) {
            setErrorMessage(null);
            setMessage(Messages.import_summary_resume_hint, WARNING);
        } else {
            setErrorMessage(null);
            setMessage(result != null && result.rejected() > 0 ? Messages.import_summary_rejects_hint
                    : result != null && result.warnings() > 0 ? Messages.import_summary_warnings_hint : null, INFORMATION);
        }
        ((Composite) getControl()).layout(true, true);
    }

    /** The first reasons of the rejects file: line, field, value, reason. */
    private void fillReasons(Path file) {
        reasons.removeAll();
        for (List<String> row : firstReasons(file)) {
            new TableItem(reasons, SWT.NONE).setText(row.toArray(String[]::new));
        }
        for (TableColumn column : reasons.getColumns()) {
            column.pack();
        }
    }

    static List<List<String>> firstReasons(Path file) {
        List<List<String>> rows = new ArrayList<>();
        if (file == null || !Files.isRegularFile(file)) {
            return rows;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1) {
                    continue; // line,field,value,reason
                }
                if (rows.size() == REASONS) {
                    break;
                }
                rows.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            // the numbers above still say how many; the file is there to open
        }
        return rows;
    }

    /** Back only to fix the options of an import that stored nothing; after that the import has happened. */
    @Override
    public IWizardPage getPreviousPage() {
        return outcome != null && outcome.importId() == null ? super.getPreviousPage() : null;
    }

    /** The Open buttons of the rejects, duplicates and warnings reports, for the workbench tests. */
    List<Button> openButtons() {
        return opens;
    }

    /** For the workbench tests. */
    Table reasons() {
        return reasons;
    }

    /** For the workbench tests. */
    Button resume() {
        return resume;
    }

    /** For the workbench tests. */
    String headline() {
        return headline.getText();
    }
}
