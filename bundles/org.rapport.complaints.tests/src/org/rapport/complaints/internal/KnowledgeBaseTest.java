package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.KnowledgeBase.ArticleDraft;
import org.rapport.complaints.api.KnowledgeBase.Hit;
import org.rapport.complaints.model.Article;
import org.rapport.complaints.model.ArticleKind;
import org.rapport.complaints.model.Severity;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;
import org.rapport.testing.CliRun;
import org.rapport.testing.TestUsers;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The knowledge base's ranked search in English and Chinese, its links to solved complaints, and who may do what. */
@ExtendWith(InEnglish.class)
class KnowledgeBaseTest {

    @TempDir
    Path home;

    private static List<String> codes(List<Hit> hits) {
        return hits.stream().map(hit -> hit.article().getCode()).toList();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void chineseQueriesFindArticlesRankedByTitleThenBodyThenSolvedComplaints(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            f.users.as("ann");
            f.knowledge.add(new ArticleDraft("KB-1", "退款流程", "客户申请退款后，三个工作日内原路退回。", "zh", ArticleKind.PROCEDURE, List.of("售后")));
            f.knowledge.add(new ArticleDraft("KB-2", "退货说明", "退货验收后再办理退款。", "zh", ArticleKind.PROCEDURE, List.of()));
            f.knowledge.add(new ArticleDraft("KB-3", "款式与退货", "款式不符可以退货。", "zh", ArticleKind.KNOWN_PROBLEM, List.of()));
            f.knowledge.add(new ArticleDraft("KB-4", "Refund procedure", "A refund is paid back within three working days.", "en",
                    ArticleKind.PROCEDURE, List.of("after-sales")));
            f.knowledge.add(new ArticleDraft("KB-5", "退款到账时间", "退款到账需要银行处理。", "zh", ArticleKind.KNOWN_PROBLEM, List.of()));

            // 退款 in the title of KB-1 and KB-5 ranks them above KB-2 (body only), the older first; KB-3 holds 退 and 款 but not together
            assertEquals(List.of("KB-1", "KB-5", "KB-2"), codes(f.knowledge.search("退款", 10)));
            Hit first = f.knowledge.search("退款", 10).get(0);
            assertEquals(1, first.titleKeys());
            assertEquals(1, first.bodyKeys());
            // the title's keys come first: 退款流程 is three pairs in KB-1's title
            assertEquals(List.of("KB-1", "KB-5", "KB-2"), codes(f.knowledge.search("退款流程", 10)));
            assertEquals(List.of("KB-4"), codes(f.knowledge.search("REFUND", 10)));
            assertEquals(List.of("KB-4"), codes(f.knowledge.search("after-sales", 10)), "tags are searched as the title is");
            assertEquals(List.of("KB-1"), codes(f.knowledge.search("售后", 10)));
            assertEquals(List.of(), f.knowledge.search("保修", 10));

            // KB-5 solved two complaints, KB-1 one: with the same keys in the title, KB-5 goes first
            for (String ref : List.of("K-1", "K-2", "K-3")) {
                f.complaints.open(new NewComplaint(ref, "C-1", Instant.parse("2026-04-30T01:00:00Z"), "chat", null, Severity.GENERAL, "Refund", null));
            }
            f.knowledge.link("K-1", "KB-5");
            f.knowledge.link("K-2", "KB-5");
            f.knowledge.link("K-2", "KB-5");
            f.knowledge.link("K-3", "KB-1");
            List<Hit> hits = f.knowledge.search("退款", 10);
            assertEquals(List.of("KB-5", "KB-1", "KB-2"), codes(hits));
            assertEquals(2, hits.get(0).solved(), "linking the same article twice counts once");
            assertEquals(List.of("KB-5", "KB-1"), codes(f.knowledge.search("退款", 2)));
            assertEquals(List.of("K-1", "K-2"), f.knowledge.show("KB-5").solvedComplaints());

            assertEquals("There is already an article KB-1.", assertThrows(ComplaintsException.class,
                    () -> f.knowledge.add(new ArticleDraft("KB-1", "x", "y", "en", ArticleKind.PRODUCT, List.of()))).getMessage());
            assertEquals("Unknown language \"fr\": write en, zh.", assertThrows(ComplaintsException.class,
                    () -> f.knowledge.add(new ArticleDraft("KB-9", "x", "y", "fr", ArticleKind.PRODUCT, List.of()))).getMessage());
            assertEquals("There is no article KB-9.", assertThrows(ComplaintsException.class, () -> f.knowledge.link("K-1", "KB-9")).getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void salesReadArticlesAndCountOnlyTheirOwnCustomersComplaints(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home, true)) {
            f.users.add(TestUsers.administrator("ada"));
            f.users.add(new SessionUser("agnes", "Agnes", Set.of(Roles.SERVICE_AGENT), List.of(new Grant(ComplaintsAreaId.ID, Action.READ, Scope.ALL),
                    new Grant(ComplaintsAreaId.ID, Action.UPDATE, Scope.ALL), new Grant(ComplaintsAreaId.ID, Action.CREATE, Scope.ALL),
                    new Grant(ComplaintsAreaId.SETTINGS, Action.READ, Scope.ALL), new Grant(ComplaintsAreaId.KNOWLEDGE, Action.READ, Scope.ALL),
                    new Grant(ComplaintsAreaId.KNOWLEDGE, Action.CREATE, Scope.ALL), new Grant(CustomersAreaId.ID, Action.READ, Scope.ALL)), Map.of()));
            f.users.add(new SessionUser("sam", "Sam", Set.of(Roles.SALES), List.of(new Grant(ComplaintsAreaId.ID, Action.READ, Scope.OWN),
                    new Grant(ComplaintsAreaId.SETTINGS, Action.READ, Scope.ALL), new Grant(ComplaintsAreaId.KNOWLEDGE, Action.READ, Scope.ALL),
                    new Grant(CustomersAreaId.ID, Action.READ, Scope.OWN)), Map.of()));
            f.users.add(new SessionUser("tess", "Tess", Set.of(Roles.TECHNICIAN), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.ALL)), Map.of()));
            f.users.as("ada");
            f.customer("C-1", "sam");
            f.customer("C-2", "tom");
            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-04-30T01:00:00Z"), "chat", null, Severity.GENERAL, "Refund", null));
            f.complaints.open(new NewComplaint("K-2", "C-2", Instant.parse("2026-04-30T01:00:00Z"), "chat", null, Severity.GENERAL, "Refund", null));

            f.users.as("agnes");
            f.knowledge.add(new ArticleDraft("KB-1", "退款流程", "三个工作日内原路退回。", "zh", ArticleKind.PROCEDURE, List.of()));
            f.knowledge.link("K-1", "KB-1");
            f.knowledge.link("K-2", "KB-1");
            assertEquals(2, f.knowledge.search("退款", 5).get(0).solved());

            f.users.as("sam");
            Hit seen = f.knowledge.search("退款", 5).get(0);
            assertEquals("KB-1", seen.article().getCode());
            assertEquals(1, seen.solved(), "the count must not reveal the complaints of customers sam does not manage");
            assertEquals(List.of("K-1"), f.knowledge.show("KB-1").solvedComplaints());
            assertThrows(AccessDeniedException.class,
                    () -> f.knowledge.add(new ArticleDraft("KB-2", "退货", "退货说明", "zh", ArticleKind.PROCEDURE, List.of())));

            assertThrows(AccessDeniedException.class,
                    () -> f.knowledge.update(new ArticleDraft("KB-1", "退款", "改写", "zh", ArticleKind.PROCEDURE, List.of()), null));
            assertEquals("退款流程", f.knowledge.show("KB-1").article().getTitle());

            f.users.as("tess");
            assertThrows(AccessDeniedException.class, () -> f.knowledge.search("退款", 5));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anUpdateChangesTheSearchKeysAndRefusesAStaleEdit(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.users.as("ann");
            Article added = f.knowledge.add(new ArticleDraft("KB-1", "Late delivery", "Apologise and track the parcel.", "en", ArticleKind.KNOWN_PROBLEM,
                    List.of("courier")));
            assertEquals(null, added.getUpdatedAt());
            Article changed = f.knowledge.update(new ArticleDraft("KB-1", "快递延误", "致歉并跟踪包裹。", "zh", ArticleKind.PROCEDURE, List.of("物流")), null);
            assertEquals(List.of(), f.knowledge.search("courier", 5), "the old keys are gone");
            assertEquals(List.of(), f.knowledge.search("parcel", 5));
            assertEquals(List.of("KB-1"), codes(f.knowledge.search("延误", 5)));
            Hit hit = f.knowledge.search("物流", 5).get(0);
            assertEquals(1, hit.titleKeys(), "a tag is searched as the title is");
            assertEquals("zh", f.knowledge.show("KB-1").article().getLanguage());
            assertEquals(List.of("物流"), f.knowledge.show("KB-1").article().getTags());

            // an editor that read the article before this change may not overwrite it
            ComplaintsException stale = assertThrows(ComplaintsException.class,
                    () -> f.knowledge.update(new ArticleDraft("KB-1", "Late", "Old text", "en", ArticleKind.PROCEDURE, List.of()), null));
            assertEquals(true, stale.getMessage().startsWith("Article KB-1 was changed meanwhile"), stale.getMessage());
            assertEquals("快递延误", f.knowledge.show("KB-1").article().getTitle());
            f.knowledge.update(new ArticleDraft("KB-1", "快递延误三天", "致歉并跟踪包裹。", "zh", ArticleKind.PROCEDURE, List.of()), changed.getUpdatedAt());
            assertEquals("快递延误三天", f.knowledge.show("KB-1").article().getTitle());
            assertEquals("There is no article KB-9.", assertThrows(ComplaintsException.class,
                    () -> f.knowledge.update(new ArticleDraft("KB-9", "x", "y", "en", ArticleKind.PRODUCT, List.of()), null)).getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void theCommandsAddSearchLinkAndShow(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-04-30T01:00:00Z"), "chat", null, Severity.GENERAL, "Refund", null));
            ComplaintsCommand command = f.command();
            Path body = home.resolve("body.txt");
            java.nio.file.Files.writeString(body, "客户申请退款后，三个工作日内原路退回。");
            CliRun add = f.cli(command, "ann", "kb", "add", "KB-1", "--title", "退款流程", "--body-file", body.toString(), "--language", "zh", "--kind",
                    "procedure", "--tag", "售后");
            assertEquals(0, add.code(), add.err());
            assertEquals(0, f.cli(command, "ann", "kb", "add", "KB-2", "--title", "Late delivery", "--body", "Apologise and track the parcel.", "--language",
                    "en", "--kind", "known-problem").code());
            CliRun badKind = f.cli(command, "ann", "kb", "add", "KB-3", "--title", "x", "--body", "y", "--language", "en", "--kind", "faq");
            assertEquals(2, badKind.code());

            CliRun link = f.cli(command, "ann", "kb", "link", "K-1", "KB-1");
            assertEquals(0, link.code(), link.err());
            assertEquals("K-1: article KB-1 linked as a solution", link.out().strip());

            CliRun search = f.cli(command, "ann", "kb", "search", "退款", "--format", "json");
            assertEquals(0, search.code(), search.err());
            JsonArray hits = JsonParser.parseString(search.out()).getAsJsonArray();
            assertEquals(1, hits.size());
            JsonObject hit = hits.get(0).getAsJsonObject();
            assertEquals("KB-1", hit.get("code").getAsString());
            assertEquals("procedure", hit.get("kind").getAsString());
            assertEquals(1, hit.get("title_keys").getAsInt());
            assertEquals(1, hit.get("solved").getAsInt());

            CliRun show = f.cli(command, "ann", "kb", "show", "KB-1", "--format", "json");
            JsonObject article = JsonParser.parseString(show.out()).getAsJsonArray().get(0).getAsJsonObject();
            assertEquals("K-1", article.get("complaints").getAsString());
            assertEquals("售后", article.get("tags").getAsString());
            assertEquals("zh", article.get("language").getAsString());
            CliRun unknown = f.cli(command, "ann", "kb", "show", "KB-9");
            assertEquals(1, unknown.code());
            assertEquals("There is no article KB-9.", unknown.err().strip().lines().reduce((a, b) -> b).orElse(""));
        }
    }
}
