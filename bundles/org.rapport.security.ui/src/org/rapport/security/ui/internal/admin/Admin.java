package org.rapport.security.ui.internal.admin;

import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import org.eclipse.osgi.util.NLS;
import org.rapport.security.api.Roles;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;
import org.rapport.security.ui.internal.Messages;

/** What the administration views share: widget names for tests, and how areas, actions and rules read. */
final class Admin {

    /** The key of the name tests find a widget by. */
    static final String WIDGET = "org.rapport.widget";

    private Admin() {
    }

    static String action(Action action) {
        return switch (action) {
        case READ -> Messages.action_read;
        case CREATE -> Messages.action_create;
        case UPDATE -> Messages.action_update;
        case DELETE -> Messages.action_delete;
        case EXPORT -> Messages.action_export;
        };
    }

    /** A role as people call it: a preset by its name in the user's language, a role an administrator made by the name given. */
    static String roleName(String role) {
        return Roles.label(role);
    }

    /**
     * A role's description as shown: a preset's shipped description is stored in the language of
     * whoever first used the roles, so while it is one of the shipped texts it reads in the user's
     * language; a description someone wrote reads as written. The shipped texts are the security
     * bundle's own.
     */
    static String roleDescription(String role, boolean preset, String stored) {
        String key = "role_description_" + role.replace('-', '_');
        if (!preset || stored == null) {
            return stored;
        }
        boolean shipped = List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE).stream().map(Admin::securityTexts)
                .anyMatch(texts -> texts != null && texts.containsKey(key) && texts.getString(key).equals(stored));
        ResourceBundle own = securityTexts(Locale.getDefault());
        return shipped && own != null && own.containsKey(key) ? own.getString(key) : stored;
    }

    /** The security bundle's texts in one language (the shipped English for others), null if it has none. */
    private static ResourceBundle securityTexts(Locale locale) {
        try {
            return ResourceBundle.getBundle("OSGI-INF.l10n.bundle", locale, Roles.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static String scope(Optional<Scope> scope) {
        return scope.map(s -> s == Scope.ALL ? Messages.scope_all : Messages.scope_own).orElse(Messages.scope_none);
    }

    static String access(Optional<FieldAccess> access) {
        return access.map(a -> a == FieldAccess.HIDDEN ? Messages.access_hidden : Messages.access_read_only).orElse(Messages.access_full);
    }

    /** A column of a table viewer whose rows are of one type. */
    static <T> void column(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
        column(viewer, type, title, width, text, row -> null);
    }

    /** A column of a table viewer whose rows are of one type, with an image before the text. */
    static <T> void column(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text, Function<T, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }

            @Override
            public Image getImage(Object element) {
                return image.apply(type.cast(element));
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element);
            }
        });
    }

    /** A push button, named for tests, that runs an action. */
    static Button button(Composite parent, String text, String name, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(WIDGET, name);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.swtDefaults().applyTo(button);
        return button;
    }

    /** A failure that is no refusal (the database cannot be reached...), in words. */
    static String failure(RuntimeException e) {
        return NLS.bind(Messages.admin_failed, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
