package org.rapport.customers.ui.api;

import java.util.Collection;

/**
 * Shows the customer list filtered to given customers, such as those behind a report's figure:
 * the list comes to the front with a chip saying what it shows, which the user clears to see
 * everyone again; the other filters still apply on top. Inject it in a part or handler
 * ({@code @Inject CustomerLists lists}); the customers UI bundle provides it in every workbench
 * context. Call it on the UI thread. The list reads through the store, so a customer the user
 * may not read is not listed.
 */
public interface CustomerLists {

    /**
     * Lists only the customers with these identities.
     *
     * @param ids at most {@link org.rapport.customers.api.CustomerListing.Filter#MAX_IDS}
     * @param description what they are, for the chip ("Retention rate, 2026-03: customers who bought before")
     */
    void showOnly(Collection<Long> ids, String description);
}
