package org.rapport.ui.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The edits of one open editor as EMF commands on a command stack: undo and redo, whether
 * anything changed since the last save, and what the user typed that is no value yet (a date that
 * is no date), which keeps the editor from saving. Consecutive changes of one feature of one
 * object make one edit, so a word typed is undone at once.
 */
public class EditHistory {

    private final BasicCommandStack stack = new BasicCommandStack();
    private final Predicate<EStructuralFeature> mayChange;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    /** Whether the last edit may take in the next change of the same feature. */
    private boolean open;

    /** @param mayChange whether the user may change a feature (the role's permissions and field rules) */
    public EditHistory(Predicate<EStructuralFeature> mayChange) {
        this.mayChange = mayChange;
        stack.addCommandStackListener(event -> changed());
    }

    /** Runs after every change, undo, redo and save: the editor updates its unsaved mark and its commands. */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** Whether the user may change the feature; the store refuses a save of anything else. */
    public boolean mayChange(EStructuralFeature feature) {
        return mayChange.test(feature);
    }

    /**
     * Changes a feature of an object as one undoable edit, or as part of the last one when it
     * changed the same feature of the same object and no {@link #endEdit()} came between. A list
     * feature takes the whole new list (its contents are copied).
     */
    public void set(EObject object, EStructuralFeature feature, Object value) {
        Object before = value(object, feature);
        Object after = feature.isMany() ? List.copyOf((Collection<?>) value) : value;
        if (Objects.equals(before, after)) {
            return;
        }
        if (open && !stack.canRedo() && stack.isSaveNeeded() && stack.getUndoCommand() instanceof SetFeature last && last.object == object
                && last.feature == feature) {
            last.after = after;
            object.eSet(feature, after);
            changed();
        } else {
            stack.execute(new SetFeature(object, feature, before, after));
        }
        open = true;
    }

    /** A list is kept as a copy of its contents: the live list changes under the edit. */
    private static Object value(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        return feature.isMany() ? List.copyOf((Collection<?>) value) : value;
    }

    /** Ends the current edit: the next change is undone on its own (call it when a field loses the focus). */
    public void endEdit() {
        open = false;
    }

    /**
     * Reports what the user typed into a field that is not a value yet, or clears it with
     * {@code null}.
     *
     * @param field the field's label, as the user sees it
     */
    public void problem(String field, String message) {
        String before = message == null ? problems.remove(field) : problems.put(field, message);
        if (!java.util.Objects.equals(before, message)) {
            changed();
        }
    }

    /** What keeps the editor from saving, one line per field; empty when nothing does. */
    public List<String> problems() {
        return problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    public boolean canUndo() {
        return stack.canUndo();
    }

    public boolean canRedo() {
        return stack.canRedo();
    }

    public void undo() {
        if (canUndo()) {
            open = false;
            stack.undo();
            refreshers.forEach(Runnable::run);
        }
    }

    public void redo() {
        if (canRedo()) {
            open = false;
            stack.redo();
            refreshers.forEach(Runnable::run);
        }
    }

    /** Runs after every undo and redo, so a view can show the values again. */
    public void onUndoOrRedo(Runnable refresh) {
        refreshers.add(refresh);
    }

    /**
     * Whether anything differs from what was last saved (or read), or a field holds text that is
     * no value yet: that is an unsaved change too, so Save runs and says what stops it instead of
     * doing nothing, and closing asks.
     */
    public boolean dirty() {
        return stack.isSaveNeeded() || !problems.isEmpty();
    }

    /** The current state is what is stored now. */
    public void saved() {
        open = false;
        stack.saveIsDone(); // tells no listener
        changed();
    }

    /** One edit: a feature of an object from one value to another. */
    private static final class SetFeature extends AbstractCommand {
        final EObject object;
        final EStructuralFeature feature;
        final Object before;
        Object after;

        SetFeature(EObject object, EStructuralFeature feature, Object before, Object after) {
            super(feature.getName());
            this.object = object;
            this.feature = feature;
            this.before = before;
            this.after = after;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            object.eSet(feature, after);
        }

        @Override
        public void undo() {
            object.eSet(feature, before);
        }

        @Override
        public void redo() {
            execute();
        }
    }
}
