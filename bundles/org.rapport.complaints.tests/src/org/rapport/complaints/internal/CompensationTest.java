package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.Severity;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.StoreException;

/** Compensation posts loyalty points in the complaint's own transaction: both are stored, or neither. */
class CompensationTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void pointsArePostedWithTheComplaintAndRolledBackWithIt(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-04-30T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
            f.users.as("ann");

            f.refuseCompensations.set(true);
            assertThrows(StoreException.class, () -> f.complaints.compensate("K-1", CompensationKind.LOYALTY_POINTS, 200L, null, "sorry"));
            assertEquals(0, f.loyalty.account("C-1").balance(), "the points went with the failed commit");
            assertEquals(0, f.complaints.show("K-1", null).complaint().getCompensations().size());

            f.refuseCompensations.set(false);
            Complaint compensated = f.complaints.compensate("K-1", CompensationKind.LOYALTY_POINTS, 200L, null, "sorry for the wait");
            assertEquals(200L, compensated.getCompensations().get(0).getPoints());
            Account account = f.loyalty.account("C-1");
            assertEquals(200, account.balance());
            assertEquals("K-1", account.lines().get(0).sourceRef());
            assertEquals("ann", compensated.getCompensations().get(0).getGrantedBy());

            f.complaints.compensate("K-1", CompensationKind.COUPON, null, new BigDecimal("20.00"), "coupon for the next order");
            assertEquals(200, f.loyalty.account("C-1").balance(), "a coupon is recorded, not posted");
            ComplaintsException noPoints = assertThrows(ComplaintsException.class,
                    () -> f.complaints.compensate("K-1", CompensationKind.LOYALTY_POINTS, null, null, null));
            assertTrue(noPoints.getMessage().contains("need --points"), noPoints.getMessage());
        }
    }
}
