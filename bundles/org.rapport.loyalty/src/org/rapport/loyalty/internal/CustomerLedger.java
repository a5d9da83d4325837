package org.rapport.loyalty.internal;

import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.rapport.customers.model.Customer;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.model.Consumption;
import org.rapport.loyalty.model.Debt;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.loyalty.model.LoyaltyFactory;
import org.rapport.loyalty.model.Membership;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.UnitOfWork;

/**
 * One customer's ledger inside one unit of work: the stored entries and debts, and those this
 * unit of work added, with what is left of each earning entry and each debt. Postings go through
 * here, so the rules that keep the ledger whole live in one place: spending takes the oldest
 * points first and never more than the balance, every spent point is linked to the entry it came
 * from, and any points coming in repay debts first.
 */
final class CustomerLedger {

    private static final LoyaltyFactory F = LoyaltyFactory.eINSTANCE;

    /** Ledger order: when earned or spent, then when written (stored ones by identity, new ones after them as added). */
    private final Comparator<LedgerEntry> oldestFirst;

    final Customer customer;
    /** Whether the customer is a member (then a new earning makes no membership); null until known. */
    Boolean member;
    /** The customer's membership, when known (read with the ledger, or made by this unit of work). */
    Membership membership;
    /** Whether this unit of work made the membership. */
    boolean joined;
    /** The customer's referral, if any, once {@link #referralKnown}. */
    org.rapport.loyalty.model.Referral referral;
    boolean referralKnown;
    /**
     * A ledger for earning only, of a customer who owes no points: it holds this unit of work's new
     * entries, not the stored ones, which earning needs none of (the references that earned before
     * are given). Anything else first {@link #completed() completes} it.
     */
    private final boolean partial;
    private final Set<String> earnedBefore;
    /** Weak: the ledger service keeps ledgers by unit of work in a weak map, which a strong reference back would never let go. */
    private final WeakReference<UnitOfWork> work;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final Map<LedgerEntry, Long> open = new IdentityHashMap<>();
    private final Map<LedgerEntry, Integer> order = new IdentityHashMap<>();
    private final List<Debt> debts = new ArrayList<>();
    /** The highest spend number of the customer's entries: each new spending entry takes the next (see LedgerEntry.spendSequence). */
    private long lastSpend;
    private final Map<Debt, Long> outstanding = new IdentityHashMap<>();

    /** Who writes, when: filled in on every new entry and debt. */
    record Writer(String login, Instant now) {
    }

    private CustomerLedger(UnitOfWork work, Customer customer, boolean partial, Set<String> earnedBefore) {
        this.work = new WeakReference<>(work);
        this.customer = customer;
        this.partial = partial;
        this.earnedBefore = earnedBefore;
        this.oldestFirst = Comparator.comparing(LedgerEntry::getAt).thenComparing(order::get);
    }

    /** The customer's stored ledger, read in this unit of work. */
    static CustomerLedger read(UnitOfWork work, Customer customer) {
        CustomerLedger ledger = new CustomerLedger(work, customer, false, Set.of());
        if (id(customer) == 0) {
            return ledger; // new in this unit of work: nothing stored
        }
        List<LedgerEntry> stored = work.query("SELECT e FROM LedgerEntry e WHERE e.customer = ?1 ORDER BY e.at, e.persistentId", customer);
        for (LedgerEntry entry : stored) {
            ledger.remember(entry);
        }
        // consumption after every entry is known: a spending entry may be older than what it consumed (a late import)
        for (LedgerEntry entry : stored) {
            ledger.consumed(entry);
        }
        List<Debt> storedDebts = work.query("SELECT d FROM Debt d WHERE d.customer = ?1 ORDER BY d.at, d.persistentId", customer);
        storedDebts.forEach(debt -> {
            ledger.debts.add(debt);
            ledger.outstanding.put(debt, debt.getPoints());
        });
        for (LedgerEntry entry : stored) {
            if (entry.getDebt() != null) {
                ledger.outstanding.merge(ledger.same(entry.getDebt()), entry.getPoints(), Long::sum);
            }
        }
        return ledger;
    }

