package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.resource.JFaceResources;
import org.junit.jupiter.api.Test;

/**
 * JFace's own texts (dialog buttons, wizard buttons, preference dialog...) come from
 * org/eclipse/jface/messages.properties; the fragment org.rapport.nl.jface adds
 * messages_zh_CN.properties to JFace's class path. Every text must be translated and keep its
 * {n} placeholders.
 */
class JFaceChineseTest {

    private static final String MESSAGES = "org.eclipse.jface.messages";

    /** Keys whose Chinese value is the English one on purpose. */
    private static final Set<String> LANGUAGE_NEUTRAL = Set.of(
            // format patterns without words: "{0}: {1}" and "{0} ({1})"
            "Set_SubTask", "Toolbar_Tooltip_Accelerator",
            // names printed on the keys: keyboards sold in China carry the English names and the
            // Chinese UI shows shortcuts such as Ctrl+Shift+Delete as they are
            "Ctrl", "Command", "Alt", "Shift", "Backspace", "Tab", "Return", "Enter", "Escape", "Esc",
            "Delete", "Page_Up", "Page_Down", "Home", "End", "Insert",
            "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10",
            "F11", "F12", "F13", "F14", "F15", "F16", "F17", "F18", "F19", "F20");

    /**
     * Placeholders the Chinese text leaves out on purpose: ExpandableNode passes as {1} the
     * English plural ending, "" or "s", which Chinese does not have.
     */
    private static final Map<String, Set<String>> DROPPED_PLACEHOLDERS = Map.of(
            "ExpandableNode.showRemaining", Set.of("{1}"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*\\}");

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(MESSAGES, locale, JFaceResources.class.getClassLoader());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add("{" + matcher.group(1) + "}");
        }
        return found;
    }

    @Test
    void chineseMessagesComeFromTheFragment() {
        ResourceBundle chinese = bundle(Locale.SIMPLIFIED_CHINESE);
        assertEquals(Locale.SIMPLIFIED_CHINESE, chinese.getLocale(),
                "org/eclipse/jface/messages_zh_CN.properties is not on JFace's class path: is org.rapport.nl.jface installed?");
        assertEquals("确定", chinese.getString("ok"));
        assertEquals("应用并关闭", chinese.getString("PreferencesDialog.okButtonLabel"));
        assertEquals("< 上一步(&B)", chinese.getString("backButton"));
    }

    @Test
    void everyTextIsTranslated() {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle chinese = bundle(Locale.SIMPLIFIED_CHINESE);
        assertEquals(Locale.ROOT, english.getLocale());
        List<String> keys = Collections.list(english.getKeys());
        assertTrue(keys.size() > 100, "JFace has only " + keys.size() + " texts: the wrong bundle was read");
        assertTrue(keys.containsAll(LANGUAGE_NEUTRAL), "a language-neutral key is no longer in JFace");
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            String en = english.getString(key);
            String zh = chinese.getString(key);
            if (zh.isBlank()) {
                problems.add(key + ": empty");
            } else if (zh.equals(en) && !LANGUAGE_NEUTRAL.contains(key)) {
                problems.add(key + ": not translated: " + en);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTranslationKeepsItsPlaceholders() {
        ResourceBundle english = bundle(Locale.ROOT);
        ResourceBundle chinese = bundle(Locale.SIMPLIFIED_CHINESE);
        List<String> problems = new ArrayList<>();
        for (String key : Collections.list(english.getKeys())) {
            Set<String> expected = placeholders(english.getString(key));
            Set<String> dropped = DROPPED_PLACEHOLDERS.getOrDefault(key, Set.of());
            if (!expected.containsAll(dropped)) {
                problems.add(key + ": the English text no longer has " + dropped + ": " + english.getString(key));
            }
            expected.removeAll(dropped);
            Set<String> actual = placeholders(chinese.getString(key));
            if (!expected.equals(actual)) {
                problems.add(key + ": placeholders " + actual + " instead of " + expected + ": " + chinese.getString(key));
            }
        }
        assertTrue(english.keySet().containsAll(DROPPED_PLACEHOLDERS.keySet()), "a key with dropped placeholders is no longer in JFace");
        assertEquals(List.of(), problems);
    }
}
