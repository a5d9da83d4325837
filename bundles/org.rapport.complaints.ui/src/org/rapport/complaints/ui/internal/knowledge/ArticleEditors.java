package org.rapport.complaints.ui.internal.knowledge;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.rapport.app.api.WorkArea;
import org.rapport.complaints.ui.internal.Messages;

/** Opens articles in the shared work area, one editor per article (an open one comes to the front); a new article in an editor of its own. */
@Creatable
public class ArticleEditors {

    /** The part descriptor of the article editor (see fragment.e4xmi). */
    public static final String DESCRIPTOR = "org.rapport.complaints.ui.partdescriptor.article";
    /** The editor's persisted state key for the article's code; absent for a new article. */
    public static final String CODE = "articleCode";

    @Inject
    private WorkArea workArea;

    /** Opens the article of this code, or a new one for null. */
    public MPart open(String code) {
        return workArea.open(DESCRIPTOR, CODE, code, code == null ? Messages.kb_ui_new_label : code);
    }
}
