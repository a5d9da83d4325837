package org.rapport.customers.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.transfer.api.Findings;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.ImportContext;
import org.rapport.transfer.api.ImportSwitch;
import org.rapport.transfer.api.MappedRun;
import org.rapport.transfer.api.Row;
import org.rapport.transfer.api.RowMapper;

/**
 * The {@code purchases} import kind. A row is rejected for what cannot be stored (a missing or
 * unreadable date or amount, a bad quantity or kind, an unknown customer unless the flag
 * {@value #CREATE_CUSTOMERS} is set); a negative amount or quantity is a return; a record of an
 * order stored already is skipped as a duplicate ({@link StoredOrders}). Each purchase names the
 * import that stored it.
 */
@Component(service = RowMapper.class)
public class PurchaseRows extends CustomersRowMapper {

    public static final String ID = "purchases";
    /** The flag that makes an unknown {@code customer_ref} create the customer instead of a reject. */
    public static final String CREATE_CUSTOMERS = "create-customers";
    /** The flag that makes the purchases earn no loyalty points: their balances come from the old system. */
    public static final String NO_POINTS = "no-points";

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^([0-9]{4}-[0-9]{2}-[0-9]{2}) +([0-9]{2}:[0-9]{2})");
    private static final Set<String> SALE_WORDS = Set.of("sale", "purchase", "order", "buy", "sold");
    private static final Set<String> RETURN_WORDS = Set.of("return", "refund", "cancellation", "cancelled", "canceled", "cancel", "credit");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000"); // DECIMAL(14,2)

    @Activate
    public PurchaseRows(@Reference(name = "clock") ClockService clock, @Reference(name = "channels") Channels channels) {
        super(ID, Messages.import_kind_purchases, CustomerImport.PURCHASE_COLUMNS, 3, CustomerImport.PURCHASE_EXTRA_COLUMNS, clock, channels);
    }

    /** Whether an unknown customer reference makes a customer: a person decides, per import. */
    @Override
    public List<ImportSwitch> switches() {
        return List.of(new ImportSwitch(CREATE_CUSTOMERS, Messages.import_create_customers), new ImportSwitch(NO_POINTS, Messages.import_no_points));
    }

    @Override
    public MappedRun<PurchaseRow> start(ImportContext context) {
        return new Run(context);
    }

    record PurchaseRow(String reference, Instant at, BigDecimal amount, int quantity, String product, String channel, PurchaseKind kind, String orderRef,
            String orderLine) {
    }

    private final class Run extends CustomersRun<PurchaseRow> {

        Run(ImportContext context) {
            super(context);
        }

        @Override
        public PurchaseRow validate(Row row, Findings batch) {
            RowFindings findings = new RowFindings(batch);
            long line = row.line();
            String reference = ImportValues.text(row, "customer_ref", 32, true, findings);
            String rawDate = row.get("date");
            Instant at = null;
            if (rawDate.isBlank()) {
                findings.reject(line, "date", rawDate, Messages.import_reason_required);
            } else {
                at = instant(rawDate.strip());
                if (at == null) {
                    findings.reject(line, "date", rawDate, Messages.import_reason_date_time);
                }
            }
            BigDecimal amount = amount(line, row.get("amount"), context.options().delimiterOrDefault(), findings);
            int quantity = 1;
            String rawQuantity = row.get("quantity");
            if (!rawQuantity.isBlank()) {
                String q = rawQuantity.strip();
                if (!INTEGER.matcher(q).matches() || q.length() > 9) {
                    findings.reject(line, "quantity", rawQuantity, Messages.import_reason_quantity);
                } else {
                    quantity = Integer.parseInt(q);
                }
            }
            String rawKind = row.get("kind");
            String kindWord = rawKind.strip().toLowerCase(Locale.ROOT);
            PurchaseKind kind = kindWord.isEmpty() ? null
                    : RETURN_WORDS.contains(kindWord) ? PurchaseKind.RETURN : SALE_WORDS.contains(kindWord) ? PurchaseKind.SALE : null;
            if (!kindWord.isEmpty() && kind == null) {
                findings.reject(line, "kind", rawKind, Messages.import_reason_kind);
            }
            String product = ImportValues.text(row, "product", 255, false, findings);
            String orderRef = ImportValues.text(row, "order_ref", 64, false, findings);
            String orderLine = ImportValues.text(row, "line", 32, false, findings);
            String channel = channelCodes.code(line, row.get("channel"), findings);
            if (findings.rejected()) {
                return null;
            }
            // a return is a record of its own whose amount counts against the spend (DOMAIN.md section 1)
            boolean negative = amount.signum() < 0 || quantity < 0;
            if (negative && kind == PurchaseKind.SALE) {
                findings.warn(line, "kind", rawKind, Messages.import_warning_sale_negative);
            }
            if (negative || kind == PurchaseKind.RETURN) {
                return new PurchaseRow(reference, at, amount.abs().negate(), Math.abs(quantity), product, channel, PurchaseKind.RETURN, orderRef, orderLine);
            }
            return new PurchaseRow(reference, at, amount, quantity, product, channel, PurchaseKind.SALE, orderRef, orderLine);
        }

