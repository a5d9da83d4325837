/**
 * Rapport's loyalty API: the points ledger ({@link org.rapport.loyalty.api.Loyalty}) that other
 * areas post to inside their own transactions, and the earning rules
 * ({@link org.rapport.loyalty.api.EarningRule}) through which anyone adds a way to earn points.
 * <p>
 * The model (package {@code org.rapport.loyalty.model}, nsURI {@code http://rapport.org/loyalty/1.0})
 * holds the append-only ledger, debts, tiers and memberships; its classes belong to the security
 * data area {@link org.rapport.loyalty.api.LoyaltyAreaId#ID}.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.loyalty.api;
