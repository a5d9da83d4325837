package org.rapport.complaints.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.UsageException;
import org.rapport.cli.api.Verb;
import org.rapport.complaints.api.KnowledgeBase;
import org.rapport.complaints.api.KnowledgeBase.ArticleDraft;
import org.rapport.complaints.api.KnowledgeBase.ArticleView;
import org.rapport.complaints.api.KnowledgeBase.Hit;
import org.rapport.complaints.model.Article;
import org.rapport.security.api.CommandLineSession;

/** {@code rapport-ctl complaints kb add | search | link | show}: the knowledge base. */
final class KnowledgeVerbs {

    private static final String TITLE = "--title";
    private static final String BODY = "--body";
    private static final String BODY_FILE = "--body-file";
    private static final String LANGUAGE = "--language";
    private static final String KIND = "--kind";
    private static final String TAG = "--tag";
    private static final String LIMIT = "--limit";
    private static final int DEFAULT_LIMIT = 20;

    private final KnowledgeBase knowledge;

    KnowledgeVerbs(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    Verb verb(CommandLineSession session, String usage, UnaryOperator<Verb.Action> refusals) {
        return Verb.named("kb").usage(usage).parameter("add|search|link|show").optionalParameter("CODE|TEXT|REF").optionalParameter("CODE")
                .option(TITLE).option(BODY).option(BODY_FILE).option(LANGUAGE).option(KIND).repeatable(TAG).option(LIMIT).records(Format.TABLE)
                .action(session.signedIn(refusals.apply(this::run))).build();
    }

    private int run(CliContext context, Arguments arguments) throws CliException {
        switch (arguments.parameter(0)) {
            case "add" -> add(context, arguments);
            case "search" -> {
                List<Hit> hits = knowledge.search(CliWords.parameter(arguments, 1, "TEXT"), arguments.number(LIMIT, 1, DEFAULT_LIMIT));
                try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "code", "title", "language", "kind", "title_keys",
                        "body_keys", "solved")) {
                    for (Hit hit : hits) {
                        Article article = hit.article();
                        records.print(article.getCode(), article.getTitle(), article.getLanguage(), CliWords.lower(article.getKind()), hit.titleKeys(),
                                hit.bodyKeys(), hit.solved());
                    }
                }
            }
            case "link" -> {
                String reference = CliWords.parameter(arguments, 1, "REF");
                String code = CliWords.parameter(arguments, 2, "CODE");
                knowledge.link(reference, code);
                context.out().println(NLS.bind(Messages.cli_kb_linked, reference, code));
            }
            case "show" -> {
                ArticleView view = knowledge.show(CliWords.parameter(arguments, 1, "CODE"));
                Article article = view.article();
                try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "code", "title", "language", "kind", "tags", "author",
                        "created_at", "solved", "complaints", "body")) {
                    records.print(article.getCode(), article.getTitle(), article.getLanguage(), CliWords.lower(article.getKind()),
                            String.join(",", article.getTags()), article.getAuthor(), article.getCreatedAt(), view.solvedComplaints().size(),
                            String.join(",", view.solvedComplaints()), article.getBody());
                }
            }
            default -> throw new UsageException(NLS.bind(Messages.cli_bad_word, arguments.parameter(0), "add, search, link, show"));
        }
        return CliCommand.OK;
    }

    private void add(CliContext context, Arguments arguments) throws CliException {
        String code = CliWords.parameter(arguments, 1, "CODE");
        String body = arguments.value(BODY).orElse(null);
        if (arguments.value(BODY_FILE).isPresent()) {
            Path file = Path.of(arguments.value(BODY_FILE).get());
            try {
                body = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliException(NLS.bind(Messages.cli_unreadable, file, e.getMessage()), CliCommand.FAILED, e);
            }
        }
        Article article = knowledge.add(new ArticleDraft(code, arguments.value(TITLE).orElse(null), body, arguments.value(LANGUAGE).orElse(null),
                CliWords.articleKind(arguments.value(KIND).orElse(null)), arguments.values(TAG)));
        context.out().println(NLS.bind(Messages.cli_kb_added, new Object[] { article.getCode(), article.getTitle(), article.getTerms().size() }));
    }
}
