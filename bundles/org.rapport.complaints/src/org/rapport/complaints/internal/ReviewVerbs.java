package org.rapport.complaints.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.UsageException;
import org.rapport.cli.api.Verb;
import org.rapport.complaints.api.QualityReviews;
import org.rapport.complaints.api.QualityReviews.Period;
import org.rapport.complaints.model.ChecklistItem;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.QualityReview;
import org.rapport.security.api.CommandLineSession;

/** {@code rapport-ctl complaints review sample | score | list | checklist | item}: quality review of closed complaints. */
final class ReviewVerbs {

    private static final String SIZE = "--size";
    private static final String SEED = "--seed";
    private static final String SCORE = "--score";
    private static final String NOTE = "--note";
    private static final String OPEN = "--open";
    private static final String TEXT = "--text";
    private static final String MAX = "--max";
    private static final String RETIRE = "--retire";
    private static final int DEFAULT_SIZE = 10;

    private final QualityReviews reviews;

    ReviewVerbs(QualityReviews reviews) {
        this.reviews = reviews;
    }

    Verb verb(CommandLineSession session, String usage, UnaryOperator<Verb.Action> refusals) {
        return Verb.named("review").usage(usage).parameter("sample|score|list|checklist|item").optionalParameter("PERIOD|REF|CODE").option(SIZE)
                .option(SEED).repeatable(SCORE).option(NOTE).flag(OPEN).option(TEXT).option(MAX).flag(RETIRE).records(Format.TABLE)
                .action(session.signedIn(refusals.apply(this::run))).build();
    }

    private int run(CliContext context, Arguments arguments) throws CliException {
        switch (arguments.parameter(0)) {
            case "sample" -> {
                Period period = reviews.period(CliWords.parameter(arguments, 1, "PERIOD"));
                print(context, arguments, reviews.sample(period, arguments.number(SIZE, 1, DEFAULT_SIZE), arguments.value(SEED).orElse(null)));
            }
            case "score" -> score(context, arguments);
            case "list" -> {
                Period period = arguments.parameters().size() > 1 ? reviews.period(arguments.parameter(1)) : null;
                print(context, arguments, reviews.reviews(period, arguments.has(OPEN)));
            }
            case "checklist" -> {
                try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "code", "text", "max")) {
                    for (ChecklistItem item : reviews.checklist()) {
                        records.print(item.getCode(), item.getText(), item.getMaxScore());
                    }
                }
            }
            case "item" -> {
                String code = CliWords.parameter(arguments, 1, "CODE");
                ChecklistItem item = reviews.setItem(code, arguments.value(TEXT).orElse(null), arguments.has(MAX) ? Integer.valueOf(arguments.number(MAX, 1, 1)) : null, !arguments.has(RETIRE));
                context.out().println(NLS.bind(item.isActive() ? Messages.cli_review_item_set : Messages.cli_review_item_retired,
                        new Object[] { item.getCode(), item.getText(), item.getMaxScore() }));
            }
            default -> throw new UsageException(NLS.bind(Messages.cli_bad_word, arguments.parameter(0), "sample, score, list, checklist, item"));
        }
        return CliCommand.OK;
    }

    private void score(CliContext context, Arguments arguments) throws CliException {
        String reference = CliWords.parameter(arguments, 1, "REF");
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String given : arguments.values(SCORE)) {
            int equals = given.indexOf('=');
            try {
                if (equals < 1) {
                    throw new NumberFormatException();
                }
                scores.put(given.substring(0, equals).strip(), Integer.valueOf(given.substring(equals + 1).strip()));
            } catch (NumberFormatException e) {
                throw new UsageException(NLS.bind(Messages.cli_bad_score, given));
            }
        }
        QualityReview review = reviews.score(reference, scores, arguments.value(NOTE).orElse(null));
        context.out().println(NLS.bind(Messages.cli_review_scored, new Object[] { reference, review.getTotal(), review.getMaxTotal() }));
    }

    private static void print(CliContext context, Arguments arguments, List<QualityReview> found) {
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "reference", "customer", "assignee", "closed_at", "period",
                "seed", "reviewer", "sampled_at", "scored_at", "total", "max_total", "scores", "note")) {
            for (QualityReview review : found) {
                Complaint complaint = review.getComplaint();
                String scores = review.getScores().stream().map(score -> score.getItem() + "=" + score.getScore()).collect(Collectors.joining(";"));
                records.print(complaint.getReference(), complaint.getCustomer().getReference(), complaint.getAssignee(), complaint.getClosedAt(),
                        review.getPeriod(), review.getSeed(), review.getReviewer(), review.getSampledAt(), review.getScoredAt(), review.getTotal(),
                        review.getMaxTotal(), scores, review.getNote());
            }
        }
    }
}
