package org.rapport.loyalty.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.rapport.loyalty.model.EntryKind;

/**
 * A way to earn points for a purchase, as a DS service: the ledger asks every registered rule, in
 * the order of their {@code service.ranking} (highest first), and writes one entry per award, named
 * by the rule's {@link #id()}, so every point of a balance says which rule gave it. Rapport ships
 * {@code base} (the programme's points per whole currency unit) and {@code birthday-double} (as
 * much again in the customer's birthday month); register your own to add a promotion.
 * <pre>
 * &#64;Component(service = EarningRule.class)
 * public class WeekendPromotion implements EarningRule {
 *     public String id() { return "weekend-2027"; }
 *     public EntryKind kind() { return EntryKind.PROMOTION; }
 *     public Optional&lt;Award&gt; award(PurchaseFacts purchase) {
 *         DayOfWeek day = purchase.day().getDayOfWeek();
 *         return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY
 *                 ? Optional.of(new Award(purchase.basePoints() / 2, "weekend promotion: half as much again"))
 *                 : Optional.empty();
 *     }
 * }
 * </pre>
 * A rule must be a pure function of the facts: the same purchase always gets the same award, and a
 * rule reads no clock of its own. An award of zero points or less writes nothing.
 * <p>
 * Besides purchases, a rule may reward a review of a purchase ({@link #award(ReviewFacts)}), and
 * may give points to another customer than the buyer ({@link Award#customerRef()}: the shipped
 * {@code referral} rule rewards the referrer too). Ledger views name a rule by its
 * {@link #label(Locale)}.
 */
public interface EarningRule {

    /** Stored in every entry the rule makes: lower case, stable, at most 64 characters. */
    String id();

    /** The kind of the entries it makes: an earning kind ({@code ACCRUAL}, {@code BIRTHDAY_BONUS}, {@code PROMOTION}...). */
    EntryKind kind();

    /** What this purchase earns under the rule, or empty. */
    Optional<Award> award(PurchaseFacts purchase);

    /**
     * Every award of this purchase under the rule: {@link #award(PurchaseFacts)} unless the rule
     * gives more than one (to the buyer and to someone else).
     */
    default List<Award> awards(PurchaseFacts purchase) {
        return award(purchase).stream().toList();
    }

    /** What a review of a purchase earns under the rule, or empty (the default: the rule rewards purchases only). */
    default Optional<Award> award(ReviewFacts review) {
        return Optional.empty();
    }

    /**
     * The rule's name as a reader of the ledger sees it, in that language (English and Chinese for
     * the shipped rules). The default is the {@link #id()}.
     */
    default String label(Locale locale) {
        return id();
    }

    /**
     * Points a rule gives, and why, in words the customer's adviser reads (stored in the entry).
     *
     * @param points how many (an award of zero or less is ignored)
     * @param reason why, at most 1,000 characters
     * @param customerRef who gets them: null for the buyer (or reviewer)
     * @param qualifier what the entry's rule id adds to the rule's id after a colon (the shipped
     *            promotions name theirs: {@code promotion:SPRING}), at most 32 characters; null for none
     */
    record Award(long points, String reason, String customerRef, String qualifier) {

        /** Points for the buyer, named by the rule's id alone. */
        public Award(long points, String reason) {
            this(points, reason, null, null);
        }
    }
}
