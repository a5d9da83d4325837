package org.rapport.customers.ui.api;

/**
 * Event broker topics of the customer views. The views follow the store's commit events
 * ({@code org.rapport.persistence.api.CommitEvents}), so a commit needs no event of its own; post
 * these for changes the store does not announce (the import wizard and the merge still post
 * {@link #CHANGED} after their commits, which does no harm).
 */
public final class CustomerEvents {

    /**
     * Customers were added, changed or removed: the Customers list counts and reads its rows
     * again. The event's data is not used; post {@code null} or a short note of what changed.
     */
    public static final String CHANGED = "org/rapport/customers/ui/CHANGED";

    private CustomerEvents() {
    }
}
