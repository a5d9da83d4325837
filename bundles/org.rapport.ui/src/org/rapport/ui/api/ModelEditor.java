package org.rapport.ui.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.rapport.persistence.api.StaleEditException;
import org.rapport.ui.internal.Messages;

/**
 * The base of an e4 editor part over model objects read in a unit of work: an
 * {@link EditHistory} whose state is the part's unsaved mark; Save, Undo and Redo (Ctrl+S,
 * Ctrl+Z, Ctrl+Y and the toolbar) acting on it while the part is active; and the save itself:
 * nothing is saved while a field has a problem ("Not saved" names them), a commit refused says
 * why and keeps the edits, and a commit that meets someone else's newer save asks whether to
 * reload (the part closes and {@link #reopen()} opens it anew) or keep the edits on screen.
 * <p>
 * A subclass calls {@link #startEditing} from its {@code @PostConstruct} once its objects are
 * read, and implements {@link #commit()} (its unit of work's) and {@link #reopen()}.
 */
public abstract class ModelEditor {

    private static final String SAVE = "org.eclipse.ui.file.save";
    private static final String UNDO = "org.eclipse.ui.edit.undo";
    private static final String REDO = "org.eclipse.ui.edit.redo";

    @Inject
    private EHandlerService handlers;
    @Inject
    private IEventBroker events;
    @Inject
    private EPartService parts;

    private MPart part;
    private EditHistory history;

    /** Ties the history to the part: its unsaved mark, and Save, Undo and Redo. Returns the history. */
    protected final <H extends EditHistory> H startEditing(MPart editorPart, H edits) {
        this.part = editorPart;
        this.history = edits;
        edits.onChange(() -> {
            part.setDirty(edits.dirty());
            // the toolbar's Save, Undo and Redo ask their handlers again
            events.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        });
        handlers.activateHandler(SAVE, new CommandHandler(edits::dirty, this::save));
        handlers.activateHandler(UNDO, new CommandHandler(edits::canUndo, edits::undo));
        handlers.activateHandler(REDO, new CommandHandler(edits::canRedo, edits::redo));
        return edits;
    }

    /** Problems of the edited objects as a whole (a required name left empty), before the fields' own; none by default. */
    protected List<String> validate() {
        return List.of();
    }

    /** Writes the edits to the store: the unit of work's commit. */
    protected abstract void commit();

    /** After a successful save: titles and labels that show saved values. Nothing by default. */
    protected void saved() {
    }

    /** Opens the editor anew on what is stored now, after the user chose to reload a stale edit. */
    protected abstract void reopen();

    /** Saves the edits; says what keeps them from being saved, and what to do when someone else saved first. */
    @Persist
    public void save() {
        if (history == null || !history.dirty()) {
            return;
        }
        Shell shell = ((Control) part.getWidget()).getShell();
        List<String> problems = new ArrayList<>(validate());
        problems.addAll(history.problems());
        if (!problems.isEmpty()) {
            MessageDialog.openError(shell, Messages.save_problems_title, NLS.bind(Messages.save_problems, String.join("\n", problems)));
            return;
        }
        try {
            commit();
            history.saved();
            saved();
        } catch (StaleEditException stale) {
            MessageDialog dialog = new MessageDialog(shell, Messages.stale_title, null, NLS.bind(Messages.stale_message, stale.getMessage()),
                    MessageDialog.WARNING, 1, Messages.stale_reload, Messages.stale_keep); // Keep by default: Reload drops the edits
            if (dialog.open() == 0) {
                part.setDirty(false);
                parts.hidePart(part, true);
                reopen();
            }
        } catch (RuntimeException refused) {
            // refused by the access rules, a value the database would not take, the database gone: the edits stay
            MessageDialog.openError(shell, Messages.save_failed_title, refused.getMessage());
        }
    }

    /** The edits, once {@link #startEditing} ran. */
    protected final EditHistory history() {
        return history;
    }

    /** An e4 handler from two lambdas. */
    public static final class CommandHandler {
        private final BooleanSupplier enabled;
        private final Runnable action;

        public CommandHandler(BooleanSupplier enabled, Runnable action) {
            this.enabled = enabled;
            this.action = action;
        }

        @CanExecute
        public boolean canExecute() {
            return enabled.getAsBoolean();
        }

        @Execute
        public void execute() {
            action.run();
        }
    }
}
