package org.rapport.complaints.ui.internal.knowledge;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.rapport.app.api.RapportWorkbench;

/** Opens articles in the shared work area, one editor per article (an open one comes to the front); a new article in an editor of its own. */
@Creatable
public class ArticleEditors {

    /** The part descriptor of the article editor (see fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.rapport.complaints.ui.partdescriptor.article";
    /** The editor's persisted state key for the article's code; absent for a new article. */
    public static final String CODE = "articleCode";

    @Inject
    private EPartService parts;
    @Inject
    private EModelService models;
    @Inject
    private MApplication application;

    /** Opens the article of this code, or a new one for null. */
    public MPart open(String code) {
        if (code != null) {
            for (MPart part : parts.getParts()) {
                if (DESCRIPTOR.equals(part.getElementId()) && code.equals(part.getPersistedState().get(CODE))) {
                    parts.showPart(part, PartState.ACTIVATE);
                    return part;
                }
            }
        }
        MPart part = parts.createPart(DESCRIPTOR);
        if (code != null) {
            part.getPersistedState().put(CODE, code);
            part.setLabel(code);
        } else {
            part.setLabel(KnowledgeMessages.kb_ui_new_label);
        }
        MPartStack stack = (MPartStack) models.find(RapportWorkbench.STACK_MAIN, application);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }
}
