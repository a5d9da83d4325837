package org.rapport.customers.api;

/**
 * The customers' security data area: the name permissions use ({@code SessionUser.may(ID, ...)})
 * and the {@code area} annotation of the customer model's classes. The customers bundle registers
 * the area itself as an {@code org.rapport.security.api.Area} service.
 */
public final class CustomersAreaId {

    public static final String ID = "customers";

    private CustomersAreaId() {
    }
}
