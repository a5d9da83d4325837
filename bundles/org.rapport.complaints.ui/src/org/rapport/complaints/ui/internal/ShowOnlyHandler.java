package org.rapport.complaints.ui.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rapport.complaints.api.ComplaintQueue;

/**
 * The command {@value #COMMAND}: brings the queue to the front listing only the complaints whose
 * identities parameter {@value #IDS} gives (comma-separated, at most
 * {@link ComplaintQueue.Filter#MAX_IDS}), with a chip saying {@value #DESCRIPTION}. It is how a
 * report's drill-down opens the complaints behind a figure without depending on this bundle: the
 * command and its parameters are the published seam (extension guide).
 */
public class ShowOnlyHandler {

    /** The command's id. */
    public static final String COMMAND = "org.rapport.complaints.ui.command.showonly";
    /** The identities, comma-separated. */
    public static final String IDS = "org.rapport.complaints.ui.command.showonly.ids";
    /** What they are, for the chip. */
    public static final String DESCRIPTION = "org.rapport.complaints.ui.command.showonly.description";

    static final String QUEUE = "org.rapport.complaints.ui.part.queue";

    @Execute
    void execute(@Named(IDS) String ids, @Optional @Named(DESCRIPTION) String description, EPartService parts, EModelService models, MWindow window) {
        Set<Long> only = parse(ids);
        // the queue sits in one perspective (the Service desk's): a drill-down from another one goes there
        MPerspective active = models.getActivePerspective(window);
        if (active == null || models.find(QUEUE, active) == null) {
            models.findElements(window, QUEUE, MPart.class).stream().map(models::getPerspectiveFor).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(parts::switchPerspective);
        }
        MPart queue = parts.showPart(QUEUE, PartState.ACTIVATE);
        if (queue != null && queue.getObject() instanceof QueuePart part) {
            part.showOnly(only, description == null ? "" : description);
        }
    }

    /** The identities of the parameter; a malformed one is refused with what it was. */
    static Set<Long> parse(String ids) {
        Set<Long> parsed = new LinkedHashSet<>();
        for (String id : ids.split(",")) {
            if (!id.isBlank()) {
                try {
                    parsed.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(COMMAND + ": " + id + " in " + IDS + " is not a complaint's identity", e);
                }
            }
        }
        if (parsed.size() > ComplaintQueue.Filter.MAX_IDS) {
            throw new IllegalArgumentException(COMMAND + ": at most " + ComplaintQueue.Filter.MAX_IDS + " complaints, not " + parsed.size());
        }
        return parsed;
    }
}