    /**
     * A ledger to earn in for a customer known to owe nothing, without reading the stored entries
     * (an import earns for thousands of customers per batch).
     *
     * @param earnedBefore the purchase references among those about to earn that earned before
     */
    static CustomerLedger forEarning(UnitOfWork work, Customer customer, Set<String> earnedBefore) {
        return new CustomerLedger(work, customer, true, Set.copyOf(earnedBefore));
    }

    /** This ledger with every stored entry and debt: itself unless it was made {@link #forEarning}. */
    CustomerLedger completed() {
        if (!partial) {
            return this;
        }
        CustomerLedger full = read(work.get(), customer);
        for (LedgerEntry entry : entries) {
            full.remember(entry);
            full.consumed(entry);
        }
        full.member = member;
        full.membership = membership;
        full.joined = joined;
        full.referral = referral;
        full.referralKnown = referralKnown;
        return full;
    }

    /** Whether this purchase record earned already (in the store or in this unit of work). */
    boolean earned(String purchaseRef) {
        return earnedBefore.contains(purchaseRef)
                || entries.stream().anyMatch(e -> e.getPoints() > 0 && purchaseRef.equals(e.getSourceRef()) && e.getRelatedRef() == null);
    }

    private void complete() {
        if (partial) {
            throw new IllegalStateException("a ledger made for earning only cannot spend: complete it first");
        }
    }

    private void remember(LedgerEntry entry) {
        if (entry.getSpendSequence() != null) {
            lastSpend = Math.max(lastSpend, entry.getSpendSequence());
        }
        order.put(entry, order.size());
        entries.add(entry);
        if (entry.getPoints() > 0) {
            open.put(entry, entry.getPoints());
        }
    }

    private void consumed(LedgerEntry spending) {
        for (Consumption consumption : spending.getConsumed()) {
            open.merge(same(consumption.getEarning()), -consumption.getPoints(), Long::sum);
        }
    }

    /** This ledger's own object for an entry reached through a reference (the unit of work gives the same one; this makes sure). */
    private LedgerEntry same(LedgerEntry entry) {
        if (open.containsKey(entry) || id(entry) == 0) {
            return entry;
        }
        return entries.stream().filter(e -> id(e) == id(entry)).findFirst().orElse(entry);
    }

    private Debt same(Debt debt) {
        if (outstanding.containsKey(debt) || id(debt) == 0) {
            return debt;
        }
        return debts.stream().filter(d -> id(d) == id(debt)).findFirst().orElse(debt);
    }

    /** The stored identity of a ledger object, 0 until its first commit. */
    static long id(EObject object) {
        return ((PersistentObject) object).persistentId();
    }

    long balance() {
        return entries.stream().mapToLong(LedgerEntry::getPoints).sum();
    }

