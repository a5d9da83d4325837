package org.rapport.security.ui.internal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.rapport.security.api.Area;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.Roles;
import org.rapport.security.api.Roles.RestrictableField;
import org.rapport.security.api.Roles.RoleInfo;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.security.ui.internal.Messages;

/**
 * The roles and, for the selected one, its permission matrix (areas by actions, each cell none,
 * own or all) and its field rules (none, read-only, hidden). Click a cell, or move to it with the
 * arrow keys and press Space, to take the next value. Edits stay unsaved (the view is marked dirty)
 * until Save; Revert drops them. Changes go through {@link Roles}, which refuses everybody but
 * administrators.
 */
public class RolesPart {

    /** A row of the field rules table. */
    record FieldRow(String area, RestrictableField field) {
    }

    private static final Action[] ACTIONS = Action.values();

    @Inject
    private Roles roles;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private MPart part;

    private MessageLine message;
    private TableViewer roleList;
    private Label heading;
    private Text description;
    private TableViewer matrix;
    private TableViewer fields;
    private Label fieldsLabel;
    private Button save;
    private Button revert;
    private Button reset;
    private Button delete;
    private Button create;
    private RoleDraft draft;
    /** The areas' labels and icons, read again with the roles: area bundles come and go. */
    private AreaLabels areaLabels;
    private ResourceManager images;
    /** While the widgets are filled from the draft, their events are no edits. */
    private boolean filling;

