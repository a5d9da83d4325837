package org.rapport.app.internal;

import java.util.Iterator;

import org.eclipse.e4.core.services.translation.ResourceBundleProvider;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MLocalizable;
import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Translated labels for a remembered layout. The model keeps keys ({@code %part_customers}); the
 * workbench translates them through a translation service whose bundle-reading part is a DS
 * component of the platform. A start from a remembered layout is fast enough to render tabs before
 * that component is there, and a tab once drawn with the raw key kept it (3 of 5 restarts). So
 * the start waits for the component (briefly, and only when it is missing), and once the window
 * is up every label is translated again, which redraws any that were drawn too early.
 */
final class ModelTranslations {

    /** Long enough for SCR on a loaded machine; a start without it still works, with keys. */
    private static final long WAIT_MILLIS = 10_000;

    private ModelTranslations() {
    }

    /** Waits until the platform's resource bundle provider is registered; returns whether it is. */
    static boolean awaitProvider() {
        Bundle bundle = FrameworkUtil.getBundle(ModelTranslations.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            return false;
        }
        ServiceTracker<ResourceBundleProvider, ResourceBundleProvider> tracker = new ServiceTracker<>(bundle.getBundleContext(), ResourceBundleProvider.class,
                null);
        tracker.open();
        try {
            return tracker.waitForService(WAIT_MILLIS) != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            tracker.close();
        }
    }

    /** Translates every label, tooltip and name of the model again; renderers redraw what changed. */
    static void refresh(MApplication application) {
        for (Iterator<EObject> all = ((EObject) application).eAllContents(); all.hasNext();) {
            if (all.next() instanceof MLocalizable localizable) {
                localizable.updateLocalization();
            }
        }
    }
}
