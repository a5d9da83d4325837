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

    /** The area of the knowledge base: agents write articles, everyone who serves customers reads them. */
    public static final String KNOWLEDGE = "knowledge";

    /** The area of quality reviews: supervisors sample and score closed complaints; agents do not score themselves. */
    public static final String QUALITY = "quality";

    private ComplaintsAreaId() {
    }
}
