package org.rapport.complaints.ui.internal.knowledge;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.osgi.service.event.Event;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.KnowledgeBase;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.complaints.ui.internal.ComplaintEditors;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.persistence.api.CommitEvents;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.Background;

/**
 * The knowledge base at the service desk: the search as the agent types, the articles found with a
 * snippet each, the selected one to read (with the complaints it solved), and New and Edit for the
 * roles that may write articles. The store refuses the others anyway; here they see no enabled
 * button. Articles stored anywhere (another desktop, the command line) search again.
 */
public class KnowledgePart {

    @Inject
    private KnowledgeBase knowledge;
    @Inject
    private CurrentUser user;
    @Inject
    private ArticleEditors articleEditors;
    @Inject
    private ComplaintEditors complaintEditors;

    private ArticleSearch search;
    private ArticleReader reader;
    private Button newArticle;
    private Button edit;
    private Background background;
    private String showing;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        if (!may(user, Action.READ)) {
            Label refused = new Label(parent, SWT.WRAP);
            refused.setText(Messages.kb_ui_not_allowed);
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(refused);
            return;
        }
        background = new Background("Rapport knowledge article");
        parent.addListener(SWT.Dispose, e -> background.close());
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        newArticle = new Button(buttons, SWT.PUSH);
        newArticle.setText(Messages.kb_ui_new);
        newArticle.setEnabled(may(user, Action.CREATE));
        newArticle.addListener(SWT.Selection, e -> articleEditors.open(null));
        edit = new Button(buttons, SWT.PUSH);
        edit.setText(Messages.kb_ui_edit);
        edit.setEnabled(false);
        edit.addListener(SWT.Selection, e -> search.selected().ifPresent(found -> articleEditors.open(found.code())));
        if (!may(user, Action.UPDATE)) {
            edit.setToolTipText(Messages.kb_ui_may_not_edit);
        }

        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(top);
        search = new ArticleSearch(top, knowledge, found -> read(found.code()), found -> read(found.code()));
        reader = new ArticleReader(sash, complaintEditors::open);
        sash.setWeights(45, 55);
    }

    /** Whether the user's role may do this in the knowledge base. */
    static boolean may(CurrentUser user, Action action) {
        return user.get().map(u -> u.may(ComplaintsAreaId.KNOWLEDGE, action)).orElse(false);
    }

    /** Reads the article off the UI thread (with the complaints it solved), then shows it. */
    private void read(String code) {
        showing = code;
        edit.setEnabled(may(user, Action.UPDATE));
        background.run(edit, () -> knowledge.show(code), view -> {
            if (code.equals(showing)) {
                reader.show(view);
            }
        }, failure -> reader.show(null));
    }

    /** Searches for a text, as if typed: from a complaint, its subject. */
    public void find(String text) {
        if (search != null) {
            search.search(text);
        }
    }

    /** Articles stored: search again, and read the shown one again. */
    @Inject
    @Optional
    void committed(@UIEventTopic(CommitEvents.TOPIC) Event event) {
        if (search == null || search.table().isDisposed() || !(event.getProperty(CommitEvents.CLASSES) instanceof String[] names)) {
            return;
        }
        String article = ComplaintsPackage.eNS_URI + "#" + ComplaintsPackage.Literals.ARTICLE.getName();
        String link = ComplaintsPackage.eNS_URI + "#" + ComplaintsPackage.Literals.ARTICLE_LINK.getName();
        if (java.util.Arrays.stream(names).anyMatch(n -> n.equals(article) || n.equals(link) || n.startsWith(ComplaintsPackage.eNS_URI + "#Complaint"))) {
            search.refresh();
            if (showing != null) {
                read(showing);
            }
        }
    }

    @Focus
    void focus() {
        if (search != null) {
            search.setFocus();
        }
    }

    ArticleSearch search() {
        return search;
    }

    ArticleReader reader() {
        return reader;
    }

    Button newButton() {
        return newArticle;
    }

    Button editButton() {
        return edit;
    }

    /** For the tests: the article shown, once read. */
    String showing() {
        return showing;
    }
}
