package org.rapport.complaints.ui.internal.knowledge;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.KnowledgeBase.ArticleView;
import org.rapport.complaints.model.Article;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.ui.api.EnumLabels;
import org.rapport.ui.api.Formats;

/**
 * One article to read: its title, what it is about, its language and tags, who wrote it, its text,
 * and the complaints it solved that the user may read (each a link that opens the complaint).
 */
final class ArticleReader {

    private final EnumLabels labels = EnumLabels.ofBundle(ComplaintQueue.class);
    private final Composite area;
    private final Label title;
    private final Label facts;
    private final Text body;
    private final Link solved;

    ArticleReader(Composite parent, Consumer<String> openComplaint) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(area);
        title = new Label(area, SWT.WRAP);
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(title);
        facts = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(facts);
        body = new Text(area, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY | SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 80).applyTo(body);
        solved = new Link(area, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(solved);
        solved.addListener(SWT.Selection, e -> openComplaint.accept(e.text));
        show(null);
    }

    Composite control() {
        return area;
    }

    /** Shows an article, or nothing. */
    void show(ArticleView view) {
        if (view == null) {
            title.setText("");
            facts.setText("");
            body.setText("");
            solved.setText("");
        } else {
            Article article = view.article();
            title.setText(article.getTitle());
            String changed = article.getUpdatedAt() == null ? Formats.dateTime(article.getCreatedAt()) : Formats.dateTime(article.getUpdatedAt());
            facts.setText(NLS.bind(article.getUpdatedAt() == null ? Messages.kb_ui_facts : Messages.kb_ui_facts_changed,
                    new Object[] { article.getCode(), labels.of(article.getKind()), Messages.language(article.getLanguage()),
                            String.join(", ", article.getTags()), article.getAuthor(), changed }));
            body.setText(article.getBody());
            solved.setText(solvedText(view.solvedComplaints()));
        }
        area.layout(true, true);
    }

    private static String solvedText(List<String> references) {
        if (references.isEmpty()) {
            return Messages.kb_ui_solved_none;
        }
        String links = String.join(", ", references.stream().map(ref -> "<a href=\"" + ref + "\">" + ref + "</a>").toList());
        return NLS.bind(Messages.kb_ui_solved, references.size(), links);
    }

    String titleText() {
        return title.getText();
    }

    String bodyText() {
        return body.getText();
    }

    String solvedText() {
        return solved.getText();
    }
}
