package org.rapport.customers.api;

import java.util.Currency;

/**
 * The currency of every amount the installation stores (purchases, revenue, spend): the setting
 * {@value #KEY} of {@code rapport.properties}, an ISO 4217 code, {@value #DEFAULT} when not set.
 * Amounts are stored without a currency, so the views name this one beside them.
 */
public interface InstallationCurrency {

    /** The setting in {@code rapport.properties}. */
    String KEY = "customers.currency";

    /** The currency when the setting is absent. */
    String DEFAULT = "CNY";

    /**
     * The currency, read at the first use and kept until the next start.
     *
     * @throws IllegalStateException when the setting is not a currency, with a message that says
     *         where ({@code rapport.properties:LINE: customers.currency: ...})
     */
    Currency currency();
}
