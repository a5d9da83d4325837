package org.rapport.complaints.ui.internal.admin.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.button;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.perspective;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.showPart;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;
import static org.rapport.testing.ui.WorkbenchDriver.whenShellOpens;

import java.math.BigDecimal;
import java.time.Duration;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.complaints.api.CompensationCatalogue;
import org.rapport.complaints.api.CompensationCatalogue.OfferDraft;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.CompensationOffer;
import org.rapport.complaints.ui.internal.Messages;
import org.rapport.complaints.ui.internal.admin.AdminScreens;
import org.rapport.testing.Services;

/** The Compensation catalogue view: entries with their kind and value; one added and one retired as a person does it. */
class CatalogueWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @AfterEach
    void backToTheServiceDesk() {
        perspective(mainWindow(), RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    @Test
    void anEntryIsAddedAndRetiredAndAgentsNoLongerGetIt() {
        MWindow window = mainWindow();
        perspective(window, RapportWorkbench.PERSPECTIVE_ADMINISTRATION);
        CataloguePart part = showPart(window, "org.rapport.complaints.ui.part.catalogue", CataloguePart.class);
        part.add(new OfferDraft("wb-points-300", "300 loyalty points", CompensationKind.LOYALTY_POINTS, 300L, null));
        part.add(new OfferDraft("wb-voucher-20", "Voucher of 20", CompensationKind.VOUCHER, null, new BigDecimal("20")));
        waitUntil(WAIT, () -> part.offers().stream().filter(o -> o.getCode().startsWith("wb-")).count() == 2, "both entries are listed");
        int row = part.offers().stream().map(CompensationOffer::getCode).toList().indexOf("wb-voucher-20");
        assertTrue(part.table().getItem(row).getText(3).contains("20"), part.table().getItem(row).getText(3));
        AdminScreens.inBothThemes(window, "administration-catalogue");

        // select the voucher and retire it as a person does: Retire, then the confirmation's Retire
        part.table().setSelection(row);
        part.table().notifyListeners(SWT.Selection, new Event());
        whenShellOpens(Messages.catalogue_retire_title, shell -> {
            screenshot(shell, "administration-catalogue-retire");
            press(button(shell, Messages.catalogue_retire));
        });
        press(part.retireButton());
        waitUntil(WAIT, () -> part.offers().stream().noneMatch(o -> o.getCode().equals("wb-voucher-20")), "a retired entry leaves the list");
        assertEquals(NLS.bind(Messages.catalogue_retired_done, "wb-voucher-20"), part.status());
        CompensationCatalogue catalogue = Services.await(CompensationCatalogue.class);
        assertFalse(catalogue.offers(false).stream().anyMatch(o -> o.getCode().equals("wb-voucher-20")), "agents are no longer offered it");
        assertTrue(catalogue.offers(true).stream().anyMatch(o -> o.getCode().equals("wb-voucher-20") && !o.isActive()), "it is kept");

        // with Show retired it is listed again, marked retired
        org.eclipse.swt.widgets.Button show = button(part.table().getParent(), Messages.catalogue_show_retired);
        show.setSelection(true);
        show.notifyListeners(SWT.Selection, new Event());
        spin();
        waitUntil(WAIT, () -> part.offers().stream().anyMatch(o -> o.getCode().equals("wb-voucher-20")), "shown with the retired ones");
        int retired = part.offers().stream().map(CompensationOffer::getCode).toList().indexOf("wb-voucher-20");
        assertEquals(Messages.catalogue_retired, part.table().getItem(retired).getText(4));
    }
}
