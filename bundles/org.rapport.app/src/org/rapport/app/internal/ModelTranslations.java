package org.rapport.app.internal;

import java.util.Iterator;

import org.eclipse.e4.core.services.translation.ResourceBundleProvider;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MLocalizable;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
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

    /** Drawn, or a tab of a drawn stack (a part not shown yet has its tab already). */
    private static boolean drawn(MUIElement element) {
        return element.getWidget() != null || element instanceof MPart && element.getParent() != null && element.getParent().getRenderer() != null;
    }

    /**
     * Translates the labels, tooltips and names of what is drawn again; renderers redraw what
     * changed. What is not drawn yet is translated when it is; the renderers' handlers expect a
     * drawn element (a part of a stack not drawn yet fails in them).
     */
    static void refresh(MApplication application) {
        for (Iterator<EObject> all = ((EObject) application).eAllContents(); all.hasNext();) {
            if (all.next() instanceof MUIElement element && element instanceof MLocalizable localizable && drawn(element)) {
                localizable.updateLocalization();
            }
        }
    }
}
