package org.rapport.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.core.api.DailyJobs.Outcome;

/**
 * A job run every minute that kept failing posted its failure to the status line every minute:
 * the status line now says it once, and once more when the job works again.
 */
class JobStatusLineTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final List<String> said = new ArrayList<>();
    private final JobStatusLine line = new JobStatusLine(messages(), said::add);

    private static Messages messages() {
        Messages messages = new Messages();
        messages.status_daily_job_failed = "{0} failed: {1}";
        messages.status_daily_job_works_again = "{0} works again";
        return messages;
    }

    private static Outcome failed(String job, int minute) {
        return new Outcome(job, DAY, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(60L * minute), null, new IllegalStateException("database gone"),
                "jobs");
    }

    private static Outcome succeeded(String job, int minute) {
        return new Outcome(job, DAY, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(60L * minute), "done", null, "jobs");
    }

    @Test
    void aJobFailingEveryMinuteIsToldOnceAndAgainWhenItWorks() {
        line.accept(failed("escalation", 0));
        line.accept(failed("escalation", 1));
        line.accept(failed("escalation", 2));
        assertEquals(List.of("escalation failed: database gone"), said, "one message for the three failed runs");

        line.accept(succeeded("escalation", 3));
        line.accept(succeeded("escalation", 4));
        assertEquals(List.of("escalation failed: database gone", "escalation works again"), said, "once when it works again, then nothing");

        line.accept(failed("escalation", 5));
        assertEquals("escalation failed: database gone", said.get(said.size() - 1), "a new failure after it worked again is told again");
        assertEquals(3, said.size());
    }

    @Test
    void eachJobIsToldOfOnItsOwn() {
        line.accept(succeeded("expiry", 0));
        line.accept(failed("escalation", 0));
        line.accept(failed("expiry", 1));
        line.accept(failed("escalation", 1));
        assertEquals(List.of("escalation failed: database gone", "expiry failed: database gone"), said, "nothing for a job that always worked");
    }
}
