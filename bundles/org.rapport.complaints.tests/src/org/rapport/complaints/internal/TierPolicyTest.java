package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.complaints.api.Complaints.CalendarChange;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.model.Severity;
import org.rapport.loyalty.api.Loyalty.PurchaseEvent;
import org.rapport.loyalty.internal.BaseAccrual;
import org.rapport.loyalty.internal.LedgerService;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.testing.TestUsers;

/** A member's complaint runs on the policy of the member's tier, which complaints learn from loyalty's tier alone. */
class TierPolicyTest {

    @TempDir
    Path home;

    @Test
    void aMembersComplaintRunsOnItsTiersPolicyAndAnyoneElsesOnTheSeveritys() throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.users.add(TestUsers.administrator("ada"));
            f.users.as("ada");
            f.customer("C-1");
            f.customer("C-2");
            f.complaints.setCalendar(new CalendarChange("office", "Asia/Shanghai", "mon-fri 09:00-18:00", Map.of(), Set.of(), Map.of()));
            f.complaints.setPolicy(Severity.GENERAL, null, "office", Duration.ofMinutes(30), null, Duration.ofHours(8));
            f.complaints.setPolicy(Severity.GENERAL, "Silver", "office", Duration.ofMinutes(10), null, Duration.ofHours(8));
            // a first purchase's points make C-1 a member of the lowest tier
            new LedgerService(f.store, f.clock, f.users, List.of(new BaseAccrual()))
                    .earn(new PurchaseEvent("C-1", "O-1", Instant.parse("2026-04-01T01:00:00Z"), new BigDecimal("10.00")));
            assertEquals(Optional.of("Silver"), f.loyalty.tier("C-1"));
            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-05-04T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
            f.complaints.open(new NewComplaint("K-2", "C-2", Instant.parse("2026-05-04T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
            assertEquals(Instant.parse("2026-05-04T01:10:00Z"), f.complaints.show("K-1", null).clocks().get(0).due().orElseThrow());
            assertEquals(Instant.parse("2026-05-04T01:30:00Z"), f.complaints.show("K-2", null).clocks().get(0).due().orElseThrow());
        }
    }
}