        @Override
        public long store(UnitOfWork work, List<Validated<PurchaseRow>> values, Findings findings) {
            if (context.options().flag(NO_POINTS)) {
                work.skipReaction(CustomerImport.POINTS_REACTION);
            }
            List<PurchaseRow> rows = values.stream().map(Validated::value).toList();
            List<String> references = rows.stream().map(PurchaseRow::reference).distinct().toList();
            Map<String, Customer> customers = new HashMap<>();
            for (Customer customer : UnitOfWorkLookups.<Customer> lookUp(work, "SELECT c FROM Customer c WHERE c.reference IN ?1", references)) {
                customers.put(customer.getReference(), customer);
            }
            boolean byLine = context.columns().contains("line");
            StoredOrders stored = StoredOrders.of(work, context.importId(), byLine, rows.stream().map(PurchaseRow::orderRef).toList());
            Instant now = clock.now();
            long imported = 0;
            for (Validated<PurchaseRow> value : values) {
                long line = value.line();
                PurchaseRow row = value.value();
                Customer customer = customers.get(row.reference());
                if (customer == null) {
                    if (!context.options().flag(CREATE_CUSTOMERS)) {
                        findings.reject(line, "customer_ref", row.reference(), Messages.import_reason_unknown_customer);
                        continue;
                    }
                    customer = ImportValues.newCustomer(row.reference(), row.reference(), context.user().login(), now);
                    work.add(customer);
                    customers.put(row.reference(), customer);
                }
                if (row.orderRef() != null) {
                    StoredOrders.Key key = new StoredOrders.Key(row.reference(), row.orderRef(), row.kind(), byLine ? row.orderLine() : null);
                    if (stored.earlier().contains(key) || row.orderLine() != null && stored.thisRun().contains(key)) {
                        findings.duplicate(line, row.reference(), row.orderLine() == null ? row.orderRef() : row.orderRef() + "/" + row.orderLine(), "order");
                        findings.withdrawWarnings(line);
                        continue;
                    }
                    stored.thisRun().add(key);
                    StoredOrders.Key sale = StoredOrders.Key.sale(row.reference(), row.orderRef());
                    if (row.kind() == PurchaseKind.RETURN && !stored.sales().contains(sale)) {
                        findings.warn(line, "order_ref", row.orderRef(), NLS.bind(Messages.import_warning_return_unknown_order, row.orderRef()));
                    }
                    if (row.kind() == PurchaseKind.SALE) {
                        stored.sales().add(sale);
                    }
                }
                // appended without reading the customer's purchases: the best customers have thousands
                work.append(customer, CustomersPackage.Literals.CUSTOMER__PURCHASES, purchase(row, context.importId()));
                imported++;
            }
            return imported;
        }
    }

    private static Purchase purchase(PurchaseRow row, String importId) {
        Purchase purchase = CustomersFactory.eINSTANCE.createPurchase();
        purchase.setAt(row.at());
        purchase.setAmount(row.amount());
        purchase.setQuantity(row.quantity());
        purchase.setProduct(row.product());
        purchase.setChannel(row.channel());
        purchase.setKind(row.kind());
        purchase.setOrderRef(row.orderRef());
        purchase.setOrderLine(row.orderLine());
        purchase.setImportId(importId);
        return purchase;
    }

    /**
     * A required amount of money: any sign (0 is a gift, a sample, a full discount; less is a
     * return), at most 2 decimals; with {@code ;} or a tab between fields the decimal mark may be a
     * comma, and a value that could be digit grouping is refused, never guessed ({@link Delimiter#decimal}).
     */
    private static BigDecimal amount(long line, String raw, Delimiter delimiter, Findings findings) {
        String text = raw.strip();
        if (text.isEmpty()) {
            findings.reject(line, "amount", raw, Messages.import_reason_required);
            return null;
        }
        Delimiter.Decimal read = delimiter.decimal(text);
        if (read.problem() == Delimiter.DecimalProblem.AMBIGUOUS) {
            findings.reject(line, "amount", raw, Messages.import_reason_decimal_ambiguous);
        } else if (read.problem() != null) {
            findings.reject(line, "amount", raw, delimiter == Delimiter.COMMA ? Messages.import_reason_decimal : Messages.import_reason_decimal_comma);
        } else if (read.value().scale() > 2) {
            findings.reject(line, "amount", raw, Messages.import_reason_decimals);
        } else if (read.value().abs().compareTo(MAX_AMOUNT) >= 0) {
            findings.reject(line, "amount", raw, Messages.import_reason_too_large);
        } else {
            return read.value().setScale(2);
        }
        return null;
    }

    /**
     * An ISO date (the start of the day in the clock's zone), a date-time with an offset, or a local
     * date-time in the clock's zone; a space may stand for the {@code T}, as spreadsheets and SQL
     * dumps write it.
     */
    private Instant instant(String written) {
        String text = DATE_SPACE_TIME.matcher(written).replaceFirst("$1T$2");
        try {
            return LocalDate.parse(text).atStartOfDay(clock.zone()).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(text).atZone(clock.zone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
