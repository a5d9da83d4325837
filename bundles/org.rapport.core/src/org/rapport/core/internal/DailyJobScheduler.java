package org.rapport.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.core.api.ClockService;
import org.rapport.core.api.DailyJob;
import org.rapport.core.api.DailyJobs;

/**
 * {@link DailyJobs} on one daemon thread that wakes at local midnight, when a job's cadence has
 * passed, or sooner to notice a moved clock.
 */
@Component(service = DailyJobs.class)
public class DailyJobScheduler implements DailyJobs {

    private static final Logger LOG = Logger.getLogger(DailyJobScheduler.class.getName());
    /** Past midnight, so a clock a little behind the wake-up still says the new day. */
    private static final Duration MARGIN = Duration.ofSeconds(5);

    @Reference
    private ClockService clock;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<DailyJob> jobs = List.of();

    private final Duration longestWait;
    private final Map<String, Outcome> last = new ConcurrentHashMap<>();
    private volatile Consumer<Outcome> listener = outcome -> {
    };
    private ScheduledExecutorService thread;
    /** The day the daily jobs last ran for; touched on the jobs' thread only. */
    private LocalDate lastDay;
    /** When each job with a cadence last ran, by name; touched on the jobs' thread only. */
    private final Map<String, Instant> lastRun = new HashMap<>();

    /** For DS. */
    public DailyJobScheduler() {
        longestWait = Duration.ofMinutes(15);
    }

    /** For tests: these jobs, checking the clock at least this often. */
    public DailyJobScheduler(ClockService clock, List<DailyJob> jobs, Duration longestWait) {
        this.clock = clock;
        this.jobs = List.copyOf(jobs);
        this.longestWait = longestWait;
    }

    @Override
    public synchronized void start(Consumer<Outcome> whomToTell) {
        listener = whomToTell == null ? outcome -> {
        } : whomToTell;
        if (thread == null) {
            ScheduledThreadPoolExecutor one = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread daemon = new Thread(runnable, "Rapport daily jobs");
                daemon.setDaemon(true);
                daemon.setPriority(Thread.NORM_PRIORITY - 1);
                return daemon;
            });
            // stopped means stopped: the next midnight's check must not run after all
            one.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            thread = one;
            one.execute(() -> {
                runAll();
                scheduleNext(one);
            });
        } else {
            thread.execute(this::runAll);
        }
    }

    @Override
    public synchronized void runNow() {
        if (thread != null) {
            thread.execute(this::runAll);
        }
    }

    @Override
    @Deactivate
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdown();
            thread = null;
        }
    }

    @Override
    public Map<String, Outcome> lastOutcomes() {
        return Map.copyOf(last);
    }

    private synchronized void scheduleNext(ScheduledExecutorService own) {
        if (own.isShutdown()) {
            return;
        }
        Instant now = clock.now();
        Instant next = clock.today().plusDays(1).atStartOfDay(clock.zone()).toInstant().plus(MARGIN);
        for (DailyJob job : jobs) {
            Instant due = nextRun(job);
            if (due != null && due.isBefore(next)) {
                next = due;
            }
        }
        Duration wait = Duration.between(now, next);
        if (wait.compareTo(longestWait) > 0) {
            wait = longestWait;
        } else if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        own.schedule(() -> tick(own), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** When a job with a cadence is next due (now if it never ran), null for a daily job. */
    private Instant nextRun(DailyJob job) {
        Duration cadence = job.cadence();
        if (cadence == null) {
            return null;
        }
        Instant last = lastRun.get(job.name());
        return last == null ? clock.now() : last.plus(cadence);
    }

    private void tick(ScheduledExecutorService own) {
        if (own.isShutdown()) {
            return; // stopped while this check was due
        }
        try {
            LocalDate day = clock.today();
            boolean newDay = !day.equals(lastDay);
            lastDay = day;
            Instant now = clock.now();
            for (DailyJob job : jobs) {
                Instant due = nextRun(job);
                // a clock moved back does not hold a job with a cadence off until it catches up
                boolean clockMovedBack = due != null && lastRun.containsKey(job.name()) && now.isBefore(lastRun.get(job.name()));
                if (due == null ? newDay : !now.isBefore(due) || clockMovedBack) {
                    run(job, day);
                }
            }
        } finally {
            scheduleNext(own);
        }
    }

    private void runAll() {
        LocalDate day = clock.today();
        lastDay = day;
        for (DailyJob job : jobs) {
            run(job, day);
        }
    }

    private void run(DailyJob job, LocalDate day) {
        if (job.cadence() != null) {
            lastRun.put(job.name(), clock.now());
        }
        Outcome outcome;
        try {
            String summary = job.run(day);
            outcome = new Outcome(job.name(), day, clock.now(), summary, null, Thread.currentThread().getName());
            if (job.cadence() == null) {
                LOG.info(() -> "Daily job " + job.name() + " for " + day + ": " + summary);
            } else {
                LOG.fine(() -> "Job " + job.name() + ": " + summary); // every minute: not worth the log's room
            }
        } catch (Exception | LinkageError failure) {
            // logged and reported; the next start, midnight or turn tries again, and nothing else waits for it
            outcome = new Outcome(job.name(), day, clock.now(), null, failure, Thread.currentThread().getName());
            LOG.log(Level.WARNING, "Job " + job.name() + " for " + day + " failed", failure);
        }
        last.put(outcome.job(), outcome);
        tell(outcome);
    }

    private void tell(Outcome outcome) {
        try {
            listener.accept(outcome);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reporting the daily job " + outcome.job() + " failed", e);
        }
    }
}
