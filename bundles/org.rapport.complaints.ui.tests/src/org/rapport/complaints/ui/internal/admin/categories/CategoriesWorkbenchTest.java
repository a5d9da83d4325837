package org.rapport.complaints.ui.internal.admin.categories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.all;
import static org.rapport.testing.ui.WorkbenchDriver.button;
import static org.rapport.testing.ui.WorkbenchDriver.command;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.perspective;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.showPart;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.textAfter;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;
import static org.rapport.testing.ui.WorkbenchDriver.whenShellOpens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.Categories.Entry;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.ui.api.CustomerProfiles;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.complaints.ui.internal.admin.AdminScreens;
import org.rapport.testing.Services;

/**
 * The Categories view in the Administration perspective: a category added there (through its
 * dialog, as a person adds one) is offered in New Complaint, a renamed one can be undone with the
 * Undo command (Ctrl+Z), and a retired one is no longer offered.
 */
class CategoriesWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PART = "org.rapport.complaints.ui.part.categories";
    private static final String CUSTOMER = "CAT-001";
    private static final String CUSTOMER_NAME = "Li Lei";
    private static MWindow window;

    @BeforeAll
    static void seed() {
        window = mainWindow();
        Store store = Services.await(Store.class);
        try (UnitOfWork work = store.begin()) {
            Customer customer = CustomersFactory.eINSTANCE.createCustomer();
            customer.setReference(CUSTOMER);
            customer.setName(CUSTOMER_NAME);
            work.add(customer);
            work.commit();
        }
    }

    private static List<String> shown(CategoriesPart part) {
        List<String> names = new ArrayList<>();
        for (TreeItem top : part.tree().getItems()) {
            collect(top, names);
        }
        return names;
    }

    private static void collect(TreeItem item, List<String> names) {
        names.add(item.getText(1) + "=" + item.getText(0));
        for (TreeItem child : item.getItems()) {
            collect(child, names);
        }
    }

    /** The category choices New Complaint offers the customer, as the dialog lists them. */
    private static List<String> offeredInNewComplaint() {
        assertTrue(window.getContext().get(CustomerProfiles.class).open(CUSTOMER));
        spin();
        AtomicReference<List<String>> offered = new AtomicReference<>();
        whenShellOpens(NLS.bind(Messages.new_title, CUSTOMER_NAME), shell -> {
            List<Control> controls = all(shell, Control.class);
            for (int i = 0; i + 1 < controls.size(); i++) {
                if (controls.get(i) instanceof Label l && l.getText().equals(Messages.field_category)
                        && controls.get(i + 1) instanceof Combo combo) {
                    offered.set(Arrays.stream(combo.getItems()).map(String::strip).toList());
                    screenshot(shell, "new-complaint-category-tree");
                }
            }
            shell.close();
        });
        command(window, "org.rapport.complaints.ui.command.newcomplaint");
        waitUntil(WAIT, () -> offered.get() != null, "New Complaint offers categories");
        return offered.get();
    }

    @AfterEach
    void backToTheServiceDesk() {
        perspective(window, RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    @Test
    void aCategoryAddedHereIsOfferedInNewComplaintUntilItIsRetired() {
        perspective(window, RapportWorkbench.PERSPECTIVE_ADMINISTRATION);
        CategoriesPart part = showPart(window, PART, CategoriesPart.class);
        assertTrue(part.buttons().get(0).isEnabled(), "the administrator may change the tree");
        whenShellOpens(Messages.categories_add_title, shell -> fill(shell, "wb-hardware", "Hardware", "硬件"));
        press(button((Control) part.tree().getParent(), Messages.categories_add_top));
        waitUntil(WAIT, () -> part.entries().stream().anyMatch(e -> e.code().equals("wb-hardware")), "the new category is shown");
        Entry hardware = part.entries().stream().filter(e -> e.code().equals("wb-hardware")).findFirst().orElseThrow();
        part.add("wb-hardware", new CategoryDialog.Values("wb-hardware.battery", "Battery", "电池"));
        waitUntil(WAIT, () -> shown(part).contains("wb-hardware.battery=" + (Locale.getDefault().getLanguage().equals("zh") ? "电池" : "Battery")),
                "the child is shown under its parent: " + shown(part));
        assertEquals(1, part.entries().stream().filter(e -> e.code().equals("wb-hardware.battery")).findFirst().orElseThrow().depth());
        AdminScreens.inBothThemes(window, "administration-categories");

        List<String> offered = offeredInNewComplaint();
        assertTrue(offered.contains(hardware.name(Locale.getDefault())), "the new category is offered: " + offered);
        assertTrue(offered.contains(Locale.getDefault().getLanguage().equals("zh") ? "电池" : "Battery"), offered.toString());

        // rename, then undo it with the workbench's Undo (Ctrl+Z)
        CategoriesPart again = showPart(window, PART, CategoriesPart.class);
        again.rename(hardware, new CategoryDialog.Values("wb-hardware", "Devices", "设备"));
        waitUntil(WAIT, () -> again.entries().stream().anyMatch(e -> e.code().equals("wb-hardware") && e.name().equals("Devices")), "renamed");
        waitUntil(WAIT, () -> again.status().equals(NLS.bind(Messages.categories_renamed, "wb-hardware")), "the status says so: " + again.status());
        command(window, "org.eclipse.ui.edit.undo");
        waitUntil(WAIT, () -> again.entries().stream().anyMatch(e -> e.code().equals("wb-hardware") && e.name().equals("Hardware") && "硬件".equals(e.nameZh())),
                "the rename is undone");

        // a cycle is refused with the service's message, and nothing changes
        again.move(hardware, "wb-hardware.battery");
        waitUntil(WAIT, () -> again.status().contains("wb-hardware.battery"), "the refusal is shown: " + again.status());
        assertEquals(0, again.entries().stream().filter(e -> e.code().equals("wb-hardware")).findFirst().orElseThrow().depth());

        Entry battery = again.entries().stream().filter(e -> e.code().equals("wb-hardware.battery")).findFirst().orElseThrow();
        again.retireNow(battery);
        waitUntil(WAIT, () -> again.entries().stream().noneMatch(e -> e.code().equals("wb-hardware.battery")), "a retired category leaves the tree");
        assertFalse(Services.await(Categories.class).tree(true).stream().filter(e -> e.code().equals("wb-hardware.battery")).findFirst().orElseThrow()
                .active());
        List<String> after = offeredInNewComplaint();
        assertTrue(after.contains(hardware.name(Locale.getDefault())), after.toString());
        assertFalse(after.contains("Battery") || after.contains("电池"), "a retired category is not offered: " + after);
    }

    private static void fill(Shell shell, String code, String name, String nameZh) {
        textAfter(shell, Messages.categories_field_code).setText(code);
        textAfter(shell, Messages.categories_field_name).setText(name);
        textAfter(shell, Messages.categories_field_name_zh).setText(nameZh);
        spin();
        screenshot(shell, "administration-category-dialog");
        press(button(shell, org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL));
    }
}
