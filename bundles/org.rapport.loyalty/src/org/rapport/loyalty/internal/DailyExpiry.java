package org.rapport.loyalty.internal;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.DailyJob;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.Loyalty.ExpiryRun;
import org.rapport.security.api.SystemJob;

/**
 * The expiry of points as the workbench runs it each day for the database (what
 * {@code rapport-ctl loyalty expire --as-of DATE} does from cron): as the system job
 * {@value #NAME}, so it works whoever is signed in on the desktop that runs it (a service agent
 * may not post expiries), the ledger records {@code system} as who posted and the audit
 * {@code system:loyalty-expiry}. Several desktops on one database run it; a second run of the day
 * finds nothing left, and two at the same moment are settled by the ledger's spend numbers.
 */
@Component(service = DailyJob.class)
public class DailyExpiry implements DailyJob {

    static final String NAME = "loyalty-expiry";

    @Reference
    private Loyalty loyalty;

    /** For DS. */
    public DailyExpiry() {
    }

    /** For tests. */
    public DailyExpiry(Loyalty loyalty) {
        this.loyalty = loyalty;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String run(LocalDate day) throws Exception {
        ExpiryRun run = SystemJob.run(NAME, () -> loyalty.expire(day));
        return run.points() + " points of " + run.customers() + " customers expired as of " + run.asOf();
    }
}
