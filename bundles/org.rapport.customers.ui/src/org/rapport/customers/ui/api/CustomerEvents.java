package org.rapport.customers.ui.api;

/**
 * Event broker topics of the customer views. Post them (after the commit) when customers were
 * added, changed or removed outside the views that show them, so the views read the store again.
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
