package org.rapport.loyalty.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.perspective;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.showPart;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.Loyalty.PurchaseEvent;
import org.rapport.loyalty.api.LoyaltyProgramme;
import org.rapport.loyalty.api.LoyaltyProgramme.Settings;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.Roles;
import org.rapport.security.api.UserAdministration;
import org.rapport.testing.Services;

/** The loyalty overview (Management) following postings, and the programme's settings (Administration) saved through the service. */
class ProgrammeAndOverviewWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String AGENT = "ly-programme-agent";
    private static final String PASSWORD = "agent-password-2";

    private static MWindow window;
    private static Loyalty loyalty;

    @BeforeAll
    static void seed() {
        window = mainWindow();
        loyalty = Services.await(Loyalty.class);
        Store store = Services.await(Store.class);
        try (UnitOfWork work = store.begin()) {
            Customer customer = CustomersFactory.eINSTANCE.createCustomer();
            customer.setReference("LY-101");
            customer.setName("Ma Lin");
            work.add(customer);
            work.commit();
        }
        UserAdministration users = Services.await(UserAdministration.class);
        if (users.users().stream().noneMatch(u -> u.login().equals(AGENT))) {
            users.addUser(AGENT, "Pat Agent", PASSWORD.toCharArray(), List.of(Roles.SERVICE_AGENT));
        }
    }

    @AfterEach
    void backToTheServiceDesk() throws Exception {
        Services.await(Authenticator.class).signIn("workbench-tester", "tester-password".toCharArray());
        perspective(window, RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    private static long cell(Table table, String first, int column) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(first)) {
                return Long.parseLong(item.getText(column).replace(",", ""));
            }
        }
        return 0;
    }

    @Test
    void theOverviewCountsMembersAndPointsOfTheMonthAndFollowsAPosting() {
        perspective(window, RapportWorkbench.PERSPECTIVE_MANAGEMENT);
        OverviewPart part = showPart(window, "org.rapport.loyalty.ui.part.overview.management", OverviewPart.class);
        waitUntil(WAIT, () -> part.months().getItemCount() == 12 && part.members().getItemCount() >= 3, "the overview is read");
        String thisMonth = part.months().getItem(0).getText(0);
        long silver = cell(part.members(), "Silver", 1);
        long issued = cell(part.months(), thisMonth, 1);

        loyalty.earn(new PurchaseEvent("LY-101", "O-101", Instant.now(), new BigDecimal("300.00")));
        waitUntil(WAIT, () -> cell(part.months(), thisMonth, 1) == issued + 300, "300 more points issued this month: " + cell(part.months(), thisMonth, 1));
        assertEquals(silver + 1, cell(part.members(), "Silver", 1), "a new member in the lowest tier");
        screenshot(window, "loyalty-overview");
    }

    @Test
    void theProgrammeIsSavedThroughTheServiceAndRefusedWithoutTheRight() throws Exception {
        LoyaltyProgramme programme = Services.await(LoyaltyProgramme.class);
        perspective(window, RapportWorkbench.PERSPECTIVE_ADMINISTRATION);
        ProgrammePart part = showPart(window, "org.rapport.loyalty.ui.part.programme", ProgrammePart.class);
        waitUntil(WAIT, () -> part.tiers().getItemCount() == 3, "the programme is read");
        assertEquals(List.of("Silver", "Gold", "Black"), java.util.Arrays.stream(part.tiers().getItems()).map(i -> i.getText(0)).toList());
        Services.await(org.rapport.loyalty.api.Rewards.class).set("R-CARD", "Gift card 50", 500, null, true);
        part.read();
        waitUntil(WAIT, () -> java.util.Arrays.stream(part.catalogue().getItems()).anyMatch(i -> i.getText(0).equals("R-CARD")), "the catalogue lists the reward");
        Settings before = programme.settings();
        try {
            part.pointsPerUnit().setSelection(2);
            press(part.saveButton());
            waitUntil(WAIT, () -> Messages.programme_saved.equals(part.status()), "saved: " + part.status());
            assertEquals(2, programme.settings().pointsPerUnit());
            screenshot(window, "loyalty-programme");

            Services.await(Authenticator.class).signIn(AGENT, PASSWORD.toCharArray());
            assertThrows(RuntimeException.class, () -> programme.update(before), "the store refuses a service agent");
            assertEquals(2, programme.settings().pointsPerUnit());
        } finally {
            Services.await(Authenticator.class).signIn("workbench-tester", "tester-password".toCharArray());
            programme.update(before);
        }
        assertTrue(programme.settings().pointsPerUnit() == before.pointsPerUnit());
    }
}
