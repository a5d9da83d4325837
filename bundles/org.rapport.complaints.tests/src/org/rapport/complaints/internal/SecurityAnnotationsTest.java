package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.testing.ModelChecks.detail;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.complaints.model.ComplaintsPackage;
import org.rapport.testing.ModelChecks;

/** The complaints model declares its permissions as the extension guide says the security services read them. */
class SecurityAnnotationsTest {

    private static final ComplaintsPackage P = ComplaintsPackage.eINSTANCE;

    @Test
    void theModelKeepsTheSecurityContract() {
        // the settings are an area of their own, which sales read in full: the clocks of their customers' complaints need them
        // the knowledge base is read by everyone who serves customers, reviews by supervisors only: areas of their own
        assertEquals(List.of("ServiceCalendar: area is servicelevels, not complaints", "CalendarDate: area is servicelevels, not complaints",
                "ServicePolicy: area is servicelevels, not complaints", "Category: area is servicelevels, not complaints",
                "CompensationOffer: area is servicelevels, not complaints", "Article: area is knowledge, not complaints",
                "ArticleTerm: area is knowledge, not complaints", "ChecklistItem: area is quality, not complaints",
                "QualityReview: area is quality, not complaints", "ReviewScore: area is quality, not complaints"),
                ModelChecks.securityProblems(P, "complaints"));
        for (var eClass : List.of(P.getServiceCalendar(), P.getCalendarDate(), P.getServicePolicy(), P.getCategory(), P.getCompensationOffer(),
                P.getArticle(), P.getArticleTerm(), P.getChecklistItem(), P.getQualityReview(), P.getReviewScore())) {
            assertEquals(Set.of("area"), eClass.getEAnnotation(ModelChecks.SECURITY).getDetails().keySet(), eClass.getName());
        }
    }

    @Test
    void aComplaintBelongsToItsCustomersAccountManager() {
        // sales with own-records access read the complaints of the customers they manage
        assertEquals("customer.accountManager", detail(P.getComplaint(), "owner"));
    }

    @Test
    void theCustomersOwnWordsArePersonal() {
        assertEquals(Set.of("Complaint.description", "ComplaintEvent.note"), ModelChecks.personalAttributes(P));
    }

    @Test
    void everyEnumLiteralHasItsLabelInBothLanguages() {
        assertEquals(List.of(), ModelChecks.missingEnumLabels(P, ComplaintService.class));
    }
}
