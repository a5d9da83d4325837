package org.rapport.app.internal;

import java.util.Iterator;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.emf.ecore.EObject;

/**
 * Translated labels for a remembered layout. The model keeps keys ({@code %part_customers}) that
 * the workbench translates with the messages of the element's contributor bundle. When a
 * remembered layout is read, the platform applies the fragments' attributes to the elements the
 * layout already has, and that clears their contributor: their tabs showed the raw key (on 3 of 5
 * restarts, those after a session that had saved such a layout). So before anything is drawn the
 * contributor is named again from what the element itself says of its bundle: its class
 * ({@code bundleclass://BUNDLE/...}) or its icon ({@code platform:/plugin/BUNDLE/...}).
 */
final class ModelTranslations {

    private static final String BUNDLECLASS = "bundleclass://";
    private static final String PLATFORM_PLUGIN = "platform:/plugin/";

    private ModelTranslations() {
    }

    /** Names the contributor of every element that lost it; returns how many. */
    static int restoreContributors(MApplication application) {
        int restored = 0;
        for (Iterator<EObject> all = ((EObject) application).eAllContents(); all.hasNext();) {
            if (all.next() instanceof MApplicationElement element && element.getContributorURI() == null) {
                Optional<String> bundle = bundleOf(element);
                if (bundle.isPresent()) {
                    element.setContributorURI(PLATFORM_PLUGIN + bundle.get());
                    restored++;
                }
            }
        }
        return restored;
    }

    /** The bundle an element comes from, by its class or its icon. */
    static Optional<String> bundleOf(MApplicationElement element) {
        if (element instanceof MContribution contribution && contribution.getContributionURI() != null
                && contribution.getContributionURI().startsWith(BUNDLECLASS)) {
            return firstSegment(contribution.getContributionURI().substring(BUNDLECLASS.length()));
        }
        if (element instanceof MUILabel label && label.getIconURI() != null && label.getIconURI().startsWith(PLATFORM_PLUGIN)) {
            return firstSegment(label.getIconURI().substring(PLATFORM_PLUGIN.length()));
        }
        return Optional.empty();
    }

    private static Optional<String> firstSegment(String path) {
        int slash = path.indexOf('/');
        return slash <= 0 ? Optional.empty() : Optional.of(path.substring(0, slash));
    }
}
