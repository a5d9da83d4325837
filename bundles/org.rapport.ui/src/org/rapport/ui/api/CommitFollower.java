package org.rapport.ui.api;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.rapport.persistence.api.CommitEvents;

/**
 * Keeps a control in step with the store's commits while it exists, for content made outside the
 * e4 context (a profile tab, a contribution's page), which cannot inject an event topic: commits of
 * this desktop, another one or the command line show without reopening anything.
 */
public final class CommitFollower {

    private CommitFollower() {
    }

    /**
     * Calls {@code refresh} on the UI thread after each commit whose touched classes ({@link CommitEvents#CLASSES},
     * {@code nsURI#EClassName}) {@code touches} accepts, until {@code control} is disposed.
     *
     * @param context the contributing bundle's context, which registers the event handler
     */
    public static void follow(BundleContext context, Control control, Predicate<String[]> touches, Runnable refresh) {
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, CommitEvents.TOPIC);
        EventHandler handler = event -> {
            if (event.getProperty(CommitEvents.CLASSES) instanceof String[] classes && touches.test(classes)) {
                Background.onUiThread(control.getDisplay(), control, refresh);
            }
        };
        ServiceRegistration<EventHandler> registration = context.registerService(EventHandler.class, handler, topics);
        control.addListener(SWT.Dispose, e -> registration.unregister());
    }
}
