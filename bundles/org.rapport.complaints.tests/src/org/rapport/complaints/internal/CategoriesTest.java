package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.Categories.Entry;
import org.rapport.complaints.api.ComplaintQueue;
import org.rapport.complaints.api.ComplaintsAreaId;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.model.Severity;
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

/** The category tree: made, renamed in both languages, moved and retired through the API and the command, as the store allows. */
@ExtendWith(InEnglish.class)
class CategoriesTest {

    @TempDir
    Path home;

    private static List<String> codes(List<Entry> tree) {
        return tree.stream().map(entry -> "  ".repeat(entry.depth()) + entry.code()).toList();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theTreeIsBuiltMovedAndRetiredAndRetiredCategoriesStayOnTheirComplaints(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            f.categories.add("delivery", "Delivery", "配送", null);
            f.categories.add("delivery.late", "Late delivery", "配送延误", "delivery");
            f.categories.add("product", "Product", null, null);
            f.categories.add("product.broken", "Broken on arrival", "到货损坏", "delivery");
            f.categories.move("product.broken", "product");
            f.categories.rename("product", null, "产品");
            assertEquals(List.of("delivery", "  delivery.late", "product", "  product.broken"), codes(f.categories.tree(false)));
            Entry product = f.categories.tree(false).get(2);
            assertEquals("产品", product.name(Locale.SIMPLIFIED_CHINESE));
            assertEquals("Product", product.name(Locale.ENGLISH));

            assertEquals("Category delivery cannot go under delivery.late: delivery.late is delivery itself or lies under it.",
                    assertThrows(ComplaintsException.class, () -> f.categories.move("delivery", "delivery.late")).getMessage());
            assertEquals("Category delivery cannot go under delivery: delivery is delivery itself or lies under it.",
                    assertThrows(ComplaintsException.class, () -> f.categories.move("delivery", "delivery")).getMessage());
            assertEquals("There is no category shipping.",
                    assertThrows(ComplaintsException.class, () -> f.categories.add("shipping.lost", "Lost", null, "shipping")).getMessage());
            assertEquals("There is already a category delivery.",
                    assertThrows(ComplaintsException.class, () -> f.categories.add("delivery", "Delivery again", null, null)).getMessage());
            assertEquals("Category code \"late delivery\": use letters, digits, \".\", \"-\" and \"_\" only, starting with a letter or digit (delivery.late).",
                    assertThrows(ComplaintsException.class, () -> f.categories.add("late delivery", "Late", null, null)).getMessage());
            assertEquals("name is missing.", assertThrows(ComplaintsException.class, () -> f.categories.rename("delivery", " ", null)).getMessage());

            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-04-30T01:00:00Z"), "chat", "delivery.late", Severity.GENERAL, "Late", null));
            Entry retired = f.categories.retire("delivery");
            assertFalse(retired.active());
            assertEquals(List.of("product", "  product.broken"), codes(f.categories.tree(false)), "retiring retires everything under it");
            assertEquals(List.of("delivery", "  delivery.late", "product", "  product.broken"), codes(f.categories.tree(true)));
            assertFalse(f.categories.tree(true).get(1).active());
            assertEquals("delivery.late", f.complaints.show("K-1", null).complaint().getCategory().getCode(), "the complaint keeps its category");
            ComplaintQueue queue = new StoreComplaintQueue(f.store, f.clock);
            assertEquals(1, queue.count(new ComplaintQueue.Filter(null, null, null, "delivery.late", false, null)),
                    "the queue still filters by a retired category");
            assertTrue(queue.categories().containsKey("delivery.late"), "and offers it in its filter");
            ComplaintQueue.Filter late = new ComplaintQueue.Filter(null, null, null, "delivery.late", false, null);
            assertEquals("Late delivery", queue.rows(late, ComplaintQueue.Column.OPENED, true, 0, 1).get(0).category());
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            try {
                assertEquals("配送延误", queue.rows(late, ComplaintQueue.Column.OPENED, true, 0, 1).get(0).category(),
                        "the queue names the category in the workbench's language");
                assertEquals("配送延误", queue.categories().get("delivery.late"));
            } finally {
                Locale.setDefault(Locale.ENGLISH);
            }
            assertEquals(1, queue.count(new ComplaintQueue.Filter(null, null, null, "delivery", false, null)), "a broader category takes in those under it");
            assertEquals(0, queue.count(new ComplaintQueue.Filter(null, null, null, "product", false, null)));
            assertEquals("Category delivery.late is retired: choose an active one for a new complaint.", assertThrows(ComplaintsException.class,
                    () -> f.complaints.open(new NewComplaint("K-2", "C-1", Instant.parse("2026-04-30T02:00:00Z"), "chat", "delivery.late", Severity.GENERAL,
                            "Late again", null))).getMessage());
            assertEquals("Category product.broken cannot go under the retired category delivery.",
                    assertThrows(ComplaintsException.class, () -> f.categories.move("product.broken", "delivery")).getMessage());
            assertEquals("Category delivery.late lies under the retired category delivery: reinstate delivery first.",
                    assertThrows(ComplaintsException.class, () -> f.categories.reinstate("delivery.late")).getMessage());

            f.categories.reinstate("delivery");
            assertEquals(4, f.categories.tree(false).size());
            f.categories.move("delivery.late", null);
            assertEquals(List.of("delivery", "delivery.late", "product", "  product.broken"), codes(new CategoryService(f.store).tree(false)));
        }
    }

