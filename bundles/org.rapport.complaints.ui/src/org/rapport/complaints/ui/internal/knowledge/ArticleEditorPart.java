package org.rapport.complaints.ui.internal.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.KnowledgeBase;
import org.rapport.complaints.api.KnowledgeBase.ArticleDraft;
import org.rapport.complaints.model.Article;
import org.rapport.complaints.model.ArticleKind;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.complaints.model.ComplaintsPackage.Literals;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.model.Action;
import org.rapport.ui.api.EditHistory;
import org.rapport.ui.api.EnumLabels;
import org.rapport.ui.api.ModelEditor;

/**
 * A knowledge-base article to write or change: code (for a new one), title, language, kind, tags
 * and text, with undo, redo and Save. The edits go to a copy of the article; Save hands it to the
 * knowledge base, which makes its search keys and refuses a role that may not write articles and
 * an article someone else changed since it was read. A role that may not write reads it here.
 */
public class ArticleEditorPart extends ModelEditor {

    @Inject
    private KnowledgeBase knowledge;
    @Inject
    private CurrentUser user;
    @Inject
    private ArticleEditors editors;

    private final EnumLabels labels = EnumLabels.ofBundle(ComplaintQueue.class);
    private MPart part;
    /** The article as edited: no stored object, so nothing reaches the store but through Save. */
    private final Article draft = ComplaintsFactory.eINSTANCE.createArticle();
    private boolean isNew;
    private Instant lastChanged;
    private boolean showing;

    private Composite body;
    private Text code;
    private Text title;
    private Combo language;
    private Combo kind;
    private Text tags;
    private Text text;

    @PostConstruct
    void create(Composite parent, MPart editorPart) {
        this.part = editorPart;
        String stored = editorPart.getPersistedState().get(ArticleEditors.CODE);
        isNew = stored == null || stored.isBlank();
        body = parent;
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(parent);
        if (isNew) {
            draft.setLanguage(readersLanguage());
            draft.setKind(ArticleKind.PROCEDURE);
        } else {
            try {
                Article article = knowledge.show(stored).article();
                draft.setCode(article.getCode());
                draft.setTitle(article.getTitle());
                draft.setBody(article.getBody());
                draft.setLanguage(article.getLanguage());
                draft.setKind(article.getKind());
                draft.getTags().addAll(article.getTags());
                lastChanged = article.getUpdatedAt();
            } catch (RuntimeException refused) {
                Label problem = new Label(parent, SWT.WRAP);
                problem.setText(NLS.bind(Messages.kb_ui_open_failed, refused.getMessage()));
                GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(problem);
                return;
            }
        }
        EditHistory edits = new EditHistory(feature -> mayChange() && (feature != Literals.ARTICLE__CODE || isNew));
        edits.onUndoOrRedo(this::showFields);
        startEditing(part, edits);
        build(parent);
        showFields();
    }

    /** The workbench's language when it is one an article may be written in, else English. */
    static String readersLanguage() {
        String language = Locale.getDefault().getLanguage();
        return KnowledgeBase.LANGUAGES.contains(language) ? language : "en";
    }

    private boolean mayChange() {
        return KnowledgePart.may(user, isNew ? Action.CREATE : Action.UPDATE);
    }

    private void build(Composite parent) {
        code = field(parent, Messages.kb_ui_field_code, false, Literals.ARTICLE__CODE);
        title = field(parent, Messages.kb_ui_field_title, false, Literals.ARTICLE__TITLE);
        new Label(parent, SWT.NONE).setText(Messages.kb_ui_field_language);
        language = new Combo(parent, SWT.READ_ONLY);
        KnowledgeBase.LANGUAGES.forEach(each -> language.add(Messages.language(each)));
        language.addListener(SWT.Selection, e -> change(Literals.ARTICLE__LANGUAGE, KnowledgeBase.LANGUAGES.get(language.getSelectionIndex())));
        new Label(parent, SWT.NONE).setText(Messages.kb_ui_field_kind);
        kind = new Combo(parent, SWT.READ_ONLY);
        ArticleKind.VALUES.forEach(each -> kind.add(labels.of(each)));
        kind.addListener(SWT.Selection, e -> change(Literals.ARTICLE__KIND, ArticleKind.VALUES.get(kind.getSelectionIndex())));
        new Label(parent, SWT.NONE).setText(Messages.kb_ui_field_tags);
        tags = new Text(parent, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tags);
        tags.addListener(SWT.Modify, e -> change(Literals.ARTICLE__TAGS, tags(tags.getText())));
        tags.addListener(SWT.FocusOut, e -> history().endEdit());
        text = field(parent, Messages.kb_ui_field_body, true, Literals.ARTICLE__BODY);
    }

