package org.rapport.app.internal;

import java.text.MessageFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.rapport.core.api.DailyJobs.Outcome;

/**
 * What the status line says of the daily jobs' outcomes: that a job failed, once, when it starts
 * failing, and that it works again once it succeeds after that. A job with a cadence of a minute
 * that keeps failing would otherwise cover every other status message each minute.
 */
final class JobStatusLine implements Consumer<Outcome> {

    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Messages messages;
    private final Consumer<String> status;

    JobStatusLine(Messages messages, Consumer<String> status) {
        this.messages = messages;
        this.status = status;
    }

    @Override
    public void accept(Outcome outcome) {
        if (outcome.failed()) {
            if (failing.add(outcome.job())) {
                Throwable failure = outcome.failure();
                String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                status.accept(MessageFormat.format(messages.status_daily_job_failed, outcome.job(), reason));
            }
        } else if (failing.remove(outcome.job())) {
            status.accept(MessageFormat.format(messages.status_daily_job_works_again, outcome.job()));
        }
    }
}
