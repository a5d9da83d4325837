/**
 * What other bundles use and add to the customer views: open a profile
 * ({@link org.rapport.customers.ui.api.CustomerProfiles}); act on the customer the user works on
 * ({@link org.rapport.customers.ui.api.CustomerContext#CURRENT}, a
 * {@link org.rapport.customers.ui.api.CurrentCustomer}); add tabs to the profile
 * ({@link org.rapport.customers.ui.api.CustomerTab}) and facts to its header
 * ({@link org.rapport.customers.ui.api.CustomerHeaderFact}). The views follow the store's commit
 * events; {@link org.rapport.customers.ui.api.CustomerEvents} remains for changes the store does
 * not see.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.customers.ui.api;
