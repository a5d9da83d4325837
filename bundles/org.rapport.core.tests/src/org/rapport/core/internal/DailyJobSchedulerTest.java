package org.rapport.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.rapport.core.api.ClockService;
import org.rapport.core.api.DailyJob;
import org.rapport.core.api.DailyJobs.Outcome;

/**
 * The daily jobs run at start, once more when the clock's day changes, and a failing one stops
 * nothing; a job with a cadence runs each time its cadence has passed on the clock.
 */
class DailyJobSchedulerTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T15:59:00Z")); // 23:59 in Shanghai
    private final ClockService clock = () -> Clock.fixed(now.get(), SHANGHAI);
    private final List<LocalDate> ran = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();

    private final DailyJob counting = new DailyJob() {
        @Override
        public String name() {
            return "counting";
        }

        @Override
        public String run(LocalDate day) {
            ran.add(day);
            return "ran for " + day;
        }
    };

    private final DailyJob failing = new DailyJob() {
        @Override
        public String name() {
            return "failing";
        }

        @Override
        public String run(LocalDate day) {
            throw new IllegalStateException("the database is away");
        }
    };

    private Outcome next() throws InterruptedException {
        Outcome outcome = outcomes.poll(10, TimeUnit.SECONDS);
        assertTrue(outcome != null, "an outcome was reported");
        return outcome;
    }

    @Test
    void theJobsRunAtStartOffTheCallersThreadAndAgainOnlyWhenTheDayChanges() throws Exception {
        DailyJobScheduler scheduler = new DailyJobScheduler(clock, List.of(failing, counting), Duration.ofMillis(50));
        try {
            scheduler.start(outcomes::add);
            Outcome first = next();
            assertEquals("failing", first.job());
            assertTrue(first.failed());
            assertEquals("the database is away", first.failure().getMessage());
            Outcome second = next();
            assertEquals("counting", second.job(), "a failing job does not stop the others");
            assertEquals(LocalDate.of(2026, 12, 7), second.day(), "the day in the clock's zone");
            assertNotEquals(Thread.currentThread().getName(), second.thread());
            assertEquals("ran for 2026-12-07", scheduler.lastOutcomes().get("counting").summary());

            Thread.sleep(400); // eight checks of the clock within the same day
            assertEquals(List.of(LocalDate.of(2026, 12, 7)), ran, "once a day");

            now.set(Instant.parse("2026-12-07T16:00:30Z")); // past midnight in Shanghai
            next();
            assertEquals(LocalDate.of(2026, 12, 8), next().day());
            Thread.sleep(300);
            assertEquals(List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8)), ran);

            // a second window (after a switch of user) runs them again now, on the one schedule
            scheduler.start(outcomes::add);
            next();
            next();
            Thread.sleep(300);
            assertEquals(3, ran.size(), ran::toString);
        } finally {
            scheduler.stop();
        }
        int before = ran.size();
        now.set(Instant.parse("2026-12-08T16:00:30Z"));
        Thread.sleep(300);
        assertEquals(before, ran.size(), "stopped");
    }

    @Test
    void aJobWithACadenceRunsEachTimeItPassesOnTheClockAndTheDailyJobOnlyOnce() throws Exception {
        List<Instant> minutes = new CopyOnWriteArrayList<>();
        DailyJob everyMinute = new DailyJob() {
            @Override
            public String name() {
                return "every-minute";
            }

            @Override
            public Duration cadence() {
                return Duration.ofMinutes(1);
            }

            @Override
            public String run(LocalDate day) {
                minutes.add(clock.now());
                return "ran at " + clock.now();
            }
        };
        now.set(Instant.parse("2026-12-07T02:00:00Z"));
        DailyJobScheduler scheduler = new DailyJobScheduler(clock, List.of(counting, everyMinute), Duration.ofMillis(50));
        try {
            scheduler.start(outcomes::add);
            next();
            assertEquals("every-minute", next().job(), "both run at start");
            Thread.sleep(300); // six checks within the same minute
            assertEquals(1, minutes.size(), minutes::toString);

            now.set(Instant.parse("2026-12-07T02:00:59Z"));
            Thread.sleep(300);
            assertEquals(1, minutes.size(), "not before its minute passed");
            now.set(Instant.parse("2026-12-07T02:01:00Z"));
            assertEquals("ran at 2026-12-07T02:01:00Z", next().summary());
            now.set(Instant.parse("2026-12-07T02:05:30Z")); // a suspended laptop: one run, not four to catch up
            assertEquals("ran at 2026-12-07T02:05:30Z", next().summary());
            Thread.sleep(300);
            assertEquals(3, minutes.size(), minutes::toString);
            assertEquals(List.of(LocalDate.of(2026, 12, 7)), ran, "the daily job still once a day");

            now.set(Instant.parse("2026-12-07T01:00:00Z")); // the clock set back an hour: the job does not wait for it to catch up
            assertEquals("ran at 2026-12-07T01:00:00Z", next().summary());
        } finally {
            scheduler.stop();
        }
        int before = minutes.size();
        now.set(Instant.parse("2026-12-07T03:00:00Z"));
        Thread.sleep(300);
        assertEquals(before, minutes.size(), "stopped");
    }
}
