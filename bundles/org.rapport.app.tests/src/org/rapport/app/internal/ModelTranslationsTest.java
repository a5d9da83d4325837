package org.rapport.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.internal.services.BundleTranslationProvider;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.ui.MUILabel;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.rapport.app.tests.Workbench;

/**
 * Tabs of a remembered layout once read {@code %part_customers}: every key of the model has its
 * text in both languages, and an element that lost its contributor gets it back.
 */
class ModelTranslationsTest {

    @Test
    void everyKeyOfTheModelHasItsTextInEnglishAndChinese() {
        MApplication application = Workbench.find().context().get(MApplication.class);
        TranslationService english = translations(application, Locale.ENGLISH);
        TranslationService chinese = translations(application, Locale.SIMPLIFIED_CHINESE);
        List<String> untranslated = new ArrayList<>();
        int keys = 0;
        for (Iterator<EObject> all = ((EObject) application).eAllContents(); all.hasNext();) {
            if (all.next() instanceof MUILabel label && label instanceof MApplicationElement element) {
                for (String key : new String[] { label.getLabel(), label.getTooltip() }) {
                    if (key != null && key.startsWith("%")) {
                        keys++;
                        for (TranslationService language : List.of(english, chinese)) {
                            String text = language.translate(key, element.getContributorURI());
                            if (text == null || text.startsWith("%")) {
                                untranslated.add(element.getElementId() + " " + key + " (" + element.getContributorURI() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(keys > 20, "the model's labels are keys: " + keys);
        assertEquals(List.of(), untranslated);
        assertFalse(english.translate("%part_welcome", "platform:/plugin/org.rapport.app")
                .equals(chinese.translate("%part_welcome", "platform:/plugin/org.rapport.app")), "two languages");
    }

    /**
     * The defect itself: reading a remembered layout, the platform applied the fragments'
     * attributes to the elements it already had and cleared their contributor, so their keys were
     * not translated. The start names the contributor again from the element's class or icon.
     */
    @Test
    void anElementThatLostItsContributorIsTranslatedAgain() {
        MApplication application = Workbench.find().context().get(MApplication.class);
        EModelService models = Workbench.find().context().get(EModelService.class);
        MPart part = models.createModelElement(MPart.class);
        part.setElementId("org.rapport.app.tests.part.restored");
        part.setContributionURI("bundleclass://org.rapport.app/org.rapport.app.internal.parts.WelcomePart");
        part.setLabel("%part_welcome");
        part.setToBeRendered(false);
        MPart welcome = (MPart) models.find("org.rapport.app.part.welcome", application);
        welcome.getParent().getChildren().add(part);
        try {
            assertEquals(null, part.getContributorURI(), "as a remembered layout had it");
            assertEquals("%part_welcome", part.getLocalizedLabel(), "the raw key, as the tab showed it");
            assertTrue(ModelTranslations.restoreContributors(application) >= 1);
            assertEquals("platform:/plugin/org.rapport.app", part.getContributorURI());
            assertEquals(welcome.getLocalizedLabel(), part.getLocalizedLabel());
            assertFalse(part.getLocalizedLabel().startsWith("%"));
        } finally {
            welcome.getParent().getChildren().remove(part);
        }
    }

    private static TranslationService translations(MApplication application, Locale locale) {
        IEclipseContext context = application.getContext().createChild("translations " + locale);
        context.set(TranslationService.LOCALE, locale);
        return ContextInjectionFactory.make(BundleTranslationProvider.class, context);
    }
}
