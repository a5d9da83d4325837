package org.rapport.transfer.ui.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.RowMapper;
import org.rapport.transfer.api.TextFileReader;
import org.rapport.transfer.api.UnfinishedImport;
import org.rapport.ui.api.Folders;

/**
 * The file to import, which registered kind it holds (each kind a choice, with its required
 * columns; the kind whose columns the header names best is chosen first), its encoding (guessed
 * from its beginning, shown by the preview), its separator (guessed from its header line), and whether to go on with an unfinished import of it.
 */
final class ImportFilePage extends WizardPage {

    private final ImportWizard wizard;
    private Text path;
    private final Map<RowMapper, Button> kinds = new LinkedHashMap<>();
    private Combo encoding;
    private Combo separator;
    private Button resume;
    private UnfinishedImport unfinished;

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
        if (wizard.kinds().isEmpty()) {
            new Label(kinds, SWT.WRAP).setText(Messages.import_no_kinds);
        }
        for (RowMapper kind : wizard.kinds()) {
            Button choice = new Button(kinds, SWT.RADIO);
            choice.setText(NLS.bind(Messages.import_kind_choice, kind.label(), String.join(", ", kind.requiredColumns())));
            choice.setSelection(this.kinds.isEmpty());
            choice.addListener(SWT.Selection, e -> update());
            this.kinds.put(kind, choice);
        }

        new Label(page, SWT.NONE).setText(Messages.import_encoding_label);
        encoding = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        TextFileReader.OFFERED.forEach(charset -> encoding.add(label(charset)));
        encoding.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(encoding);
        encoding.addListener(SWT.Selection, e -> {
            guessDelimiter();
            guessKind();
            update();
        });

        new Label(page, SWT.NONE).setText(Messages.import_separator_label);
        separator = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (Delimiter delimiter : Delimiter.values()) {
            separator.add(label(delimiter));
        }
        separator.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(separator);
        separator.addListener(SWT.Selection, e -> {
            guessKind();
            update();
        });

