package org.rapport.loyalty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.model.Customer;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.LoyaltyAreaId;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.transfer.api.Findings;
import org.rapport.transfer.api.ImportContext;
import org.rapport.transfer.api.MappedRun;
import org.rapport.transfer.api.Row;
import org.rapport.transfer.api.RowMapper;

/**
 * The {@code loyalty-balances} import kind: the opening balances of a migration from another
 * system ({@code customer_ref,points[,date,reason]}), each an earning entry of the rule
 * {@value #RULE} dated at the row's day (today without one), expiring like any points earned that
 * day. A row is rejected for an unknown customer, points that are not a whole number above 0, or
 * an unreadable date; a customer with an opening balance already is a duplicate, so a second run
 * of the same file adds nothing.
 */
@Component(service = RowMapper.class)
public class BalanceRows implements RowMapper {

    public static final String ID = "loyalty-balances";
    static final String RULE = "opening-balance";
    private static final Pattern POINTS = Pattern.compile("[0-9]{1,12}");
    private static final int REASON_LENGTH = 1000;

    private final Loyalty loyalty;

    @Activate
    public BalanceRows(@Reference(name = "loyalty") Loyalty loyalty) {
        this.loyalty = loyalty;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.import_kind_balances;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("customer_ref", "points");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("date", "reason");
    }

    @Override
    public String area() {
        return LoyaltyAreaId.ID;
    }

    record Balance(String customerRef, long points, LocalDate day, String reason) {
    }

    @Override
    public MappedRun<Balance> start(ImportContext context) {
        return new MappedRun<>() {
            /** Customers given an opening balance by this run so far. */
            private final Set<String> given = new HashSet<>();

            @Override
            public Balance validate(Row row, Findings findings) {
                String reference = row.get("customer_ref").strip();
                boolean bad = false;
                if (reference.isEmpty() || reference.length() > 32) {
                    findings.reject(row.line(), "customer_ref", row.get("customer_ref"), Messages.import_reason_reference);
                    bad = true;
                }
                String points = row.get("points").strip();
                if (!POINTS.matcher(points).matches() || Long.parseLong(points) == 0) {
                    findings.reject(row.line(), "points", row.get("points"), Messages.import_reason_points);
                    bad = true;
                }
                LocalDate day = null;
                if (!row.get("date").isBlank()) {
                    try {
                        day = LocalDate.parse(row.get("date").strip());
                    } catch (DateTimeParseException e) {
                        findings.reject(row.line(), "date", row.get("date"), Messages.import_reason_date);
                        bad = true;
                    }
                }
                String reason = row.get("reason").strip();
                return bad ? null
                        : new Balance(reference, Long.parseLong(points), day, reason.isEmpty() ? null : reason.substring(0, Math.min(reason.length(), REASON_LENGTH)));
            }

            @Override
            public long store(UnitOfWork work, List<Validated<Balance>> values, Findings findings) {
                List<String> references = values.stream().map(v -> v.value().customerRef()).distinct().toList();
                Map<String, Customer> customers = new HashMap<>();
                for (Customer customer : Lookups.<Customer> lookUp(work, "SELECT c FROM Customer c WHERE c.reference IN ?1", references)) {
                    customers.put(customer.getReference(), customer);
                }
                Set<String> earlier = new HashSet<>(Lookups.<String> lookUp(work,
                        "SELECT e.customer.reference FROM LedgerEntry e WHERE e.ruleId = '" + RULE + "' AND e.customer.reference IN ?1", references));
                long stored = 0;
                for (Validated<Balance> value : values) {
                    Balance balance = value.value();
                    if (!customers.containsKey(balance.customerRef())) {
                        findings.reject(value.line(), "customer_ref", balance.customerRef(), Messages.import_reason_unknown_customer);
                    } else if (earlier.contains(balance.customerRef()) || !given.add(balance.customerRef())) {
                        findings.duplicate(value.line(), balance.customerRef(), balance.customerRef(), RULE);
                    } else {
                        ((LedgerService) loyalty).openingBalance(work, balance.customerRef(), balance.points(), balance.day(), balance.reason(),
                                context.importId());
                        stored++;
                    }
                }
                return stored;
            }
        };
    }
}
