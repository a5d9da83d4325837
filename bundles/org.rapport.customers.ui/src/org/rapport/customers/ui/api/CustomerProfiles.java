package org.rapport.customers.ui.api;

/**
 * Opens customer profiles in the workbench's main area, one editor per customer (an open one comes
 * to the front). Inject it in a part or handler ({@code @Inject CustomerProfiles profiles}); the
 * customers UI bundle provides it in every workbench context. Call it on the UI thread. The
 * customer is read through the store, so a user who may not read it gets no profile.
 */
public interface CustomerProfiles {

    /** Opens the profile of the customer with this identity. */
    void open(long id);

    /**
     * Opens the profile of the customer with this reference (exactly, such as "C-000123").
     *
     * @return false when no customer the user may read has it
     */
    boolean open(String reference);
}
