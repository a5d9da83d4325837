package org.rapport.app.internal;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.EventHandler;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.core.api.DailyJobs;

/**
 * Starts the daily jobs of the database (the expiry of points, among others) once the window
 * shows: on their own thread, so neither the first window nor any work waits for them. A failure
 * is logged by the jobs and shown in the status line only ({@link JobStatusLine}): nothing to
 * dismiss, work goes on.
 */
final class DailyJobsAtStart {

    private DailyJobsAtStart() {
    }

    static void install(IEventBroker events, DailyJobs jobs, Messages messages) {
        EventHandler[] once = new EventHandler[1];
        once[0] = event -> {
            events.unsubscribe(once[0]);
            jobs.start(new JobStatusLine(messages, text -> events.post(RapportWorkbench.TOPIC_STATUS, text)));
        };
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, once[0]);
    }
}