    @Test
    void onlyThoseWhoChangeTheServiceDesksSettingsChangeCategories() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home, true)) {
            f.users.add(TestUsers.administrator("ada"));
            f.users.add(new SessionUser("sue", "Sue", Set.of(Roles.SERVICE_AGENT), List.of(new Grant(ComplaintsAreaId.ID, Action.READ, Scope.ALL),
                    new Grant(ComplaintsAreaId.SETTINGS, Action.READ, Scope.ALL)), Map.of()));
            f.users.as("ada");
            f.categories.add("delivery", "Delivery", "配送", null);
            f.users.as("sue");
            assertEquals(1, f.categories.tree(false).size(), "an agent reads the tree");
            assertThrows(AccessDeniedException.class, () -> f.categories.add("billing", "Billing", null, null));
            assertThrows(AccessDeniedException.class, () -> f.categories.retire("delivery"));
            f.users.as("ada");
            assertTrue(f.categories.tree(false).get(0).active(), "the refused retirement changed nothing");
        }
    }

    @Test
    void theCommandsAddRenameMoveRetireAndList() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            ComplaintsCommand command = f.command();
            CliRun add = f.cli(command, "mo", "category", "add", "delivery", "--name", "Delivery", "--name-zh", "配送");
            assertEquals(0, add.code(), add.err());
            assertEquals("category delivery: Delivery, under the top, active", add.out().strip());
            assertEquals(0, f.cli(command, "mo", "category", "add", "late", "--name", "Late", "--parent", "delivery").code());
            assertEquals(0, f.cli(command, "mo", "category", "rename", "late", "--name", "Late delivery", "--name-zh", "配送延误").code());
            CliRun noParent = f.cli(command, "mo", "category", "add", "lost", "--name", "Lost", "--parent", "shipping");
            assertEquals(1, noParent.code());
            assertTrue(noParent.err().contains("There is no category shipping."), noParent.err());
            CliRun cycle = f.cli(command, "mo", "category", "move", "delivery", "--parent", "late");
            assertEquals(1, cycle.code());
            assertTrue(cycle.err().contains("Category delivery cannot go under late: late is delivery itself or lies under it."), cycle.err());
            CliRun nowhere = f.cli(command, "mo", "category", "move", "late");
            assertEquals(2, nowhere.code());
            assertTrue(nowhere.err().contains("--parent CODE, or --top"), nowhere.err());
            assertEquals(0, f.cli(command, "mo", "category", "move", "late", "--top").code());

            CliRun list = f.cli(command, "ann", "category", "list", "--format", "json");
            JsonArray tree = JsonParser.parseString(list.out()).getAsJsonArray();
            assertEquals(2, tree.size());
            JsonObject late = tree.get(1).getAsJsonObject();
            assertEquals("late", late.get("code").getAsString());
            assertEquals("配送延误", late.get("name_zh").getAsString());
            assertTrue(late.get("parent").isJsonNull());

            assertEquals(0, f.cli(command, "mo", "category", "move", "late", "--parent", "delivery").code());
            CliRun retire = f.cli(command, "mo", "category", "retire", "delivery");
            assertEquals("category delivery: Delivery, under the top, retired", retire.out().strip(), retire.err());
            assertEquals("code,name,name_zh,parent,depth,active\r\n", f.cli(command, "mo", "category", "list", "--format", "csv").out());
            assertEquals("code,name,name_zh,parent,depth,active\r\ndelivery,Delivery,配送,,0,false\r\nlate,Late delivery,配送延误,delivery,1,false\r\n",
                    f.cli(command, "mo", "category", "list", "--all", "--format", "csv").out());
        }
    }
}