        resume = new Button(page, SWT.CHECK);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 12).applyTo(resume);
        resume.setSelection(true);
        resume.setVisible(false);

        Label format = new Label(page, SWT.WRAP);
        format.setText(Messages.import_file_format);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(380, SWT.DEFAULT).indent(0, 12).applyTo(format);

        path.addListener(SWT.Modify, e -> {
            guessEncoding();
            guessDelimiter();
            guessKind();
            update();
        });
        setControl(page);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        Path typed = file();
        // beside the file typed so far, else where people keep their files, not the program's folder
        dialog.setFilterPath((typed != null && typed.getParent() != null && Files.isDirectory(typed.getParent()) ? typed.getParent() : Folders.documents())
                .toString());
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        dialog.setFilterNames(new String[] { Messages.import_filter_csv, Messages.import_filter_all });
        String chosen = dialog.open();
        if (chosen != null) {
            path.setText(chosen);
        }
    }

    /**
     * The encoding the file's beginning reads in: UTF-8 or a byte-order mark's, else the legacy
     * encoding of the workbench's language (what a spreadsheet program there writes as "CSV"). A
     * default the user can still change; the preview shows whether it reads right.
     */
    private void guessEncoding() {
        Path file = file();
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        Charset guessed = CsvPreview.guessEncoding(file, legacyEncoding(Locale.getDefault()));
        int index = TextFileReader.OFFERED.indexOf(guessed);
        // UTF-16LE/BE from a byte-order mark are offered as UTF-16, which reads the mark the same way
        encoding.select(index >= 0 ? index : TextFileReader.OFFERED.indexOf(StandardCharsets.UTF_16));
    }

    /** The separator the file's header line is written with, read in the encoding chosen: a default the user can still change. */
    private void guessDelimiter() {
        Path file = file();
        if (file != null && Files.isRegularFile(file)) {
            separator.select(CsvPreview.guessDelimiter(file, encoding()).ordinal());
        }
    }

    /** The separator's name in the current language. */
    private static String label(Delimiter delimiter) {
        return switch (delimiter) {
        case COMMA -> Messages.import_separator_comma;
        case SEMICOLON -> Messages.import_separator_semicolon;
        case TAB -> Messages.import_separator_tab;
        };
    }

    /** The separator chosen. */
    Delimiter delimiter() {
        return Delimiter.values()[Math.max(0, separator.getSelectionIndex())];
    }

    /** What a spreadsheet program writes as "CSV" for a user of this language. */
    static Charset legacyEncoding(Locale language) {
        if (language.getLanguage().equals("zh")) {
            boolean traditional = List.of("TW", "HK", "MO").contains(language.getCountry()) || "Hant".equals(language.getScript());
            return Charset.forName(traditional ? "Big5" : "GB18030");
        }
        return Charset.forName("windows-1252");
    }

    private static String label(Charset charset) {
        return switch (charset.name()) {
        case "UTF-8" -> Messages.import_encoding_utf8;
        case "GB18030" -> Messages.import_encoding_gb18030;
        case "Big5" -> Messages.import_encoding_big5;
        case "windows-1252" -> Messages.import_encoding_windows1252;
        case "UTF-16" -> Messages.import_encoding_utf16;
        default -> charset.displayName();
        };
    }

    /** The encoding chosen. */
    Charset encoding() {
        return TextFileReader.OFFERED.get(Math.max(0, encoding.getSelectionIndex()));
    }

    /** The kind whose columns the file's header names best: a default the user can still change. */
    private void guessKind() {
        Path file = file();
        if (file == null || !Files.isRegularFile(file) || kinds.isEmpty()) {
            return;
        }
        RowMapper best = bestKind(List.copyOf(kinds.keySet()), CsvPreview.read(file, encoding(), delimiter(), 0).header());
        kinds.forEach((kind, choice) -> choice.setSelection(kind == best));
    }

    /**
     * The kind that has all its required columns in the header and names most of its columns;
     * without such a kind, the one whose required columns the header names most; the first on a
     * tie (the kinds come sorted by id).
     */
    static RowMapper bestKind(List<RowMapper> candidates, List<String> header) {
        List<String> columns = header.stream().map(ColumnNames::simple).toList();
        Comparator<RowMapper> byFit = Comparator.comparing((RowMapper kind) -> columns.containsAll(simple(kind.requiredColumns())))
                .thenComparing(kind -> named(columns, kind.requiredColumns()))
                .thenComparing(kind -> named(columns, all(kind)));
        RowMapper best = candidates.get(0);
        for (RowMapper kind : candidates) {
            if (byFit.compare(kind, best) > 0) {
                best = kind;
            }
        }
        return best;
    }

    private static List<String> simple(List<String> names) {
        return names.stream().map(ColumnNames::simple).toList();
    }

    private static long named(List<String> header, List<String> columns) {
        return simple(columns).stream().filter(header::contains).count();
    }

    private static List<String> all(RowMapper kind) {
        List<String> all = new ArrayList<>(kind.requiredColumns());
        all.addAll(kind.optionalColumns());
        return all;
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
        RowMapper kind = selectedKind();
        unfinished = null;
        String problem = null;
        if (file == null) {
            problem = path.getText().isBlank() ? null : NLS.bind(Messages.import_no_such_file, path.getText().strip());
        } else if (!Files.isRegularFile(file)) {
            problem = NLS.bind(Messages.import_no_such_file, file);
        } else if (!Files.isReadable(file)) {
            problem = NLS.bind(Messages.import_unreadable_file, file);
        } else if (kind == null) {
            problem = Messages.import_no_kinds;
        } else {
            unfinished = wizard.unfinished(file, kind);
        }
        if (unfinished != null) {
            // a resume reads the file as its first run did: show it so in the choices and the preview
            if (unfinished.encoding() != null && TextFileReader.OFFERED.contains(unfinished.encoding())) {
                encoding.select(TextFileReader.OFFERED.indexOf(unfinished.encoding()));
            }
            if (unfinished.delimiter() != null) {
                separator.select(unfinished.delimiter().ordinal());
            }
            resume.setText(NLS.bind(Messages.import_resume_offer,
                    new Object[] { unfinished.importId(), unfinished.lastCommittedLine(), unfinished.imported() }));
            resume.getParent().layout(true, true);
        }
        resume.setVisible(unfinished != null);
        setErrorMessage(problem);
        boolean complete = problem == null && file != null;
        if (complete) {
            wizard.choose(file, kind, encoding(), delimiter());
        }
        setPageComplete(complete);
    }

    private RowMapper selectedKind() {
        return kinds.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The import to go on with, or null for a new one. */
    String resumeId() {
        return unfinished != null && resume.getSelection() ? unfinished.importId() : null;
    }

    /** For the workbench tests. */
    Text path() {
        return path;
    }

    /** The choice of the kind with this id, for the workbench tests. */
    Button kind(String id) {
        return kinds.entrySet().stream().filter(e -> e.getKey().id().equals(id)).map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    /** For the workbench tests. */
    Combo encodingChoice() {
        return encoding;
    }

    /** For the workbench tests. */
    Combo separatorChoice() {
        return separator;
    }

    /** For the workbench tests. */
    Button resume() {
        return resume;
    }
}
