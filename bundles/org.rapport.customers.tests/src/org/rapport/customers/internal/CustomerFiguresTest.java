package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.customers.api.CustomerFigures;
import org.rapport.customers.api.CustomerFigures.Revenue;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.FieldAccess;
import org.rapport.security.model.Scope;

/**
 * A customer's revenue and last purchase as the profile header shows them, computed by the
 * database, against a computation in plain Java over the same generated records: returns
 * included, records on both sides of the 12-month boundary and one after now; and refused to a
 * user who may not read purchase amounts.
 */
class CustomerFiguresTest {

    private static final CustomersFactory F = CustomersFactory.eINSTANCE;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void revenueAndLastPurchaseAreTheDatabasesSumsOfTheRightRecords(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = ImportFixture.enforced(kind, home)) {
            List<Purchase> generated = generate(new Random(42));
            long id = store(fixture, "F-1", generated);
            store(fixture, "F-2", generate(new Random(7))); // another customer's records count for nobody else
            CustomerFigures figures = new CustomerFiguresService(fixture.store, ImportFixture.CLOCK);

            Instant now = ImportFixture.NOW;
            Instant since = ZonedDateTime.ofInstant(now, SHANGHAI).minusMonths(12).toInstant();
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal recent = BigDecimal.ZERO;
            Instant lastSale = null;
            for (Purchase purchase : generated) {
                total = total.add(purchase.getAmount());
                if (!purchase.getAt().isBefore(since) && !purchase.getAt().isAfter(now)) {
                    recent = recent.add(purchase.getAmount());
                }
                if (purchase.getKind() == PurchaseKind.SALE && (lastSale == null || purchase.getAt().isAfter(lastSale))) {
                    lastSale = purchase.getAt();
                }
            }
            assertEquals(new Revenue(recent.setScale(2), total.setScale(2)), figures.revenue(id));
            assertEquals(Optional.of(lastSale.atZone(SHANGHAI).toLocalDate()), figures.lastPurchase(id));

            long empty = store(fixture, "F-3", List.of());
            assertEquals(new Revenue(new BigDecimal("0.00"), new BigDecimal("0.00")), figures.revenue(empty), "no records: zero, not nothing");
            assertEquals(Optional.empty(), figures.lastPurchase(empty));

            // a role whose field rule hides purchase amounts: the sum is refused, not shown as zero
            String amount = SessionUser.featureKey(CustomersPackage.Literals.PURCHASE__AMOUNT);
            fixture.users.add(new SessionUser("hideamount", "Hide Amount", Set.of("clerk"), List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.ALL)),
                    Map.of(amount, FieldAccess.HIDDEN)));
            fixture.users.as("hideamount");
            assertThrows(AccessDeniedException.class, () -> figures.revenue(id));
            assertEquals(Optional.of(lastSale.atZone(SHANGHAI).toLocalDate()), figures.lastPurchase(id), "the day of a purchase is not its amount");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "DERBY_EMBEDDED")
    void theTwelveMonthsStartAtTheSameMomentAYearBefore(DatabaseKind kind) throws Exception {
        try (ImportFixture fixture = ImportFixture.enforced(kind, home)) {
            Instant since = ZonedDateTime.ofInstant(ImportFixture.NOW, SHANGHAI).minusMonths(12).toInstant();
            long id = store(fixture, "B-1", List.of(purchase(since, "100.00", PurchaseKind.SALE), purchase(since.minusSeconds(1), "20.00", PurchaseKind.SALE),
                    purchase(ImportFixture.NOW, "3.00", PurchaseKind.SALE), purchase(ImportFixture.NOW.plusSeconds(1), "0.40", PurchaseKind.SALE),
                    purchase(since.plusSeconds(60), "-50.00", PurchaseKind.RETURN)));
            CustomerFigures figures = new CustomerFiguresService(fixture.store, ImportFixture.CLOCK);
            assertEquals(new Revenue(new BigDecimal("53.00"), new BigDecimal("73.40")), figures.revenue(id),
                    "from the boundary itself to now; the second before and the second after are in the total only");
            assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), figures.lastPurchase(id));
        }
    }

    /**
     * Records over 30 months before now and a few after it: sales of 0 to 2,000 (gifts of 0
     * among them), and returns that reverse part of a sale some days later.
     */
    private static List<Purchase> generate(Random random) {
        List<Purchase> purchases = new ArrayList<>();
        Instant start = ImportFixture.NOW.minusSeconds(30L * 31 * 24 * 3600);
        for (int i = 0; i < 120; i++) {
            Instant at = start.plusSeconds(random.nextLong(31L * 31 * 24 * 3600));
            BigDecimal amount = random.nextInt(10) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(200000), 2);
            purchases.add(purchase(at, amount.toPlainString(), PurchaseKind.SALE));
            if (random.nextInt(5) == 0) {
                BigDecimal back = amount.multiply(BigDecimal.valueOf(random.nextInt(100) + 1)).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
                purchases.add(purchase(at.plusSeconds(random.nextInt(20) * 24L * 3600), back.negate().toPlainString(), PurchaseKind.RETURN));
            }
        }
        return purchases;
    }

    private static Purchase purchase(Instant at, String amount, PurchaseKind kind) {
        Purchase purchase = F.createPurchase();
        purchase.setAt(at);
        purchase.setAmount(new BigDecimal(amount));
        purchase.setQuantity(1);
        purchase.setProduct("Tea");
        purchase.setKind(kind);
        return purchase;
    }

    /** Stores a customer with copies of the records, as the manager; returns its identity. */
    private static long store(ImportFixture fixture, String reference, List<Purchase> purchases) {
        fixture.users.as("mo");
        try (UnitOfWork work = fixture.store.begin()) {
            Customer customer = F.createCustomer();
            customer.setReference(reference);
            customer.setName("Figures " + reference);
            purchases.forEach(p -> customer.getPurchases().add(org.eclipse.emf.ecore.util.EcoreUtil.copy(p)));
            work.add(customer);
            work.commit();
            return ((PersistentObject) customer).persistentId();
        }
    }
}