    private Text field(Composite parent, String caption, boolean multi, EStructuralFeature feature) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(caption);
        Text field = new Text(parent, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        if (multi) {
            GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
            GridDataFactory.fillDefaults().grab(true, true).hint(400, 200).applyTo(field);
        } else {
            GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(field);
        }
        field.addListener(SWT.Modify, e -> change(feature, field.getText().isBlank() ? null : field.getText()));
        field.addListener(SWT.FocusOut, e -> history().endEdit());
        return field;
    }

    /** Tags as written, separated by commas (the Chinese comma too). */
    static List<String> tags(String written) {
        List<String> tags = new ArrayList<>();
        Arrays.stream(written.split("[,，、]")).map(String::strip).filter(tag -> !tag.isEmpty() && !tags.contains(tag)).forEach(tags::add);
        return tags;
    }

    private void change(EStructuralFeature feature, Object value) {
        // a read-only field can still be set from code (or by a paste a theme lets through): never an edit
        if (!showing && history().mayChange(feature) && !Objects.equals(value, draft.eGet(feature))) {
            history().set(draft, feature, value);
            if (!feature.isMany() && !(value instanceof String)) {
                history().endEdit();
            }
        }
    }

    private void showFields() {
        showing = true;
        try {
            code.setText(Objects.requireNonNullElse(draft.getCode(), ""));
            title.setText(Objects.requireNonNullElse(draft.getTitle(), ""));
            language.select(KnowledgeBase.LANGUAGES.indexOf(draft.getLanguage()));
            kind.select(draft.getKind() == null ? -1 : ArticleKind.VALUES.indexOf(draft.getKind()));
            if (!tags(tags.getText()).equals(draft.getTags())) {
                tags.setText(String.join(", ", draft.getTags()));
            }
            text.setText(Objects.requireNonNullElse(draft.getBody(), ""));
            boolean may = mayChange();
            code.setEditable(may && isNew);
            title.setEditable(may);
            tags.setEditable(may);
            text.setEditable(may);
            language.setEnabled(may);
            kind.setEnabled(may);
            part.setLabel(isNew ? Messages.kb_ui_new_label : draft.getCode());
            part.setTooltip(draft.getTitle());
        } finally {
            showing = false;
        }
    }

    @Override
    protected List<String> validate() {
        List<String> missing = new ArrayList<>();
        if (draft.getCode() == null || draft.getCode().isBlank()) {
            missing.add(NLS.bind(Messages.kb_ui_required, Messages.kb_ui_field_code));
        }
        if (draft.getTitle() == null || draft.getTitle().isBlank()) {
            missing.add(NLS.bind(Messages.kb_ui_required, Messages.kb_ui_field_title));
        }
        if (draft.getBody() == null || draft.getBody().isBlank()) {
            missing.add(NLS.bind(Messages.kb_ui_required, Messages.kb_ui_field_body));
        }
        return missing;
    }

    /** Hands the article to the knowledge base; what it refuses is shown and the edits stay. */
    @Override
    protected void commit() {
        ArticleDraft given = new ArticleDraft(draft.getCode().strip(), draft.getTitle(), draft.getBody(), draft.getLanguage(), draft.getKind(),
                List.copyOf(draft.getTags()));
        Article stored = isNew ? knowledge.add(given) : knowledge.update(given, lastChanged);
        lastChanged = stored.getUpdatedAt();
        if (isNew) {
            isNew = false;
            draft.setCode(stored.getCode());
            part.getPersistedState().put(ArticleEditors.CODE, stored.getCode());
        }
    }

    @Override
    protected void saved() {
        showFields();
        body.layout(true, true);
    }

    @Override
    protected void reopen() {
        editors.open(draft.getCode());
    }

    @Focus
    void focus() {
        if (title != null && !title.isDisposed()) {
            (isNew ? code : title).setFocus();
        } else {
            body.setFocus();
        }
    }

    Text codeField() {
        return code;
    }

    Text titleField() {
        return title;
    }

    Text bodyField() {
        return text;
    }

    Text tagsField() {
        return tags;
    }

    Combo languageField() {
        return language;
    }
}
