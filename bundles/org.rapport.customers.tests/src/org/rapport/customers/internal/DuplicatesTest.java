package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerDuplicates;
import org.rapport.customers.api.CustomerDuplicates.Match;
import org.rapport.customers.api.CustomerDuplicates.Merged;
import org.rapport.customers.api.CustomerDuplicates.Reason;
import org.rapport.customers.api.Channels;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.Direction;
import org.rapport.customers.model.InteractionType;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;

/**
 * Duplicate detection and merging on the three databases: the same e-mail or phone after
 * normalisation, or a close name with the same birthday, are found, and a merge keeps every
 * purchase, interaction and contact of both.
 */
class DuplicatesTest {

    private static final LocalDate BIRTHDAY = LocalDate.of(1988, 2, 29);

    @TempDir
    Path home;

    private static Customer customer(String reference, String name, LocalDate birthday, String email, String phone, int purchases) {
        Customer customer = CustomerFixture.F.createCustomer();
        customer.setReference(reference);
        customer.setName(name);
        customer.setBirthday(birthday);
        if (email != null) {
            customer.getEmails().add(CustomerFixture.email(email, "private", true));
        }
        if (phone != null) {
            customer.getPhones().add(CustomerFixture.phone(phone, "mobile", true));
        }
        for (int i = 0; i < purchases; i++) {
            customer.getPurchases().add(CustomerFixture.purchase("2026-01-0" + (i + 1) + "T10:00:00Z", "1" + i + ".50", 1, "Tea " + reference, Channels.STORE, null));
        }
        customer.getInteractions().add(CustomerFixture.interaction("2026-02-01T09:00:00Z", Channels.HOTLINE, InteractionType.CALL, Direction.INBOUND,
                "Call with " + reference, "ada.agent"));
        return customer;
    }

    private static long id(Object object) {
        return ((PersistentObject) object).persistentId();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void findsDuplicatesByContactDataOrNameAndBirthdayAndMergesWithoutLoss(DatabaseKind kind) throws Exception {
        try (CustomerFixture fixture = new CustomerFixture(kind, home)) {
            long a;
            long c;
            List<Long> moved;
            try (UnitOfWork work = fixture.store.begin()) {
                Customer first = customer("A", "Li Na", BIRTHDAY, "li.na@example.com", "+86 138 0013 8000", 2);
                first.getTags().add("vip");
                Customer sameEmail = customer("C", "Nina Li", null, " LI.NA@Example.com ", "+86 139 0000 0001", 3);
                sameEmail.setOccupation("Architect");
                sameEmail.getTags().addAll(List.of("vip", "eco-minded"));
                work.add(first);
                work.add(customer("B", "Li  Na.", BIRTHDAY, "other@example.com", null, 0));
                work.add(sameEmail);
                work.add(customer("D", "Wang Fang", null, null, "+8613800138000", 1));
                work.add(customer("E", "Li Na", LocalDate.of(1990, 1, 1), "e@example.com", null, 0)); // same name, other birthday: someone else
                work.add(customer("F", "Lu Meng", BIRTHDAY, null, null, 0)); // same birthday, a name four letters off
                work.commit();
                a = id(first);
                c = id(sameEmail);
                moved = Stream.concat(sameEmail.getPurchases().stream(), sameEmail.getInteractions().stream()).map(DuplicatesTest::id).toList();
            }
            CustomerDuplicates duplicates = new DuplicatesService(fixture.store);
            Set<String> found = duplicates.candidates(a).stream().map(m -> m.reference() + ":" + m.reason()).collect(Collectors.toSet());
            assertEquals(Set.of("C:" + Reason.EMAIL, "D:" + Reason.PHONE, "B:" + Reason.NAME_AND_BIRTHDAY), found);
            assertTrue(duplicates.candidates(c).stream().map(Match::reference).toList().contains("A"), "the match is found from either side");
            // a customer being entered, before it is stored: the same checks, nobody left out as "itself"
            Customer entered = customer("NEW", "Li Na", BIRTHDAY, "li.na@example.com", null, 0);
            Set<String> forEntered = duplicates.candidates(entered).stream().map(m -> m.reference() + ":" + m.reason()).collect(Collectors.toSet());
            assertEquals(Set.of("A:" + Reason.EMAIL, "C:" + Reason.EMAIL, "B:" + Reason.NAME_AND_BIRTHDAY), forEntered);
            assertEquals(List.of(), duplicates.candidates(customer("NEW2", "Zhou Min", null, "zhou@example.com", "+86 139 1234 5678", 0)));

            BigDecimal revenueBefore = revenue(fixture);
            Merged merged = duplicates.merge(a, c);
            assertEquals(new Merged("A", "C", 3, 1, 1, 0), merged);
            try (UnitOfWork work = fixture.store.begin()) {
                Customer survivor = work.<Customer>find(CustomerFixture.F.getCustomersPackage().getCustomer(), a).orElseThrow();
                assertEquals(5, survivor.getPurchases().size());
                assertEquals(2, survivor.getInteractions().size());
                assertEquals(1, survivor.getEmails().size(), "the same address once");
                assertEquals(2, survivor.getPhones().size());
                assertEquals(List.of("vip", "eco-minded"), survivor.getTags());
                assertEquals("Architect", survivor.getOccupation(), "an empty field takes the duplicate's value");
                assertEquals("Li Na", survivor.getName(), "a filled field keeps the survivor's");
                assertTrue(work.find(CustomerFixture.F.getCustomersPackage().getCustomer(), c).isEmpty(), "the duplicate is gone");
                assertEquals(List.of(6L), work.query("SELECT COUNT(p) FROM Purchase p"), "no purchase lost: A 2, C 3, D 1");
                List<Long> kept = Stream.concat(survivor.getPurchases().stream(), survivor.getInteractions().stream())
                        .map(DuplicatesTest::id).toList();
                assertTrue(kept.containsAll(moved), () -> "the duplicate's purchases and interactions keep their identity: " + moved + " in " + kept);
            }
            assertEquals(0, revenueBefore.compareTo(revenue(fixture)), "the revenue is unchanged");
            assertThrows(IllegalArgumentException.class, () -> duplicates.merge(a, a));
            assertThrows(IllegalArgumentException.class, () -> duplicates.merge(a, c), "the duplicate no longer exists");
        }
    }

    private static BigDecimal revenue(CustomerFixture fixture) {
        try (UnitOfWork work = fixture.store.begin()) {
            List<BigDecimal> sum = work.query("SELECT SUM(p.amount) FROM Purchase p");
            return sum.get(0);
        }
    }

    @org.junit.jupiter.api.Test
    void namesAreCloseByLettersNotBySpacesOrCase() {
        assertEquals("lina", DuplicatesService.simplified("Li  Na."));
        assertEquals("muller", DuplicatesService.simplified("Müller"));
        assertEquals(0, DuplicatesService.distance("lina", "lina"));
        assertEquals(1, DuplicatesService.distance("lina", "luna"));
        assertEquals(2, DuplicatesService.distance("lina", "lunan"));
        assertEquals(4, DuplicatesService.distance("lina", "lumeng"));
    }
}
