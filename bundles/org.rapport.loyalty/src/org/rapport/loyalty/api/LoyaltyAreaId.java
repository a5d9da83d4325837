package org.rapport.loyalty.api;

/**
 * The loyalty security data area: the name permissions use ({@code SessionUser.may(ID, ...)}) and
 * the {@code area} annotation of the loyalty model's classes.
 */
public final class LoyaltyAreaId {

    public static final String ID = "loyalty";

    private LoyaltyAreaId() {
    }
}
