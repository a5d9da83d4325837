package org.rapport.customers.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.CustomerFigures;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** {@link CustomerFigures} as aggregate queries through the store, so that the user's access rules apply to them. */
@Component(service = CustomerFigures.class)
public class CustomerFiguresService implements CustomerFigures {

    private static final String OF_CUSTOMER = " FROM Customer c JOIN c.purchases p WHERE c.persistentId = ?1";

    @Reference
    private Store store;
    @Reference
    private ClockService clock;

    /** For DS. */
    public CustomerFiguresService() {
    }

    /** For tests. */
    public CustomerFiguresService(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public BigDecimal recentRevenue(long customerId) {
        Instant now = clock.now();
        Instant since = now.atZone(clock.zone()).minusMonths(RECENT_MONTHS).toInstant();
        try (UnitOfWork work = store.begin()) {
            return money(work.query("SELECT SUM(p.amount)" + OF_CUSTOMER + " AND p.at >= ?2 AND p.at <= ?3", customerId, since, now).get(0));
        }
    }

    @Override
    public BigDecimal totalRevenue(long customerId) {
        try (UnitOfWork work = store.begin()) {
            return money(work.query("SELECT SUM(p.amount)" + OF_CUSTOMER, customerId).get(0));
        }
    }

    @Override
    public Optional<LocalDate> lastPurchase(long customerId) {
        try (UnitOfWork work = store.begin()) {
            Object last = work.query("SELECT MAX(p.at)" + OF_CUSTOMER + " AND p.kind = ?2", customerId, PurchaseKind.SALE).get(0);
            if (last == null) {
                return Optional.empty();
            }
            Instant at = last instanceof Instant instant ? instant : ((java.util.Date) last).toInstant();
            return Optional.of(at.atZone(clock.zone()).toLocalDate());
        }
    }

    /** A sum as an amount with two decimals; no records sum to nothing, which is zero. */
    private static BigDecimal money(Object sum) {
        return sum == null ? new BigDecimal("0.00") : ((BigDecimal) sum).setScale(2);
    }
}
