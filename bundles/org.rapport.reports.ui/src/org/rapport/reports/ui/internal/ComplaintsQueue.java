package org.rapport.reports.ui.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Creatable;

/**
 * Opens the complaints queue filtered to the complaints behind a figure, through the command the
 * complaints UI publishes for it (extension guide), so that reports need none of its classes: in
 * a product without the complaints UI the command is not there, and the dashboard says so.
 */
@Creatable
public class ComplaintsQueue {

    /** The complaints UI's show-only command and its parameters (the seam; not its classes). */
    static final String COMMAND = "org.rapport.complaints.ui.command.showonly";
    static final String IDS = COMMAND + ".ids";
    static final String DESCRIPTION = COMMAND + ".description";

    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;

    /** Shows only these complaints in the queue, the chip saying what they are; false when there is no queue to show them in. */
    boolean show(Collection<Long> ids, String description) {
        Command command = commands.getCommand(COMMAND);
        if (command == null || !command.isDefined()) {
            return false;
        }
        String joined = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        ParameterizedCommand show = commands.createCommand(COMMAND, Map.of(IDS, joined, DESCRIPTION, description));
        if (show == null || !handlers.canExecute(show)) {
            return false;
        }
        handlers.executeHandler(show);
        return true;
    }
}
