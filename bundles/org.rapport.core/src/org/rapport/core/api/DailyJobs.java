package org.rapport.core.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs the registered {@link DailyJob} services in a process that stays up (the workbench), a DS
 * service: once when {@link #start started}, then whenever the day of the {@link ClockService}
 * changes (checked at each local midnight and at least every quarter of an hour, so a suspended
 * laptop or a moved clock still catches up); a job with a {@link DailyJob#cadence() cadence} runs
 * each time its cadence has passed instead. Jobs run one after the other on one background
 * thread, never on the caller's; a failing job is logged and reported, and the others still run.
 */
public interface DailyJobs {

    /**
     * Runs every job now and keeps them running daily. Called again (a new workbench window after a
     * switch of user), it runs them again now and keeps its one schedule.
     *
     * @param listener told of each job's outcome, on the jobs' thread
     */
    void start(Consumer<Outcome> listener);

    /**
     * Runs every job again now, on the jobs' thread, telling the listener given at start; does
     * nothing before {@link #start}. For a new day's data that cannot wait (a restored backup).
     */
    void runNow();

    /** Stops the schedule; a job that is running finishes. */
    void stop();

    /** The last outcome of each job that ran in this process, by job name. */
    Map<String, Outcome> lastOutcomes();

    /**
     * What one run of a job did.
     *
     * @param job the job's name
     * @param day the day it ran for
     * @param at when it ended
     * @param summary what it did, or null when it failed
     * @param failure what stopped it, or null
     * @param thread the thread it ran on
     */
    record Outcome(String job, LocalDate day, Instant at, String summary, Throwable failure, String thread) {

        public boolean failed() {
            return failure != null;
        }
    }
}
