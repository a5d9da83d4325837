package org.rapport.loyalty.api;

import java.util.Locale;

import org.rapport.loyalty.api.Loyalty.Line;

/**
 * Ledger entries in their reader's language, a DS service: what the ledger stores (a rule id, a
 * source reference, figures, a reason written when the points were posted) described at display
 * time, so one ledger reads in English on one desktop and in Chinese on another. A reason a person
 * typed (an adjustment's, a compensation's) is kept as typed.
 */
public interface LedgerTexts {

    /**
     * A rule's name: the registered {@link EarningRule#label(Locale)}, the ledger's own rules'
     * names, {@code Promotion SPRING} for {@code promotion:SPRING}; the id itself for a rule no
     * longer registered.
     */
    String rule(String ruleId, Locale locale);

    /** What an entry of the customer's ledger is, in words: "Purchase of 12 Mar 2026, 320.00". */
    String describe(String customerRef, Line line, Locale locale);

    /** A tier's name: the shipped Silver, Gold and Black translated, an administrator's tier as stored. */
    String tier(String name, Locale locale);

    /** Who posted an entry: {@link Loyalty#SYSTEM} in words, a login as it is. */
    String recordedBy(String login, Locale locale);
}
