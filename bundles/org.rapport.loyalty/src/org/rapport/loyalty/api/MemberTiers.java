package org.rapport.loyalty.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme's member tiers (DOMAIN.md section 3), a DS service. Until a tier is set, the
 * programme has the shipped Silver (from the first purchase), Gold (a 12-month spend of 5,000) and
 * Black (20,000). A purchase that reaches a better tier upgrades its member at once; a member
 * goes down only at the quarterly {@link #reevaluate}. Every change is appended to the member's
 * history with its reason. Changing tiers and re-evaluating need the update permission on the
 * loyalty area.
 */
public interface MemberTiers {

    /** The tiers, lowest first. */
    List<Tier> tiers();

    /**
     * Sets a tier's threshold, making the tier if there is none of that name (the shipped ones are
     * stored first, so setting one keeps the others); the tiers are then ranked by their threshold
     * on the programme's basis. A threshold not given is left as it is.
     *
     * @param name the tier, at most 32 characters
     * @param minSpend the 12-month spend from which it applies, or null
     * @param minPoints the 12-month points from which it applies, or null
     */
    Tier set(String name, BigDecimal minSpend, Long minPoints);

    /**
     * Replaces a tier's further benefits (beside its discount, priority service, advisor and
     * birthday gift): the list as it is to be shown, in order; an empty list removes them all. The
     * shipped tiers are stored first, as for {@link #set}.
     *
     * @param name an existing tier
     * @param benefits each 1 to {@value #BENEFIT_LENGTH} characters (blanks around it are dropped),
     *        at most {@value #MAX_BENEFITS}, none twice
     * @throws org.rapport.loyalty.api.LoyaltyException for an unknown tier or a benefit refused, saying which and why
     */
    Tier setBenefits(String name, List<String> benefits);

    /** The longest benefit text. */
    int BENEFIT_LENGTH = 200;
    /** The most benefits of one tier. */
    int MAX_BENEFITS = 20;

    /**
     * The quarterly run: every member's tier by the 12 months before {@code asOf} (from the start
     * of that day a year earlier to the start of {@code asOf}, in the installation's zone), up or
     * down, each change recorded with its reason. Meant for the first day of a quarter; a second
     * run for the same day changes nothing.
     */
    Reevaluation reevaluate(LocalDate asOf);

    /**
     * {@link #reevaluate(LocalDate)} for a long run: the members are judged and written in batches,
     * each batch in a transaction of its own, and the progress hears of each. When it asks to stop,
     * the run ends after the batch written: what was written is whole (every change with its
     * reason), and a second run for the same day finishes the rest, leaving the rest unchanged.
     * <p>
     * The figures come from every purchase or ledger entry, whatever the user running it may read:
     * the run is the programme's, not the user's (the audit names it as the system job
     * {@code quarterly-tiers}); the user needs the update permission on the loyalty area.
     */
    Reevaluation reevaluate(LocalDate asOf, RunProgress progress);

    /** Hears of a long run's progress, and may stop it. */
    @FunctionalInterface
    interface RunProgress {

        /** Nothing to report; never stops. */
        RunProgress NONE = (done, total) -> true;

        /**
         * A batch is written.
         *
         * @param done the members judged so far
         * @param total the members at the start of the run
         * @return whether to go on; false ends the run after this batch
         */
        boolean progressed(int done, int total);
    }

    /** A tier with its threshold and benefits; {@code benefits} are the further ones administrators word themselves. */
    record Tier(String name, int rank, BigDecimal minSpend, Long minPoints, BigDecimal discountPercent, boolean priorityService, boolean dedicatedAdvisor,
            String birthdayGift, List<String> benefits) {

        public Tier {
            benefits = benefits == null ? List.of() : List.copyOf(benefits);
        }
    }

    /**
     * What a re-evaluation did: members looked at, moved up, moved down, and whether it looked at
     * every member (false when its progress stopped it).
     */
    record Reevaluation(LocalDate asOf, int members, int upgraded, int downgraded, boolean complete) {

        /** A complete run. */
        public Reevaluation(LocalDate asOf, int members, int upgraded, int downgraded) {
            this(asOf, members, upgraded, downgraded, true);
        }
    }
}
