package org.rapport.complaints.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.Escalation;
import org.rapport.core.api.DailyJob;
import org.rapport.security.api.SystemJob;

/**
 * The escalation tick as the workbench runs it, every minute for the database (what
 * {@code rapport-ctl complaints tick} does from cron): as the system job {@value #NAME}, so it runs
 * whoever is signed in on the desktop and whether or not the queue is open, sees every complaint
 * and records {@code system} as who escalated. Several desktops on one database run it; the tick
 * escalates each complaint once per clock however many run at the same moment.
 */
@Component(service = DailyJob.class)
public class EscalationTick implements DailyJob {

    static final String NAME = "complaints-tick";
    static final Duration CADENCE = Duration.ofMinutes(1);

    @Reference
    private Complaints complaints;

    /** For DS. */
    public EscalationTick() {
    }

    /** For tests. */
    public EscalationTick(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration cadence() {
        return CADENCE;
    }

    @Override
    public String run(LocalDate day) throws Exception {
        List<Escalation> escalated = SystemJob.run(NAME, () -> complaints.tick(null));
        return escalated.size() + " complaints escalated";
    }
}
