package org.rapport.customers.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.rapport.customers.model.Customer;
import org.rapport.customers.ui.api.CustomerEditing;

/**
 * The edits of one open profile: an undo history of feature changes (consecutive changes of one
 * feature make one edit), and whether anything changed since the last save.
 */
final class ProfileEditing implements CustomerEditing {

    /** One edit: a feature of an object from one value to another. */
    private record Edit(EObject object, EStructuralFeature feature, Object before, Object after) {
    }

    private final Customer customer;
    private final Predicate<EStructuralFeature> mayChange;
    private final Runnable changed;
    private final List<Edit> edits = new ArrayList<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    /** How many edits are applied: the rest of the list can be redone. */
    private int applied;
    /** How many edits were applied when the profile was last saved; -1 when that state is gone from the history. */
    private int saved;
    /** Whether the last edit may take in the next change of the same feature. */
    private boolean open;

    /**
     * @param mayChange whether the user may change a feature
     * @param changed runs after every change, undo and redo (the editor updates its unsaved mark)
     */
    ProfileEditing(Customer customer, Predicate<EStructuralFeature> mayChange, Runnable changed) {
        this.customer = customer;
        this.mayChange = mayChange;
        this.changed = changed;
    }

    @Override
    public Customer customer() {
        return customer;
    }

    @Override
    public boolean mayChange(EStructuralFeature feature) {
        return mayChange.test(feature);
    }

    @Override
    public void set(EObject object, EStructuralFeature feature, Object value) {
        // a list is kept as a copy of its contents: the live list changes under the edit
        Object before = value(object, feature);
        Object after = feature.isMany() ? List.copyOf((Collection<?>) value) : value;
        if (Objects.equals(before, after)) {
            return;
        }
        object.eSet(feature, after);
        if (saved > applied) {
            saved = -1; // the saved state was undone and is now replaced
        }
        edits.subList(applied, edits.size()).clear();
        Edit last = applied > 0 ? edits.get(applied - 1) : null;
        if (open && last != null && last.object() == object && last.feature() == feature && saved != applied) {
            edits.set(applied - 1, new Edit(object, feature, last.before(), after));
        } else {
            edits.add(new Edit(object, feature, before, after));
            applied++;
        }
        open = true;
        changed.run();
    }

    private static Object value(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        return feature.isMany() ? List.copyOf((Collection<?>) value) : value;
    }

    @Override
    public void endEdit() {
        open = false;
    }

    @Override
    public void problem(String field, String message) {
        if (message == null) {
            problems.remove(field);
        } else {
            problems.put(field, message);
        }
    }

    /** What keeps the profile from being saved, one line per field; empty when nothing does. */
    List<String> problems() {
        return problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    boolean canUndo() {
        return applied > 0;
    }

    boolean canRedo() {
        return applied < edits.size();
    }

    void undo() {
        if (!canUndo()) {
            return;
        }
        Edit edit = edits.get(--applied);
        edit.object().eSet(edit.feature(), edit.before());
        afterUndoOrRedo();
    }

    void redo() {
        if (!canRedo()) {
            return;
        }
        Edit edit = edits.get(applied++);
        edit.object().eSet(edit.feature(), edit.after());
        afterUndoOrRedo();
    }

    private void afterUndoOrRedo() {
        open = false;
        refreshers.forEach(Runnable::run);
        changed.run();
    }

    /** Whether the profile differs from what was last saved (or read). */
    boolean dirty() {
        return applied != saved;
    }

    /** The current state is what is stored now. */
    void saved() {
        saved = applied;
        open = false;
        changed.run();
    }

    @Override
    public void onUndoOrRedo(Runnable refresh) {
        refreshers.add(refresh);
    }
}
