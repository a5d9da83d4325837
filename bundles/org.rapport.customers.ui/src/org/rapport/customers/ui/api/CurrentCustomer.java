package org.rapport.customers.ui.api;

/**
 * The customer the user works on now, as the workbench context holds it under
 * {@link CustomerContext#CURRENT}: its identity and reference only, never data the user may not
 * read. Read the rest through the store (whose access rules apply) or open the profile with
 * {@link CustomerProfiles}.
 *
 * @param id the customer's persistent identity
 * @param reference its reference, such as "C-000123"
 */
public record CurrentCustomer(long id, String reference) {
}
