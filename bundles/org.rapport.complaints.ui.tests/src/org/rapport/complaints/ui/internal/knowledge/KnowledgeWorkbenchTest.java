package org.rapport.complaints.ui.internal.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.activePart;
import static org.rapport.testing.ui.WorkbenchDriver.all;
import static org.rapport.testing.ui.WorkbenchDriver.button;
import static org.rapport.testing.ui.WorkbenchDriver.canRun;
import static org.rapport.testing.ui.WorkbenchDriver.command;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;
import static org.rapport.testing.ui.WorkbenchDriver.whenShellOpens;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.KnowledgeBase;
import org.rapport.complaints.api.KnowledgeBase.ArticleDraft;
import org.rapport.complaints.model.ArticleKind;
import org.rapport.complaints.model.Severity;
import org.rapport.complaints.ui.internal.ComplaintEditors;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Roles;
import org.rapport.security.api.UserAdministration;
import org.rapport.testing.Services;

/**
 * The knowledge base in the real workbench: a search typed in Chinese finds the Chinese articles,
 * ranked, and shows the chosen one; from a complaint, Find Articles searches with its subject and
 * links the chosen article as its solution, which the editor then shows. The articles are written
 * through the real knowledge-base service.
 */
class KnowledgeWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CUSTOMER = "KW-C1";

    private static MWindow window;
    private static KnowledgeBase knowledge;

    @BeforeAll
    static void seed() {
        window = mainWindow();
        knowledge = Services.await(KnowledgeBase.class);
        Store store = Services.await(Store.class);
        try (UnitOfWork work = store.begin()) {
            Customer customer = CustomersFactory.eINSTANCE.createCustomer();
            customer.setReference(CUSTOMER);
            customer.setName("李娜");
            work.add(customer);
            work.commit();
        }
        knowledge.add(new ArticleDraft("KW-1", "退款流程", "客户退货验收后，退款在三个工作日内原路退回。", "zh", ArticleKind.PROCEDURE, List.of("售后")));
        knowledge.add(new ArticleDraft("KW-2", "Refund procedure", "A refund is paid back within three working days.", "en", ArticleKind.PROCEDURE,
                List.of("refund")));
        knowledge.add(new ArticleDraft("KW-3", "退货说明", "退货须在七天内办理，验收合格后再办理退款。", "zh", ArticleKind.PROCEDURE, List.of()));
        knowledge.add(new ArticleDraft("KW-4", "款式与退货", "款式不符可以退货。", "zh", ArticleKind.KNOWN_PROBLEM, List.of()));
    }

    @AfterEach
    void closeEditorsAndSignBackIn() throws Exception {
        EPartService parts = window.getContext().get(EPartService.class);
        for (MPart part : new ArrayList<>(parts.getParts())) {
            if (part.getObject() != null && (part.getElementId().equals(ComplaintEditors.DESCRIPTOR) || part.getElementId().equals(ArticleEditors.DESCRIPTOR))) {
                part.setDirty(false);
                parts.hidePart(part, true);
            }
        }
        spin();
        Services.await(Authenticator.class).signIn("workbench-tester", "tester-password".toCharArray());
    }

    private static List<String> codes(ArticleSearch search) {
        return search.rows().stream().map(ArticleSearch.Found::code).toList();
    }

    @Test
    void aChineseSearchTypedFindsTheChineseArticlesRankedAndShowsTheChosenOne() {
        // Ctrl+Shift+K's command brings the knowledge base to the front
        command(window, "org.rapport.complaints.ui.command.knowledgebase");
        MPart active = activePart(window);
        assertEquals(ShowKnowledgeBaseHandler.PART, active.getElementId());
        KnowledgePart part = (KnowledgePart) active.getObject();
        ArticleSearch search = part.search();

        // typed: the search runs a moment later, off the UI thread
        search.field().setText("退款");
        assertFalse("退款".equals(search.shownQuery()), "the search waits for the typing to pause");
        waitUntil(WAIT, () -> "退款".equals(search.shownQuery()), "the search ran");
        // 退款 in KW-1's title ranks it above KW-3, which has it in the text; KW-4 has 退 and 款 apart, KW-2 is English
        assertEquals(List.of("KW-1", "KW-3"), codes(search));
        Table table = search.table();
        assertEquals("退款流程", table.getItem(0).getText(0));
        assertTrue(table.getItem(1).getText(1).contains("办理退款"), "the snippet shows where the text says so: " + table.getItem(1).getText(1));

        search.select(0);
        waitUntil(WAIT, () -> "退款流程".equals(part.reader().titleText()), "the chosen article is shown");
        assertTrue(part.reader().bodyText().startsWith("客户退货验收后"));
        assertTrue(part.editButton().isEnabled(), "an administrator may change articles");
        screenshot(window, "knowledge-base-search");

        search.field().setText("REFUND");
        waitUntil(WAIT, () -> "REFUND".equals(search.shownQuery()), "the second search ran");
        assertEquals(List.of("KW-2"), codes(search), "English words in any case");
    }

    @Test
    void findArticlesFromAComplaintLinksTheChosenArticleAsItsSolution() {
        Complaints complaints = Services.await(Complaints.class);
        complaints.open(new NewComplaint("KW-100", CUSTOMER, Instant.now().truncatedTo(ChronoUnit.SECONDS), "hotline", null, Severity.GENERAL, "退款流程太慢",
                null));
        MPart part = ContextInjectionFactory.make(ComplaintEditors.class, window.getContext()).open("KW-100");
        spin();
        Control editor = (Control) part.getWidget();
        AtomicReference<List<String>> offered = new AtomicReference<>();
        whenShellOpens(FindArticlesDialog.title("KW-100"), shell -> {
            Table table = all(shell, Table.class).get(0);
            // searched with the subject: 退款, 款流 and 流程 in KW-1's title
            waitUntil(WAIT, () -> table.getItemCount() > 0, "articles found for the complaint's subject");
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < table.getItemCount(); i++) {
                titles.add(table.getItem(i).getText(0));
            }
            offered.set(titles);
            screenshot(shell, "knowledge-base-find-articles");
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, new Event());
            press(button(shell, Messages.kb_ui_find_link));
        });
        press(button(editor, Messages.kb_ui_find_button));
        assertNotNull(offered.get(), "the dialog opened");
        assertEquals("退款流程", offered.get().get(0));

        waitUntil(WAIT, () -> knowledge.show("KW-1").solvedComplaints().contains("KW-100"), "the article is linked as the complaint's solution");
        waitUntil(WAIT, () -> all(editor, Link.class).stream().anyMatch(link -> link.getText().contains("KW-1 退款流程")), "the editor shows the article");
        // the knowledge base counts it: the article solved one complaint
        assertEquals(1, knowledge.search("退款流程", 5).get(0).solved());

        // the linked article opens from the editor
        Link solutions = all(editor, Link.class).stream().filter(link -> link.getText().contains("KW-1 ")).findFirst().orElseThrow();
        Event click = new Event();
        click.text = "KW-1";
        solutions.notifyListeners(SWT.Selection, click);
        spin();
        MPart article = activePart(window);
        assertEquals(ArticleEditors.DESCRIPTOR, article.getElementId());
        assertEquals("退款流程", ((ArticleEditorPart) article.getObject()).titleField().getText());
    }

    @Test
    void aRoleThatMayOnlyReadArticlesGetsThemReadOnly() throws Exception {
        UserAdministration users = Services.await(UserAdministration.class);
        if (users.users().stream().noneMatch(u -> u.login().equals("kw-sales"))) {
            users.addUser("kw-sales", "Sally Sales", "sales-password-1".toCharArray(), List.of(Roles.SALES));
        }
        Services.await(Authenticator.class).signIn("kw-sales", "sales-password-1".toCharArray());
        MPart part = ContextInjectionFactory.make(ArticleEditors.class, window.getContext()).open("KW-3");
        spin();
        ArticleEditorPart editor = (ArticleEditorPart) part.getObject();
        assertEquals("退货说明", editor.titleField().getText());
        assertFalse(editor.titleField().getEditable(), "sales read articles, they do not write them");
        assertFalse(editor.bodyField().getEditable());
        assertFalse(editor.languageField().isEnabled());
        // typed anyway (a field set from code): nothing is taken as an edit, nothing to save
        editor.titleField().setText("改写");
        assertFalse(part.isDirty());
        assertFalse(canRun(window, "org.eclipse.ui.file.save"));
    }

    @Test
    void anArticleIsChangedWithUndoAndSaveAndFoundByItsNewWords() {
        MPart part = ContextInjectionFactory.make(ArticleEditors.class, window.getContext()).open("KW-2");
        spin();
        ArticleEditorPart editor = (ArticleEditorPart) part.getObject();
        editor.titleField().setText("Refund procedure for vouchers");
        assertTrue(part.isDirty());
        command(window, "org.eclipse.ui.edit.undo");
        assertEquals("Refund procedure", editor.titleField().getText(), "undone");
        assertFalse(part.isDirty());
        editor.titleField().setText("Refund procedure for vouchers");
        editor.tagsField().setText("refund, voucher");
        command(window, "org.eclipse.ui.file.save");
        assertFalse(part.isDirty(), "saved");
        assertEquals("Refund procedure for vouchers", knowledge.show("KW-2").article().getTitle());
        assertEquals(List.of("KW-2"), knowledge.search("voucher", 5).stream().map(hit -> hit.article().getCode()).toList());
        Shell shell = (Shell) window.getWidget();
        assertNotNull(shell);
    }
}
