package org.rapport.testing;

import java.time.Duration;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services of a running test framework, as other bundles see them. */
public final class Services {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Services() {
    }

    /**
     * The bundle context of the bundle that holds {@code type} (a fragment's host), starting the
     * bundle first if it is only lazily started.
     */
    public static BundleContext contextOf(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        if (bundle == null) {
            throw new IllegalStateException(type + " is not loaded from an OSGi bundle");
        }
        if (bundle.getState() != Bundle.ACTIVE) {
            try {
                bundle.start();
            } catch (BundleException e) {
                throw new IllegalStateException("cannot start " + bundle.getSymbolicName(), e);
            }
        }
        return bundle.getBundleContext();
    }

    /** The highest-ranked service of this type, waiting while DS activates it; fails after 20 s. */
    public static <T> T await(Class<T> type) {
        return await(type, null);
    }

    /** The highest-ranked service of this type that matches an LDAP filter such as {@code (component.name=...)}. */
    public static <T> T await(Class<T> type, String filter) {
        BundleContext context = contextOf(Services.class);
        ServiceTracker<T, T> tracker;
        try {
            tracker = filter == null ? new ServiceTracker<>(context, type, null)
                    : new ServiceTracker<>(context, context.createFilter("(&(objectClass=" + type.getName() + ")" + filter + ")"), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(filter, e);
        }
        tracker.open();
        try {
            T service = tracker.waitForService(WAIT.toMillis());
            if (service == null) {
                throw new AssertionError("no " + type.getName() + " service " + (filter == null ? "" : filter + " ") + "was registered within "
                        + WAIT.toSeconds() + " s");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + type.getName(), e);
        } finally {
            tracker.close();
        }
    }
}
