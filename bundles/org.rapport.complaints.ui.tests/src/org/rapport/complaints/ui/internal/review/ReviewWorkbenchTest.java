package org.rapport.complaints.ui.internal.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.testing.ui.WorkbenchDriver.activePart;
import static org.rapport.testing.ui.WorkbenchDriver.closeParts;
import static org.rapport.testing.ui.WorkbenchDriver.mainWindow;
import static org.rapport.testing.ui.WorkbenchDriver.perspective;
import static org.rapport.testing.ui.WorkbenchDriver.press;
import static org.rapport.testing.ui.WorkbenchDriver.screenshot;
import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.api.QualityReviews;
import org.rapport.complaints.model.QualityReview;
import org.rapport.complaints.model.Severity;
import org.rapport.complaints.ui.internal.ComplaintEditors;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.testing.Services;

/**
 * Quality review in the real workbench: a supervisor draws the closed complaints of a day, scores
 * one against the checklist with a comment, and sees its score and the agent's average; opening a
 * reviewed complaint opens its editor. The complaints are taken to closed through the real service.
 */
class ReviewWorkbenchTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PART = "org.rapport.complaints.ui.part.review";
    private static final String DAY = "2026-03-10";

    private static MWindow window;

    @BeforeAll
    static void seed() {
        window = mainWindow();
        Store store = Services.await(Store.class);
        try (UnitOfWork work = store.begin()) {
            Customer customer = CustomersFactory.eINSTANCE.createCustomer();
            customer.setReference("KR-C1");
            customer.setName("Chen Jie");
            work.add(customer);
            work.commit();
        }
        Complaints complaints = Services.await(Complaints.class);
        // closed on DAY in any zone the test machine may have: opened and closed around noon UTC
        for (String reference : List.of("KR-1", "KR-2")) {
            complaints.open(new NewComplaint(reference, "KR-C1", Instant.parse(DAY + "T09:00:00Z"), "hotline", null, Severity.GENERAL, "Parcel arrived damaged",
                    null));
            complaints.act(reference, Lifecycle.START, Instant.parse(DAY + "T09:05:00Z"), null, null);
            complaints.act(reference, Lifecycle.RESOLVE, Instant.parse(DAY + "T10:00:00Z"), "replacement sent", null);
            complaints.act(reference, Lifecycle.FOLLOW_UP, Instant.parse(DAY + "T11:00:00Z"), "happy", 5);
            complaints.act(reference, Lifecycle.CLOSE, Instant.parse(DAY + "T12:00:00Z"), null, null);
        }
    }

    @AfterEach
    void closeEditors() {
        closeParts(window, ComplaintEditors.DESCRIPTOR);
        // the other workbench tests start in the Service desk
        perspective(window, RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    private static ReviewPart reviewPart() {
        perspective(window, RapportWorkbench.PERSPECTIVE_MANAGEMENT);
        MPart part = window.getContext().get(EPartService.class).showPart(PART, PartState.ACTIVATE);
        assertNotNull(part, "the quality review is in Management");
        spin();
        return (ReviewPart) part.getObject();
    }

    private static int rowOf(ReviewPart review, String reference) {
        List<ReviewRow> rows = review.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).reference().equals(reference)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aSupervisorDrawsASampleScoresAComplaintAndSeesTheAgentsAverage() {
        ReviewPart review = reviewPart();
        review.period().setText(DAY);
        waitUntil(WAIT, () -> review.status().getText().startsWith("0 drawn"), "the day's reviews are read: none yet");
        assertTrue(review.drawButton().isEnabled(), "an administrator may draw");
        press(review.drawButton());
        waitUntil(WAIT, () -> rowOf(review, "KR-1") >= 0 && rowOf(review, "KR-2") >= 0, "both closed complaints of the day are drawn");
        Table table = review.table();
        int row = rowOf(review, "KR-1");
        assertEquals("to score", table.getItem(row).getText(4));

        table.setSelection(row);
        table.notifyListeners(SWT.Selection, new Event());
        spin();
        Map<String, Spinner> scores = review.scores();
        QualityReviews reviews = Services.await(QualityReviews.class);
        assertEquals(reviews.checklist().stream().map(item -> item.getCode()).toList(), List.copyOf(scores.keySet()), "a spinner per checklist item");
        int max = 0;
        for (Spinner spinner : scores.values()) {
            max += spinner.getMaximum();
        }
        scores.get("solution").setSelection(scores.get("solution").getMaximum() - 2);
        scores.get("greeting").setSelection(0);
        review.comment().setText("Solved, but no greeting.");
        int expected = max - 2 - scores.get("greeting").getMaximum();
        screenshot(window, "quality-review-scoring");
        press(review.saveButton());

        waitUntil(WAIT, () -> rowOf(review, "KR-1") >= 0 && review.rows().get(rowOf(review, "KR-1")).scored(), "the score is stored and shown");
        QualityReview stored = reviews.reviews(reviews.period(DAY), false).stream().filter(r -> r.getComplaint().getReference().equals("KR-1")).findFirst()
                .orElseThrow();
        assertEquals(expected, stored.getTotal());
        assertEquals(max, stored.getMaxTotal());
        assertEquals("Solved, but no greeting.", stored.getNote());
        assertEquals(expected + " / " + max, table.getItem(rowOf(review, "KR-1")).getText(4));
        // the agent who started both complaints: the tester; one review scored
        Table averages = review.averages();
        assertEquals(1, averages.getItemCount());
        assertEquals("1", averages.getItem(0).getText(1));
        assertEquals(Math.round(100.0 * expected / max) + " %", averages.getItem(0).getText(2));
        assertFalse(review.saveButton().isEnabled(), "a scored complaint is not scored again");
        screenshot(window, "quality-review-scored");

        // a double click opens the reviewed complaint
        table.setSelection(rowOf(review, "KR-1"));
        table.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        MPart editor = activePart(window);
        assertEquals(ComplaintEditors.DESCRIPTOR, editor.getElementId());
        assertEquals("KR-1", editor.getLabel());
    }
}
