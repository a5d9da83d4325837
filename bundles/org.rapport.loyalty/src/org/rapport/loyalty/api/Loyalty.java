package org.rapport.loyalty.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rapport.loyalty.model.Debt;
import org.rapport.loyalty.model.EntryKind;
import org.rapport.loyalty.model.LedgerEntry;
import org.rapport.persistence.api.UnitOfWork;

/**
 * The points ledger (DOMAIN.md section 3), a DS service. Every posting appends entries, never
 * changes one; the balance is the sum of a customer's entries and never negative; every spending
 * entry names the earning entries it consumed, oldest first.
 * <p>
 * The methods that take a {@link UnitOfWork} write into it without committing, so a reaction
 * (a purchase that earns, a complaint that compensates) is stored in the caller's transaction or
 * not at all. Several postings for one customer may go into one unit of work: each sees the ones
 * before it. The methods without one commit a unit of work of their own. The signed-in user's
 * access rules apply to everything read and written; who posted is the signed-in user's login, or
 * {@link #SYSTEM} when nobody is signed in.
 */
public interface Loyalty {

    /** Who posted an entry when nobody was signed in (a scheduled job). */
    String SYSTEM = "system";

    /**
     * Earns the points of a purchase record: one entry per {@link EarningRule} that awards any, then
     * repays the customer's debts from them. A purchase that earned before (a re-import) earns
     * nothing more. A negative amount is refused: a return is {@link #reverse}.
     */
    Posting earn(UnitOfWork work, PurchaseEvent purchase);

    /**
     * Takes back the points a purchase earned, for a return of all or part of it (in proportion to
     * the amount returned, rounded down, all of it once the whole amount came back): first the
     * purchase's own points still unspent, then the balance, oldest first; what the balance cannot
     * cover becomes a {@link Debt} that later earnings repay first. Points of the purchase that
     * expired are not taken again. A return reversed before writes nothing.
     */
    Posting reverse(UnitOfWork work, ReturnEvent purchaseReturn);

    /**
     * A manual correction with its reason: positive points earn (and repay debts first), negative
     * points spend, oldest first, and are refused beyond the balance. Needs the update permission
     * on the loyalty area.
     */
    Posting adjust(UnitOfWork work, String customerRef, long points, String reason);

    /** Points given for a complaint (the complaint's reference), with the reason. */
    Posting compensate(UnitOfWork work, String customerRef, long points, String complaintRef, String reason);

    /** Spends points for a reward, oldest first; refused beyond the balance. */
    Posting redeem(UnitOfWork work, String customerRef, long points, String rewardRef, String reason);

    /** {@link #earn(UnitOfWork, PurchaseEvent)} in a unit of work of its own. */
    Posting earn(PurchaseEvent purchase);

    /** {@link #reverse(UnitOfWork, ReturnEvent)} in a unit of work of its own. */
    Posting reverse(ReturnEvent purchaseReturn);

    /** {@link #adjust(UnitOfWork, String, long, String)} in a unit of work of its own. */
    Posting adjust(String customerRef, long points, String reason);

    /**
     * Expires what is left of every earning entry whose expiry day is on or before {@code asOf}:
     * one expiry entry per customer, consuming the expired entries oldest first, each customer in a
     * unit of work of its own. Idempotent: a second run for the same day finds nothing to expire.
     */
    ExpiryRun expire(LocalDate asOf);

    /** A customer's balance, debt, tier and every entry that makes them up, in ledger order. */
    Account account(String customerRef);

    /** A member's current tier, empty for a customer who is not a member (one small query; no ledger is read). */
    Optional<String> tier(String customerRef);

    /**
     * Records that {@code referrerRef} brought {@code referredRef}: both earn, by the {@code referral}
     * rule, with the referred customer's first purchase. Refused for oneself, for a customer referred
     * before and for a customer who has bought before (only a new customer is referred).
     */
    Referral refer(String referrerRef, String referredRef);

    /**
     * A review of one of the customer's purchases (by its ledger reference, as {@code loyalty balance}
     * shows it), rewarded by the rules that reward reviews ({@code review}: the programme's review
     * points), once per purchase: a second review of the same purchase is refused. Writes into the
     * caller's unit of work.
     */
    Posting review(UnitOfWork work, String customerRef, String purchaseRef);

    /** {@link #review(UnitOfWork, String, String)} in a unit of work of its own. */
    Posting review(String customerRef, String purchaseRef);

    /**
     * A purchase record to earn points for.
     *
     * @param customerRef the customer's reference
     * @param purchaseRef what identifies the record for good (order reference and line), at most 64 characters
     * @param at when it was bought
     * @param amount what was paid for it, 0 or more
     * @param channel its channel as recorded, or null
     */
    record PurchaseEvent(String customerRef, String purchaseRef, Instant at, BigDecimal amount, String channel) {

        /** A purchase of no known channel. */
        public PurchaseEvent(String customerRef, String purchaseRef, Instant at, BigDecimal amount) {
            this(customerRef, purchaseRef, at, amount, null);
        }
    }

    /** A referral as recorded: who referred whom, when, by whom. */
    record Referral(String referrerRef, String referredRef, Instant at, String recordedBy) {
    }

    /**
     * A return of (part of) a purchase record.
     *
     * @param customerRef the customer's reference
     * @param returnRef what identifies the return, at most 64 characters
     * @param purchaseRef the purchase record it returns
     * @param at when it was returned
     * @param amount the amount returned (its sign is ignored)
     */
    record ReturnEvent(String customerRef, String returnRef, String purchaseRef, Instant at, BigDecimal amount) {
    }

    /** What a posting wrote: its entries (none when there was nothing to write) and the debt it left, if any. */
    record Posting(List<LedgerEntry> entries, Optional<Debt> debt) {

        public static final Posting NOTHING = new Posting(List.of(), Optional.empty());

        public long points() {
            return entries.stream().mapToLong(LedgerEntry::getPoints).sum();
        }
    }

    /** What an expiry run did: customers touched and points expired. */
    record ExpiryRun(LocalDate asOf, int customers, long points) {
    }

    /**
     * A customer's account as the ledger explains it.
     *
     * @param customerRef the customer
     * @param balance the sum of the entries
     * @param debt points owed, not yet repaid
     * @param tier the member's tier, empty when not a member yet
     * @param lines every entry in ledger order (when earned or spent, then when written)
     * @param debts every debt, oldest first
     */
    record Account(String customerRef, long balance, long debt, Optional<String> tier, List<Line> lines, List<DebtLine> debts) {
    }

    /**
     * One entry and what it means now.
     *
     * @param id the entry's identity
     * @param open for an earning entry, its points not yet spent or expired; 0 for a spending entry
     * @param amount the amount behind it (a purchase's, or the amount returned), or null
     * @param consumed for a spending entry, the earning entries it took from, oldest first
     */
    record Line(long id, Instant at, EntryKind kind, long points, long open, String rule, String sourceRef, String relatedRef, BigDecimal amount,
            LocalDate expiresOn, String recordedBy, String reason, List<Taken> consumed) {
    }

    /** Points a spending entry took from one earning entry. */
    record Taken(long earningId, long points) {
    }

    /** A debt: what it was and what is still owed. */
    record DebtLine(long id, Instant at, long points, long outstanding, String sourceRef, String relatedRef) {
    }
}
