package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.complaints.api.CompensationCatalogue.OfferDraft;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.model.Compensation;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.CompensationOffer;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.Severity;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.StoreException;
import org.rapport.testing.CliRun;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/** Compensation chosen from the catalogue: points posted with the complaint's change or not at all, other kinds recorded. */
@ExtendWith(InEnglish.class)
class CatalogueTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anAgentGivesCatalogueEntriesAndPointsGoWithTheComplaint(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-04-30T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
            f.catalogue.add(new OfferDraft("points-200", "200 loyalty points", CompensationKind.LOYALTY_POINTS, 200L, null));
            f.catalogue.add(new OfferDraft("voucher-20", "Voucher of 20.00", CompensationKind.VOUCHER, null, new BigDecimal("20.00")));
            f.catalogue.add(new OfferDraft("gift-mug", "A mug", CompensationKind.GIFT, null, null));
            assertEquals("Catalogue entry refund-0: the value must be an amount above 0 such as 20.00 (not \"\"); only a gift, other or extended warranty may go without one.",
                    assertThrows(ComplaintsException.class, () -> f.catalogue.add(new OfferDraft("refund-0", "Refund", CompensationKind.REFUND, null, null)))
                            .getMessage());
            assertEquals("There is already a catalogue entry gift-mug.", assertThrows(ComplaintsException.class,
                    () -> f.catalogue.add(new OfferDraft("gift-mug", "Another mug", CompensationKind.GIFT, null, null))).getMessage());
            assertThrows(ComplaintsException.class, () -> f.catalogue.add(new OfferDraft("p", "Points", CompensationKind.LOYALTY_POINTS, null, null)));
            f.users.as("ann");

            f.refuseCompensations.set(true);
            assertThrows(StoreException.class, () -> f.catalogue.compensate("K-1", "points-200", "sorry"));
            assertEquals(0, f.loyalty.account("C-1").balance(), "the points went with the failed commit");
            f.refuseCompensations.set(false);

            f.catalogue.compensate("K-1", "points-200", "sorry for the wait");
            Complaint complaint = f.catalogue.compensate("K-1", "voucher-20", null);
            assertEquals(200, f.loyalty.account("C-1").balance(), "the voucher is recorded, not posted");
            List<Compensation> given = complaint.getCompensations();
            assertEquals(List.of("points-200", "voucher-20"), given.stream().map(Compensation::getOfferCode).toList());
            assertEquals(200L, given.get(0).getPoints());
            assertEquals("200 loyalty points: sorry for the wait", given.get(0).getDescription());
            assertEquals(CompensationKind.VOUCHER, given.get(1).getKind());
            assertEquals(new BigDecimal("20.00"), given.get(1).getAmount());
            assertNull(given.get(1).getPoints());

            f.users.as("mo");
            f.catalogue.retire("gift-mug");
            assertEquals(List.of("points-200", "voucher-20"), f.catalogue.offers(false).stream().map(CompensationOffer::getCode).toList());
            assertEquals(3, f.catalogue.offers(true).size(), "a retired entry is kept");
            assertEquals("Catalogue entry gift-mug is retired: choose an active one.",
                    assertThrows(ComplaintsException.class, () -> f.catalogue.compensate("K-1", "gift-mug", null)).getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void theCommandsListAddRetireAndCompensate(DatabaseKind kind) throws Exception {
        try (ComplaintsFixture f = new ComplaintsFixture(kind, home)) {
            f.customer("C-1");
            f.complaints.open(new NewComplaint("K-1", "C-1", Instant.parse("2026-04-30T01:00:00Z"), "chat", null, Severity.GENERAL, "Late", null));
            ComplaintsCommand command = f.command();
            CliRun add = f.cli(command, "mo", "catalogue", "add", "points-100", "--name", "100 points", "--kind", "points", "--points", "100");
            assertEquals(0, add.code(), add.err());
            assertEquals("catalogue entry points-100 added: 100 points", add.out().strip());
            assertEquals(0, f.cli(command, "mo", "catalogue", "add", "refund-50", "--name", "Refund of 50", "--kind", "refund", "--amount", "50").code());
            CliRun bad = f.cli(command, "mo", "catalogue", "add", "x", "--name", "X", "--kind", "cash");
            assertEquals(2, bad.code(), bad.err());

            CliRun list = f.cli(command, "ann", "catalogue", "list", "--format", "json");
            JsonArray offers = JsonParser.parseString(list.out()).getAsJsonArray();
            assertEquals(2, offers.size());
            assertEquals("points-100", offers.get(0).getAsJsonObject().get("code").getAsString());
            assertEquals("loyalty-points", offers.get(0).getAsJsonObject().get("kind").getAsString());
            assertEquals("refund", offers.get(1).getAsJsonObject().get("kind").getAsString());

            CliRun given = f.cli(command, "ann", "compensate", "K-1", "points-100", "--note", "late delivery");
            assertEquals(0, given.code(), given.err());
            assertEquals("K-1: 100 points: late delivery given", given.out().strip());
            assertEquals(100, f.loyalty.account("C-1").balance());
            CliRun fixed = f.cli(command, "ann", "compensate", "K-1", "points-100", "--points", "500");
            assertEquals(2, fixed.code());
            CliRun outside = f.cli(command, "ann", "compensate", "K-1", "coupon", "--amount", "5");
            assertEquals(0, outside.code(), "a kind outside the catalogue still works: " + outside.err());

            assertEquals(0, f.cli(command, "mo", "catalogue", "retire", "refund-50").code());
            CliRun all = f.cli(command, "mo", "catalogue", "list", "--all", "--format", "csv");
            assertEquals("code,name,kind,points,amount,active\r\npoints-100,100 points,loyalty-points,100,,true\r\nrefund-50,Refund of 50,refund,,50.00,false\r\n",
                    all.out());
        }
    }
}
