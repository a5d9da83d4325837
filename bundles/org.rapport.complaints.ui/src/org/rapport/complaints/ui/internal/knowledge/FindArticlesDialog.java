package org.rapport.complaints.ui.internal.knowledge;

import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.KnowledgeBase;
import org.rapport.complaints.ui.internal.Messages;

/**
 * "Find articles" from a complaint: the knowledge base searched with the complaint's subject (the
 * agent may change the query), the selected article's text, and Link to record it as the article
 * that solved the complaint. Answers the code of the article chosen.
 */
public final class FindArticlesDialog extends Dialog {

    private final KnowledgeBase knowledge;
    private final String reference;
    private final String subject;
    private ArticleSearch search;
    private Text preview;
    private String chosen;

    FindArticlesDialog(Shell parent, KnowledgeBase knowledge, String reference, String subject) {
        super(parent);
        this.knowledge = knowledge;
        this.reference = reference;
        this.subject = subject;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The code of the article to link to the complaint, or empty when the agent cancelled. */
    public static Optional<String> ask(Shell parent, KnowledgeBase knowledge, String reference, String subject) {
        FindArticlesDialog dialog = new FindArticlesDialog(parent, knowledge, reference, subject);
        return dialog.open() == OK ? Optional.ofNullable(dialog.chosen) : Optional.empty();
    }

    /** The dialog's title for a complaint: how the tests find its shell. */
    public static String title(String reference) {
        return NLS.bind(Messages.kb_ui_find_title, reference);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title(reference));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.kb_ui_find_intro);
        GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(intro);
        search = new ArticleSearch(area, knowledge, found -> {
            preview.setText(found.hit().article().getBody());
            getButton(IDialogConstants.OK_ID).setEnabled(true);
        }, found -> okPressed());
        ((org.eclipse.swt.layout.GridData) search.table().getLayoutData()).heightHint = 160;
        preview = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 100).applyTo(preview);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.kb_ui_find_link, true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        search.search(subject);
    }

    @Override
    protected void okPressed() {
        chosen = search.selected().map(ArticleSearch.Found::code).orElse(null);
        if (chosen != null) {
            super.okPressed();
        }
    }

    ArticleSearch search() {
        return search;
    }
}
