package org.rapport.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.rapport.app.tests.Workbench;

/**
 * Tabs of a remembered layout once read {@code %part_customers}: every key of the model has its
 * text in both languages, and a tab drawn before the translations were there is drawn again.
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

    @Test
    void aTabDrawnWithItsKeyIsDrawnAgainTranslated() {
        MApplication application = Workbench.find().context().get(MApplication.class);
        CTabItem tab = null;
        MPart part = null;
        for (Iterator<EObject> all = ((EObject) application).eAllContents(); all.hasNext() && tab == null;) {
            if (all.next() instanceof MPart candidate && candidate.getLabel() != null && candidate.getLabel().startsWith("%")) {
                tab = tabOf(candidate);
                part = candidate;
            }
        }
        assertNotNull(tab, "a shown part whose label is a key");
        String translated = part.getLocalizedLabel();
        assertFalse(translated.startsWith("%"), translated);
        tab.setText(part.getLabel()); // as a start drew it before the translations were there
        ModelTranslations.refresh(application);
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the renderers redraw
        }
        assertEquals(translated, tab.getText());
    }

    private static CTabItem tabOf(MPart part) {
        if (!(part.getWidget() instanceof Control control) || !(control.getParent() instanceof CTabFolder folder)) {
            return null;
        }
        for (CTabItem item : folder.getItems()) {
            if (item.getControl() == control || item.getData("modelElement") == part) {
                return item;
            }
        }
        return null;
    }

    private static TranslationService translations(MApplication application, Locale locale) {
        IEclipseContext context = application.getContext().createChild("translations " + locale);
        context.set(TranslationService.LOCALE, locale);
        return ContextInjectionFactory.make(BundleTranslationProvider.class, context);
    }
}
