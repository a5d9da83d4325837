package org.rapport.customers.ui.api;

/**
 * Names of values the customer views publish in the e4 workbench context (the main window's), so
 * that a handler or part of any bundle acts on them:
 *
 * <pre>
 * &#64;CanExecute
 * boolean canExecute(&#64;Optional &#64;Named(CustomerContext.CURRENT) CurrentCustomer customer) {
 *     return customer != null;
 * }
 * </pre>
 */
public final class CustomerContext {

    /**
     * The {@link CurrentCustomer}: the one selected last in the Customers list, or the one whose
     * profile was activated last; absent when there is none (nothing selected, its profile
     * closed). Injection with {@code @Optional} follows it as it changes.
     */
    public static final String CURRENT = "org.rapport.customers.ui.current";

    private CustomerContext() {
    }
}
