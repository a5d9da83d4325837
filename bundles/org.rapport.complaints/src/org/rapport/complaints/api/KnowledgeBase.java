package org.rapport.complaints.api;

import java.util.List;

import org.rapport.complaints.model.Article;
import org.rapport.complaints.model.ArticleKind;
import org.rapport.complaints.model.Complaint;

/**
 * The service knowledge base (DOMAIN.md section 4): articles in English or Chinese that agents search
 * while answering and link to the complaints they solved. The ranking is the user guide's
 * (Knowledge base): keys found in the title or tags, then keys found in the body, then complaints
 * solved. Counts of solved complaints include only complaints the user may read.
 */
public interface KnowledgeBase {

    /** The languages an article may be written in. */
    List<String> LANGUAGES = List.of("en", "zh");

    record ArticleDraft(String code, String title, String body, String language, ArticleKind kind, List<String> tags) {
    }

    /** Adds an article; refuses a code in use, a language other than {@link #LANGUAGES}, a missing title or body. */
    Article add(ArticleDraft draft);

    /**
     * Changes the article of the draft's code: its title, body, language, kind and tags, and so its
     * search keys. Refuses what {@link #add} refuses, and an article changed since the caller read it
     * ({@code lastChanged}: the {@link Article#getUpdatedAt()} read, null for one never changed).
     */
    Article update(ArticleDraft draft, java.time.Instant lastChanged);

    /** One article found: how many of the query's keys its title (or tags) and body hold, and the complaints it solved. */
    record Hit(Article article, int titleKeys, int bodyKeys, long solved) {
    }

    /** The articles holding any of the query's keys, best first, at most {@code limit}. */
    List<Hit> search(String query, int limit);

    /** An article with the complaints it solved that the user may read, oldest link first. */
    record ArticleView(Article article, List<String> solvedComplaints) {
    }

    ArticleView show(String code);

    /** Links an article to a complaint it solved; linking the same one again changes nothing. */
    Complaint link(String complaintRef, String articleCode);
}
