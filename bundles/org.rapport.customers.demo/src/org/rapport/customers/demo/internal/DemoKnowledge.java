package org.rapport.customers.demo.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.complaints.api.KnowledgeBase;
import org.rapport.complaints.api.KnowledgeBase.ArticleDraft;
import org.rapport.complaints.api.QualityReviews;
import org.rapport.complaints.model.ArticleKind;
import org.rapport.complaints.model.ChecklistItem;

/**
 * The demo's knowledge base, in English and Chinese, about the demo complaints' problems, two of
 * them linked to the complaints they solved; and a quality review of the last week's closed demo
 * complaints, one scored and one left to score. Made through the published services, as the views
 * and the command line make them.
 */
final class DemoKnowledge {

    private static final List<ArticleDraft> ARTICLES = List.of(
            new ArticleDraft("KB-1", "Charger sparks or smells of burning", "Tell the customer to unplug the charger at once and not to use it again. "
                    + "Register the batch number printed on the plug, offer a replacement by courier and report the batch to quality control.", "en",
                    ArticleKind.KNOWN_PROBLEM, List.of("safety", "charger")),
            new ArticleDraft("KB-2", "Registering the extended warranty", "Customers register the extended warranty in the app (Me > Warranty) or at "
                    + "any store within 30 days of the purchase, with the receipt number. Registered warranties show in the customer's profile.", "en",
                    ArticleKind.PROCEDURE, List.of("warranty")),
            new ArticleDraft("KB-3", "Coffee machine leaks water", "Most leaks come from a water tank not pushed fully home. Ask the customer to reseat "
                    + "the tank; if it still leaks, send a replacement machine by courier and collect the old one.", "en", ArticleKind.KNOWN_PROBLEM,
                    List.of("coffee machine", "replacement")),
            new ArticleDraft("KB-4", "退款流程", "客户退货验收后，退款在三个工作日内原路退回。超过五个工作日未到账的，请核对银行流水并联系财务。", "zh",
                    ArticleKind.PROCEDURE, List.of("售后", "退款")),
            new ArticleDraft("KB-5", "门店服务投诉的处理", "先向客户诚恳致歉，记录门店、时间和店员；由店长在24小时内致电客户，必要时赠送优惠券。", "zh",
                    ArticleKind.PROCEDURE, List.of("门店", "服务态度")),
            new ArticleDraft("KB-6", "快递延误的处理", "查询物流单号，向客户说明预计送达时间；超过三天未送达的，重新发货并补偿积分。", "zh",
                    ArticleKind.KNOWN_PROBLEM, List.of("物流", "快递")));

    /** Which demo complaint each article solved. */
    private static final Map<String, String> SOLVED = Map.of("D-1007", "KB-3", "D-1008", "KB-5", "D-1019", "KB-2");

    private DemoKnowledge() {
    }

    /** Writes the articles and links them; how many were written. */
    static int write(KnowledgeBase knowledge) {
        ARTICLES.forEach(knowledge::add);
        SOLVED.forEach(knowledge::link);
        return ARTICLES.size();
    }

    /** Draws the closed demo complaints of the last week for review and scores one of them; how many were drawn. */
    static int review(QualityReviews reviews, LocalDate today) {
        int drawn = reviews.sample(reviews.period(today.minusDays(7) + ".." + today), 10, "demo").size();
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (ChecklistItem item : reviews.checklist()) {
            scores.put(item.getCode(), Math.max(0, item.getMaxScore() - (item.getCode().equals("timeliness") ? 1 : 0)));
        }
        reviews.score("D-1019", scores, "Clear answer; the follow-up call came a day late.");
        return drawn;
    }
}
