package org.rapport.transfer.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.ImportSwitch;
import org.rapport.transfer.api.RowMapper;

/**
 * Which column of the file fills which of the kind's columns (the fields, labelled by the kind).
 * Each field starts with the file's column of the same name (case, spaces, dashes and underscores
 * aside), so an export or a file in our format needs no change; required fields must have a column
 * before the import starts, and columns no field takes are named and skipped. Also: the kind's
 * switches (e.g. creating customers for purchases of unknown references), and where the rejects go.
 */
final class ImportMappingPage extends WizardPage {

    /** What a field maps to when the file has no column for it: no header can be this. */
    private static final String NOT_IN_FILE = "\u0000";

    private final ImportWizard wizard;
    private Composite fields;
    private final Map<String, Combo> choices = new LinkedHashMap<>();
    private final Map<String, Label> labels = new LinkedHashMap<>();
    private List<String> header = List.of();
    private RowMapper builtFor;
    /** The required columns of the kind the fields were built for. */
    private List<String> required = List.of();
    private Composite switchArea;
    private final Map<String, Button> switches = new LinkedHashMap<>();
    private Text rejects;
    private String defaultRejects;

    ImportMappingPage(ImportWizard wizard) {
        super("mapping");
        this.wizard = wizard;
        setTitle(Messages.import_mapping_title);
        setDescription(Messages.import_mapping_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        fields = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).applyTo(fields);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(fields);

        switchArea = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(switchArea);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 10).applyTo(switchArea);

        Label where = new Label(page, SWT.NONE);
        where.setText(Messages.import_rejects_label);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).indent(0, 6).applyTo(where);
        rejects = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).indent(0, 6).applyTo(rejects);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.import_browse);
        GridDataFactory.fillDefaults().indent(0, 6).applyTo(browse);
        browse.addListener(SWT.Selection, e -> browseRejects());
        rejects.addListener(SWT.Modify, e -> validate());
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            List<String> now = wizard.preview().header();
            if (builtFor != wizard.kind() || !now.equals(header)) {
                build(wizard.kind(), now);
            }
            String suggested = wizard.file().resolveSibling(wizard.file().getFileName() + ".rejects.csv").toString();
            if (defaultRejects == null || rejects.getText().equals(defaultRejects)) {
                // follows the file until the user chose a place of their own
                rejects.setText(suggested);
            }
            defaultRejects = suggested;
            validate();
        }
        super.setVisible(visible);
    }

    private void build(RowMapper kind, List<String> columns) {
        for (Control child : fields.getChildren()) {
            child.dispose();
        }
        for (Control child : switchArea.getChildren()) {
            child.dispose();
        }
        switches.clear();
        choices.clear();
        labels.clear();
        header = columns;
        builtFor = kind;
        // the fields are the registered mapper's columns, so the page offers what the import matches
        required = kind.requiredColumns();
        List<String> ours = new ArrayList<>(required);
        ours.addAll(kind.optionalColumns());
        Label fieldHeading = new Label(fields, SWT.NONE);
        fieldHeading.setText(Messages.import_mapping_field);
        fieldHeading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        Label columnHeading = new Label(fields, SWT.NONE);
        columnHeading.setText(Messages.import_mapping_column);
        columnHeading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        for (String field : ours) {
            Label label = new Label(fields, SWT.NONE);
            label.setText(NLS.bind(required(field) ? Messages.import_mapping_required : Messages.import_mapping_optional, labelOf(field), field));
            Combo combo = new Combo(fields, SWT.READ_ONLY);
            combo.add(Messages.import_mapping_none);
            columns.forEach(combo::add);
            int match = columns.stream().map(ColumnNames::simple).toList().indexOf(ColumnNames.simple(field));
            combo.select(match + 1);
            combo.addListener(SWT.Selection, e -> validate());
            GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(combo);
            choices.put(field, combo);
            labels.put(field, label);
        }
        for (ImportSwitch option : kind.switches()) {
            Button check = new Button(switchArea, SWT.CHECK | SWT.WRAP);
            check.setText(option.label());
            GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(check);
            switches.put(option.flag(), check);
        }
        switchArea.setVisible(!switches.isEmpty());
        ((Composite) getControl()).layout(true, true);
    }

    private boolean required(String field) {
        return required.contains(field);
    }

    private String labelOf(String field) {
        return builtFor.columnLabel(field);
    }

    /** The file's column chosen for a field, or null. */
    private String chosen(String field) {
        Combo combo = choices.get(field);
        return combo.getSelectionIndex() <= 0 ? null : header.get(combo.getSelectionIndex() - 1);
    }

    private void validate() {
        setErrorMessage(problem());
        setPageComplete(getErrorMessage() == null);
        List<String> skipped = unused();
        if (skipped.isEmpty()) {
            setMessage(null);
        } else {
            setMessage(NLS.bind(Messages.import_mapping_unused, String.join(", ", skipped)), WARNING);
        }
    }

    /** The file's columns no field takes: the import skips them. */
    private List<String> unused() {
        List<String> taken = choices.keySet().stream().map(this::chosen).filter(java.util.Objects::nonNull).toList();
        return header.stream().filter(column -> !taken.contains(column)).toList();
    }

    /** What keeps the import from starting, in the order a person would fix it; null when nothing does. */
    private String problem() {
        List<String> missing = choices.keySet().stream().filter(f -> required(f) && chosen(f) == null).map(this::labelOf).toList();
        if (!missing.isEmpty()) {
            return NLS.bind(Messages.import_mapping_missing, String.join(", ", missing));
        }
        Map<String, String> fieldOfColumn = new LinkedHashMap<>();
        for (String field : choices.keySet()) {
            String column = chosen(field);
            if (column != null) {
                String earlier = fieldOfColumn.putIfAbsent(column, field);
                if (earlier != null) {
                    return NLS.bind(Messages.import_mapping_twice, new Object[] { column, labelOf(earlier), labelOf(field) });
                }
            }
        }
        if (rejectsFile() == null) {
            return Messages.import_rejects_missing;
        }
        return null;
    }

    private Path rejectsFile() {
        String text = rejects.getText().strip();
        try {
            return text.isEmpty() ? null : Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void browseRejects() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        Path current = rejectsFile();
        if (current != null) {
            dialog.setFilterPath(current.getParent().toString());
            dialog.setFileName(current.getFileName().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            rejects.setText(chosen);
        }
    }

    /**
     * The runner's options: each field to its column. A field without a column is mapped to a
     * name no header has, so a column named like it but chosen for another field stays that field's.
     *
     * @param resumeId the unfinished import to go on with; null for a new one
     */
    ImportOptions options(String resumeId) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String field : choices.keySet()) {
            String column = chosen(field);
            mapping.put(field, column != null ? column : NOT_IN_FILE + field);
        }
        Set<String> flags = switches.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return new ImportOptions(mapping, rejectsFile(), null, resumeId, flags, ImportOptions.DEFAULT_BATCH, Set.copyOf(unused()), null);
    }

    /** For the workbench tests. */
    Label fieldLabel(String field) {
        return labels.get(field);
    }

    /** For the workbench tests. */
    Combo choice(String field) {
        return choices.get(field);
    }

    /** The check box of a switch of the kind, for the workbench tests; null when the kind has no such switch. */
    Button switchOf(String flag) {
        return switches.get(flag);
    }

    /** For the workbench tests. */
    Text rejects() {
        return rejects;
    }
}
