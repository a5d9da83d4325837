/**
 * What other bundles add to the customer views: tabs of the customer profile
 * ({@link org.rapport.customers.ui.api.CustomerTab}), and the event that makes the views read
 * the store again ({@link org.rapport.customers.ui.api.CustomerEvents}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.rapport.customers.ui.api;