    long debt() {
        return outstanding.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Entries in ledger order. */
    List<LedgerEntry> entries() {
        return entries.stream().sorted(oldestFirst).toList();
    }

    List<Debt> debts() {
        return List.copyOf(debts);
    }

    long open(LedgerEntry earning) {
        return open.getOrDefault(same(earning), 0L);
    }

    long outstanding(Debt debt) {
        return outstanding.getOrDefault(same(debt), 0L);
    }

    /** A new entry of this ledger, not yet linked or stored. */
    LedgerEntry entry(EntryKind kind, long points, Instant at, String rule, Writer writer) {
        LedgerEntry entry = F.createLedgerEntry();
        entry.setCustomer(customer);
        entry.setKind(kind);
        entry.setPoints(points);
        entry.setAt(at);
        entry.setRecordedAt(writer.now());
        entry.setRuleId(rule);
        entry.setRecordedBy(writer.login());
        return entry;
    }

    /**
     * Stores a new earning entry (its points, expiry and references already set), then repays the
     * customer's debts from the balance, oldest debt first. Returns the entries written.
     */
    List<LedgerEntry> earn(LedgerEntry earning, Writer writer) {
        add(earning);
        List<LedgerEntry> written = new ArrayList<>(List.of(earning));
        for (Debt debt : debts) {
            long repay = Math.min(outstanding(debt), balance());
            if (repay > 0) {
                LedgerEntry repayment = entry(EntryKind.REVERSAL, -repay, earning.getAt(), Rules.DEBT_REPAYMENT, writer);
                repayment.setDebt(debt);
                repayment.setSourceRef(debt.getSourceRef());
                repayment.setReason(NLS.bind(Messages.reason_debt_repayment, debt.getSourceRef()));
                spendOldestFirst(repayment, repay, List.of());
                outstanding.merge(debt, -repay, Long::sum);
                written.add(repayment);
            }
        }
        return written;
    }

    /**
     * Stores a spending entry of {@code points} (positive), taking first from {@code preferred}
     * (still open, in that order), then from every open earning entry oldest first. Refused when the
     * balance is smaller.
     */
    LedgerEntry spend(LedgerEntry spending, long points, List<LedgerEntry> preferred) {
        complete();
        if (points > balance()) {
            throw new LoyaltyException(NLS.bind(Messages.not_enough_points, new Object[] { customer.getReference(), points, balance() }));
        }
        spendOldestFirst(spending, points, preferred);
        return spending;
    }

    private void spendOldestFirst(LedgerEntry spending, long points, List<LedgerEntry> preferred) {
        long left = points;
        List<LedgerEntry> sources = new ArrayList<>(preferred);
        open.keySet().stream().filter(e -> !preferred.contains(e)).sorted(oldestFirst).forEach(sources::add);
        for (LedgerEntry earning : sources) {
            long take = Math.min(left, open(earning));
            if (take > 0) {
                Consumption consumption = F.createConsumption();
                consumption.setEarning(earning);
                consumption.setPoints(take);
                spending.getConsumed().add(consumption);
                left -= take;
            }
            if (left == 0) {
                break;
            }
        }
        add(spending);
        consumed(spending);
    }

    /** Spends what is left of every earning entry expired on {@code asOf}, oldest first; null when nothing is left. */
    LedgerEntry expire(LedgerEntry expiry, LocalDate asOf) {
        complete();
        List<LedgerEntry> expired = open.keySet().stream()
                .filter(e -> open(e) > 0 && e.getExpiresOn() != null && !e.getExpiresOn().isAfter(asOf)).sorted(oldestFirst).toList();
        long points = expired.stream().mapToLong(this::open).sum();
        if (points == 0) {
            return null;
        }
        expiry.setPoints(-points);
        for (LedgerEntry earning : expired) {
            Consumption consumption = F.createConsumption();
            consumption.setEarning(earning);
            consumption.setPoints(open(earning));
            expiry.getConsumed().add(consumption);
        }
        add(expiry);
        consumed(expiry);
        return expiry;
    }

    Debt owe(long points, Instant at, String returnRef, String purchaseRef, BigDecimal amount, String reason, Writer writer) {
        complete();
        Debt debt = F.createDebt();
        debt.setCustomer(customer);
        debt.setPoints(points);
        debt.setAt(at);
        debt.setRecordedAt(writer.now());
        debt.setSourceRef(returnRef);
        debt.setRelatedRef(purchaseRef);
        debt.setAmount(amount);
        debt.setRecordedBy(writer.login());
        debt.setReason(reason);
        work.get().add(debt);
        debts.add(debt);
        outstanding.put(debt, points);
        return debt;
    }

    private void add(LedgerEntry entry) {
        if (entry.getPoints() < 0) {
            // numbered from what this ledger read: another desktop spending meanwhile took the same number, and the database refuses the second
            entry.setSpendSequence(++lastSpend);
        }
        work.get().add(entry);
        remember(entry);
    }
}
