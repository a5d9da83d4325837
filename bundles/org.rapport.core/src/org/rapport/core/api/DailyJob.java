package org.rapport.core.api;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Work that is due once a day for the whole database (points that expire, complaints to escalate),
 * a DS service that an area registers. {@link DailyJobs} runs every registered job when the
 * workbench starts and again at each local midnight while it runs; {@code rapport-ctl} and cron do
 * the same from outside. Several desktops share one database, each running its jobs, so a job must
 * be idempotent for a day and safe when two processes run it at the same moment. A job that
 * changes data runs as the system, not as whoever is signed in on the desktop that runs it (see
 * {@code org.rapport.security.api.SystemJob}).
 * <p>
 * A job that must run more often than daily (the escalation of complaints whose clocks ran out)
 * says so through its {@link #cadence()}; the same scheduler runs it at start and then each time
 * that much time has passed on the clock, instead of at midnight.
 */
public interface DailyJob {

    /** A short, stable name for the log, the audit and the status line, e.g. {@code loyalty-expiry}. */
    String name();

    /**
     * Does the day's work, on a background thread.
     *
     * @param day today in the clock's zone
     * @return what it did, for the log
     * @throws Exception whatever stopped it: logged and shown, the work of the day is tried again at
     *         the next start or midnight
     */
    String run(LocalDate day) throws Exception;

    /**
     * How often it runs while the workbench is up, for work that cannot wait for the next day.
     *
     * @return the time between two runs, or null (the default) for once a day
     */
    default Duration cadence() {
        return null;
    }
}
