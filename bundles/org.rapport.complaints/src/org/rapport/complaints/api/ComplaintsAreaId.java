package org.rapport.complaints.api;

/** The complaints area's id: the security data area of its model and its {@code Area} service. */
public final class ComplaintsAreaId {

    public static final String ID = "complaints";

    /**
     * The area of the service desk's settings (calendars, policies, categories): everyone who reads
     * a complaint must read them to compute its clocks, sales included, who read complaints of their
     * own customers only; in the complaints area itself that scope would refuse every query of them.
     */
    public static final String SETTINGS = "servicelevels";

    private ComplaintsAreaId() {
    }
}
