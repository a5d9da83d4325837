package org.rapport.customers.api;

import java.util.List;

import org.rapport.customers.model.Customer;

/**
 * Customers who may be one person twice, and merging them. Reads and the merge go through the
 * store, so the signed-in user's access rules apply and the merge is audited like any change.
 */
public interface CustomerDuplicates {

    /** Why two customers may be the same person. */
    enum Reason {
        /** The same e-mail address, after normalisation. */
        EMAIL,
        /** The same phone number, after normalisation. */
        PHONE,
        /** The same birthday and names that differ by at most two letters (case, spaces and dots aside). */
        NAME_AND_BIRTHDAY
    }

    /** Another customer that may be the same person, and why. */
    record Match(long id, String reference, String name, Reason reason) {
    }

    /** What a merge moved into the customer that stays. */
    record Merged(String survivor, String removed, int purchases, int interactions, int contacts, int references) {
    }

    /** The other customers that may be the same person as this one, each once, by the first reason found. */
    List<Match> candidates(long customerId);

    /**
     * The stored customers that may be the same person as one not stored yet (a customer being
     * entered), by the same reasons as {@link #candidates(long)}: asked before the new customer is
     * saved, so the person entering can open the existing one instead.
     */
    List<Match> candidates(Customer unsaved);

    /**
     * Merges a duplicate into the customer that stays, in one commit: every purchase, interaction,
     * important date and tag moves over (as copies with identities of their own: the audit log
     * shows them created on the survivor and deleted with the duplicate), e-mail addresses and phones the survivor lacks move
     * over, the survivor's empty fields take the duplicate's values, records of other areas that
     * point at the duplicate (ledger entries, complaints) point at the survivor, and the
     * duplicate is deleted. Nothing is lost; the audit log records every step.
     *
     * @throws IllegalArgumentException when the two are the same customer or one does not exist
     */
    Merged merge(long survivorId, long duplicateId);
}
