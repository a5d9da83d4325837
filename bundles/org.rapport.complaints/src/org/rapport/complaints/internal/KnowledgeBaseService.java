package org.rapport.complaints.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.KnowledgeBase;
import org.rapport.complaints.model.Article;
import org.rapport.complaints.model.ArticleLink;
import org.rapport.complaints.model.ArticleTerm;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.ComplaintsFactory;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;

/**
 * {@link KnowledgeBase} over the store. The keys of an article ({@link SearchKeys}) are stored with
 * it, so a search is one grouped query over the keys in the database and one over the links; only
 * the final order of the articles found is made here.
 */
@Component(service = KnowledgeBase.class)
public class KnowledgeBaseService implements KnowledgeBase {

    private static final int CODE_LENGTH = 64;
    private static final int TITLE_LENGTH = 200;
    private static final int BODY_LENGTH = 8000;
    /** Ids per IN list: far below what Derby and PostgreSQL take. */
    private static final int CHUNK = 500;

    @Reference
    private Store store;
    @Reference
    private ClockService clock;
    @Reference
    private CurrentUser currentUser;

    /** For DS. */
    public KnowledgeBaseService() {
    }

    /** For tests. */
    public KnowledgeBaseService(Store store, ClockService clock, CurrentUser currentUser) {
        this.store = store;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Override
    public Article add(ArticleDraft draft) {
        String code = ComplaintService.required(draft.code(), "code", CODE_LENGTH);
        String language = language(draft);
        try (UnitOfWork work = store.begin()) {
            if (!work.query("SELECT a.code FROM Article a WHERE a.code = ?1", code).isEmpty()) {
                throw new ComplaintsException(NLS.bind(Messages.kb_exists, code));
            }
            Article article = ComplaintsFactory.eINSTANCE.createArticle();
            article.setCode(code);
            fill(article, draft, language);
            article.setAuthor(login());
            article.setCreatedAt(clock.now());
            work.add(article);
            work.commit();
            return article;
        }
    }

    @Override
    public Article update(ArticleDraft draft, Instant lastChanged) {
        String code = ComplaintService.required(draft.code(), "code", CODE_LENGTH);
        String language = language(draft);
        try (UnitOfWork work = store.begin()) {
            Article article = find(work, code);
            // to the millisecond: what a database keeps of an instant differs, Derby's and PostgreSQL's
            if (!Objects.equals(millis(article.getUpdatedAt()), millis(lastChanged))) {
                throw new ComplaintsException(NLS.bind(Messages.kb_changed_meanwhile, code, article.getUpdatedAt()));
            }
            fill(article, draft, language);
            article.setUpdatedAt(clock.now());
            work.commit();
            return article;
        }
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static String language(ArticleDraft draft) {
        String language = draft.language() == null ? "" : draft.language().strip().toLowerCase(java.util.Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new ComplaintsException(NLS.bind(Messages.kb_bad_language, draft.language(), String.join(", ", LANGUAGES)));
        }
        if (draft.kind() == null) {
            throw new ComplaintsException(NLS.bind(Messages.field_missing, "kind"));
        }
        return language;
    }

    /** The draft's texts into the article, and its search keys made anew from them. */
    private static void fill(Article article, ArticleDraft draft, String language) {
        article.setTitle(ComplaintService.required(draft.title(), "title", TITLE_LENGTH));
        article.setBody(ComplaintService.required(draft.body(), "body", BODY_LENGTH));
        article.setLanguage(language);
        article.setKind(draft.kind());
        List<String> tags = new ArrayList<>();
        for (String tag : draft.tags() == null ? List.<String>of() : draft.tags()) {
            String clean = ComplaintService.optional(tag, "tag", SearchKeys.MAX_LENGTH);
            if (clean != null && !tags.contains(clean)) {
                tags.add(clean);
            }
        }
        if (!article.getTags().equals(tags)) {
            article.getTags().clear();
            article.getTags().addAll(tags);
        }
        article.getTerms().clear();
        Set<String> titleKeys = new LinkedHashSet<>(SearchKeys.ofText(article.getTitle()));
        article.getTags().forEach(tag -> titleKeys.addAll(SearchKeys.ofText(tag)));
        titleKeys.forEach(key -> article.getTerms().add(term(key, true)));
        SearchKeys.ofText(article.getBody()).forEach(key -> article.getTerms().add(term(key, false)));
    }

    private static ArticleTerm term(String key, boolean inTitle) {
        ArticleTerm term = ComplaintsFactory.eINSTANCE.createArticleTerm();
        term.setTerm(key);
        term.setInTitle(inTitle);
        return term;
    }

    @Override
    public List<Hit> search(String query, int limit) {
        List<String> keys = List.copyOf(SearchKeys.ofQuery(query));
        if (keys.isEmpty() || limit < 1) {
            return List.of();
        }
        try (UnitOfWork work = store.begin()) {
            Map<Long, int[]> found = new HashMap<>();
            List<Object[]> rows = work.query("SELECT a.persistentId, t.inTitle, COUNT(t) FROM Article a JOIN a.terms t WHERE t.term IN ?1"
                    + " GROUP BY a.persistentId, t.inTitle", keys);
            for (Object[] row : rows) {
                int[] counts = found.computeIfAbsent(((Number) row[0]).longValue(), id -> new int[2]);
                counts[inTitle(row[1]) ? 0 : 1] += ((Number) row[2]).intValue();
            }
            Map<Long, Long> solved = solved(work, List.copyOf(found.keySet()));
            List<Long> best = found.keySet().stream().sorted(Comparator.<Long>comparingInt(id -> -found.get(id)[0])
                    .thenComparingInt(id -> -found.get(id)[1]).thenComparingLong(id -> -solved.getOrDefault(id, 0L)).thenComparingLong(id -> id))
                    .limit(limit).toList();
            Map<Long, Article> articles = new HashMap<>();
            if (!best.isEmpty()) {
                List<Article> loaded = work.query("SELECT a FROM Article a WHERE a.persistentId IN ?1", best);
                loaded.forEach(article -> articles.put(((PersistentObject) article).persistentId(), article));
            }
            List<Hit> hits = new ArrayList<>();
            for (Long id : best) {
                int[] counts = found.get(id);
                hits.add(new Hit(articles.get(id), counts[0], counts[1], solved.getOrDefault(id, 0L)));
            }
            return hits;
        }
    }

    /** A boolean as a projection returns it: Derby keeps booleans as SMALLINT. */
    private static boolean inTitle(Object value) {
        return value instanceof Boolean flag ? flag : value instanceof Number number && number.intValue() != 0;
    }

    /**
     * How many complaints each article solved, counting only the complaints the user may read (the
     * complaint is the query's range variable, so the own-records rule applies); none for a user who
     * may read no complaints.
     */
    private static Map<Long, Long> solved(UnitOfWork work, List<Long> ids) {
        Map<Long, Long> solved = new HashMap<>();
        try {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                List<Object[]> rows = work.query("SELECT a.persistentId, COUNT(c) FROM Complaint c JOIN c.solutions s JOIN s.article a"
                        + " WHERE a.persistentId IN ?1 GROUP BY a.persistentId", chunk);
                rows.forEach(row -> solved.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
            }
        } catch (AccessDeniedException mayNotReadComplaints) {
            solved.clear();
        }
        return solved;
    }

    @Override
    public ArticleView show(String code) {
        try (UnitOfWork work = store.begin()) {
            Article article = find(work, code);
            List<String> refs;
            try {
                refs = work.query("SELECT c.reference FROM Complaint c JOIN c.solutions s WHERE s.article.code = ?1 ORDER BY s.linkedAt, c.reference", code);
            } catch (AccessDeniedException mayNotReadComplaints) {
                refs = List.of();
            }
            // the tags are shown after the unit of work is closed
            article.getTags().size();
            return new ArticleView(article, refs);
        }
    }

    private static Article find(UnitOfWork work, String code) {
        List<Article> found = work.query("SELECT a FROM Article a WHERE a.code = ?1", code == null ? "" : code.strip());
        if (found.isEmpty()) {
            throw new ComplaintsException(NLS.bind(Messages.kb_unknown, code));
        }
        return found.get(0);
    }

    @Override
    public Complaint link(String complaintRef, String articleCode) {
        try (UnitOfWork work = store.begin()) {
            Complaint complaint = ComplaintService.find(work, complaintRef);
            Article article = find(work, articleCode);
            boolean linked = complaint.getSolutions().stream().anyMatch(link -> link.getArticle().getCode().equals(article.getCode()));
            if (!linked) {
                ArticleLink link = ComplaintsFactory.eINSTANCE.createArticleLink();
                link.setArticle(article);
                link.setLinkedAt(clock.now());
                link.setLinkedBy(login());
                complaint.getSolutions().add(link);
                ComplaintService.commit(work, complaintRef);
            }
            return complaint;
        }
    }

    private String login() {
        return currentUser.get().map(SessionUser::login).orElse(Complaints.SYSTEM);
    }
}