    @PostConstruct
    void create(Composite parent, UISynchronize ui) {
        images = new LocalResourceManager(JFaceResources.getResources(), parent);
        areaLabels = new AreaLabels(List.of(), images);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(parent);
        message = new MessageLine(parent, "admin-roles-message");
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

        Composite left = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(left);
        roleList = new TableViewer(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        Table table = roleList.getTable();
        table.setData(Admin.WIDGET, "admin-roles-list");
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        Admin.column(roleList, RoleInfo.class, Messages.roles_column_role, 150, r -> Admin.roleName(r.name()));
        Admin.column(roleList, RoleInfo.class, Messages.roles_column_kind, 80, r -> r.preset() ? Messages.roles_preset : Messages.roles_custom);
        roleList.setContentProvider(ArrayContentProvider.getInstance());
        roleList.addSelectionChangedListener(e -> select());
        create = Admin.button(left, Messages.roles_new, "admin-roles-new", this::newRole);
        delete = Admin.button(left, Messages.roles_delete, "admin-roles-delete", this::deleteRole);

        Composite right = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(right);
        heading = new Label(right, SWT.NONE);
        heading.setData(Admin.WIDGET, "admin-roles-heading");
        heading.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(heading);
        new Label(right, SWT.NONE).setText(Messages.roles_description);
        description = new Text(right, SWT.BORDER);
        description.setData(Admin.WIDGET, "admin-roles-description");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(description);
        description.addListener(SWT.Modify, e -> {
            if (!filling && draft != null) {
                draft.description(description.getText());
                edited();
            }
        });

        Label matrixLabel = new Label(right, SWT.NONE);
        matrixLabel.setText(Messages.roles_matrix);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(matrixLabel);
        matrix = new TableViewer(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        matrix.getTable().setData(Admin.WIDGET, "admin-roles-matrix");
        matrix.getTable().setHeaderVisible(true);
        matrix.getTable().setLinesVisible(true);
        // every area in sight: the matrix takes the height of its rows, the field rules the rest
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(matrix.getTable());
        Admin.column(matrix, String.class, Messages.roles_column_area, 170, a -> areaLabels.text(a), a -> areaLabels.image(a));
        for (Action action : ACTIONS) {
            Admin.column(matrix, String.class, Admin.action(action), 90, a -> draft == null ? "" : Admin.scope(draft.scope(a, action)));
        }
        matrix.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerFocusCellManager cells = new TableViewerFocusCellManager(matrix, new FocusCellOwnerDrawHighlighter(matrix));
        matrix.getTable().addListener(SWT.MouseDown, e -> cycleCell(matrix.getCell(new Point(e.x, e.y))));
        matrix.getTable().addListener(SWT.KeyDown, e -> {
            if (space(e)) {
                cycleCell(cells.getFocusCell());
            }
        });

        fieldsLabel = new Label(right, SWT.WRAP);
        fieldsLabel.setText(Messages.roles_fields);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(fieldsLabel);
        fields = new TableViewer(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        fields.getTable().setData(Admin.WIDGET, "admin-roles-fields");
        fields.getTable().setHeaderVisible(true);
        fields.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(fields.getTable());
        Admin.column(fields, FieldRow.class, Messages.roles_column_area, 170, r -> areaLabels.text(r.area()));
        Admin.column(fields, FieldRow.class, Messages.roles_column_field, 220, r -> r.field().label());
        Admin.column(fields, FieldRow.class, Messages.roles_column_access, 150, r -> draft == null ? "" : Admin.access(draft.access(r.field().key())));
        fields.setContentProvider(ArrayContentProvider.getInstance());
        fields.getTable().addListener(SWT.MouseDown, e -> {
            ViewerCell cell = fields.getCell(new Point(e.x, e.y));
            if (cell != null && cell.getColumnIndex() == 2) {
                cycleField((FieldRow) cell.getElement());
            }
        });
        fields.getTable().addListener(SWT.KeyDown, e -> {
            if (space(e) && fields.getStructuredSelection().getFirstElement() instanceof FieldRow row) {
                cycleField(row);
            }
        });

        Composite buttons = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        save = Admin.button(buttons, Messages.roles_save, "admin-roles-save", this::save);
        revert = Admin.button(buttons, Messages.roles_revert, "admin-roles-revert", this::revert);
        reset = Admin.button(buttons, Messages.roles_reset, "admin-roles-reset", this::resetPreset);
        sash.setWeights(25, 75);
        load(null);
        followAreas(ui);
    }

    /**
     * Area bundles come and go while the view is open (an extension installed, a test area): the
     * matrix follows them, unless an edit is unsaved, which the next load shows them with.
     */
    private void followAreas(UISynchronize ui) {
        BundleContext context = FrameworkUtil.getBundle(RolesPart.class).getBundleContext();
        ServiceListener listener = event -> ui.asyncExec(() -> {
            if (!matrix.getTable().isDisposed() && (draft == null || !draft.dirty())) {
                load(draft == null ? null : draft.name());
            }
        });
        try {
            context.addServiceListener(listener, "(" + Constants.OBJECTCLASS + "=" + Area.class.getName() + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        matrix.getTable().addListener(SWT.Dispose, e -> context.removeServiceListener(listener));
    }

    @Focus
    void focus() {
        roleList.getTable().setFocus();
    }

    /** The Save command (and closing a dirty view) saves the edited role. */
    @Persist
    void persist() {
        save();
    }

    private static boolean space(Event e) {
        return e.character == ' ' || e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR;
    }

    private boolean administrator() {
        return currentUser.get().map(SessionUser::isAdministrator).orElse(false);
    }

    /** Reads roles, areas and fields again and selects the named role (or the first). */
    private void load(String select) {
        if (!administrator()) {
            message.error(NLS.bind(Messages.admin_only, currentUser.get().map(SessionUser::login).orElse("?")));
            setEditable(false);
            create.setEnabled(false);
            return;
        }
        message.run(() -> {
            List<RoleInfo> all = roles.roles();
            List<String> areas = new ArrayList<>();
            areas.add(SessionUser.ALL_AREAS);
            areas.addAll(roles.areas());
            List<FieldRow> rows = new ArrayList<>();
            for (Map.Entry<String, List<RestrictableField>> area : roles.restrictableFields().entrySet()) {
                area.getValue().forEach(f -> rows.add(new FieldRow(area.getKey(), f)));
            }
            areaLabels = new AreaLabels(roles.registeredAreas(), images);
            draft = null;
            roleList.setInput(all);
            matrix.setInput(areas);
            fields.setInput(rows);
            // until a model with restrictable fields is installed, say why the table is empty
            fieldsLabel.setText(rows.isEmpty() ? Messages.roles_fields_none : Messages.roles_fields);
            matrix.getTable().getParent().layout(true);
            RoleInfo chosen = all.stream().filter(r -> r.name().equals(select)).findFirst().orElse(all.isEmpty() ? null : all.get(0));
            if (chosen != null) {
                roleList.setSelection(new StructuredSelection(chosen), true);
            }
        });
        show();
    }

    private RoleInfo selectedRole() {
        return (RoleInfo) ((IStructuredSelection) roleList.getSelection()).getFirstElement();
    }

    /** Whether there are no unsaved edits, or the user agrees to drop them. */
    private boolean mayDiscard() {
        return draft == null || !draft.dirty() || message.ask(Messages.roles_discard_title, NLS.bind(Messages.roles_discard_question, Admin.roleName(draft.name())), Messages.roles_discard_action);
    }

    /** Another role was chosen: its unsaved edits go only if the user agrees. */
    private void select() {
        RoleInfo chosen = selectedRole();
        if (draft != null && chosen != null && chosen.name().equals(draft.name())) {
            return;
        }
        if (!mayDiscard()) {
            roleList.setSelection(new StructuredSelection(draft.stored()), true);
            return;
        }
        draft = chosen == null ? null : new RoleDraft(chosen);
        show();
    }

    /** Fills the right side from the draft. */
    private void show() {
        filling = true;
        try {
            description.setText(draft == null ? "" : Admin.roleDescription(draft.name(), draft.stored().preset(), draft.description()));
            matrix.refresh();
            fields.refresh();
        } finally {
            filling = false;
        }
        setEditable(draft != null);
        edited();
    }

    private void setEditable(boolean editable) {
        description.setEnabled(editable);
        matrix.getTable().setEnabled(editable);
        fields.getTable().setEnabled(editable);
        reset.setEnabled(editable && draft.stored().preset());
        delete.setEnabled(editable && !draft.stored().preset());
    }

    /** After an edit: the dirty marker, the heading and the buttons follow the draft. */
    private void edited() {
        boolean dirty = draft != null && draft.dirty();
        part.setDirty(dirty);
        save.setEnabled(dirty);
        revert.setEnabled(dirty);
        if (draft == null) {
            heading.setText("");
        } else {
            String kind = draft.stored().preset() ? Messages.roles_preset : Messages.roles_custom;
            heading.setText(NLS.bind(dirty ? Messages.roles_heading_dirty : Messages.roles_heading, Admin.roleName(draft.name()), kind));
        }
        heading.getParent().layout();
    }

    private void cycleCell(ViewerCell cell) {
        if (draft == null || cell == null || cell.getColumnIndex() == 0) {
            return;
        }
        draft.cycle((String) cell.getElement(), ACTIONS[cell.getColumnIndex() - 1]);
        matrix.update(cell.getElement(), null);
        edited();
    }

    private void cycleField(FieldRow row) {
        if (draft != null) {
            draft.cycleField(row.field().key());
            fields.update(row, null);
            edited();
        }
    }

    private void save() {
        if (draft == null || !draft.dirty()) {
            return;
        }
        String name = draft.name();
        message.change(() -> roles.updateRole(name, draft.description(), draft.grants(), draft.fieldRules()), () -> reload(name),
                NLS.bind(Messages.roles_saved, name));
    }

    /** Drops the draft (stored, or given up) and reads everything again. */
    private void reload(String select) {
        draft = null;
        load(select);
    }

    private void revert() {
        if (draft != null) {
            draft = new RoleDraft(draft.stored());
            message.clear();
            show();
        }
    }

    private void newRole() {
        if (!mayDiscard()) {
            return;
        }
        InputDialog ask = new InputDialog(roleList.getControl().getShell(), Messages.roles_new_title, Messages.roles_new_message, "",
                text -> text.isBlank() ? "" : null);
        if (ask.open() != Window.OK) {
            return;
        }
        String name = ask.getValue().strip();
        message.change(() -> roles.addRole(name, "", List.of(), Map.of()), () -> reload(name), NLS.bind(Messages.roles_created, name));
    }

    private void deleteRole() {
        RoleInfo role = selectedRole();
        if (role != null && !role.preset() && message.ask(Messages.roles_delete_title, NLS.bind(Messages.roles_delete_question, role.name()), Messages.roles_delete_action)) {
            message.change(() -> roles.deleteRole(role.name()), () -> reload(null), NLS.bind(Messages.roles_deleted, role.name()));
        }
    }

    private void resetPreset() {
        RoleInfo role = selectedRole();
        if (role != null && role.preset() && message.ask(Messages.roles_reset_title, NLS.bind(Messages.roles_reset_question, Admin.roleName(role.name())), Messages.roles_reset_action)) {
            message.change(() -> roles.resetPreset(role.name()), () -> reload(role.name()), NLS.bind(Messages.roles_reset_done, Admin.roleName(role.name())));
        }
    }
}
