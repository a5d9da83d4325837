package org.rapport.complaints.ui.internal.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The piece of an article's body a result shows: around the first place that holds one of the
 * query's words, or one of its pairs of adjacent Chinese characters (the search's keys, so the
 * snippet shows why the article was found), else the body's start; on one line.
 */
public final class Snippets {

    static final int LENGTH = 120;
    private static final int BEFORE = 30;
    private static final String ELLIPSIS = "\u2026";

    private Snippets() {
    }

    public static String of(String body, String query) {
        String text = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        String lower = text.toLowerCase(Locale.ROOT);
        int at = -1;
        for (String key : keys(query)) {
            int found = lower.indexOf(key);
            if (found >= 0 && (at < 0 || found < at)) {
                at = found;
            }
        }
        int from = at <= BEFORE ? 0 : at - BEFORE;
        int to = Math.min(text.length(), from + LENGTH);
        return (from > 0 ? ELLIPSIS : "") + text.substring(from, to) + (to < text.length() ? ELLIPSIS : "");
    }

    /** The query's words in lower case, a Chinese run as its pairs (or the single character of a run of one). */
    static List<String> keys(String query) {
        List<String> keys = new ArrayList<>();
        if (query == null) {
            return keys;
        }
        StringBuilder word = new StringBuilder();
        StringBuilder han = new StringBuilder();
        for (int i = 0; i <= query.length(); i++) {
            char c = i < query.length() ? query.charAt(i) : ' ';
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flushWord(word, keys);
                han.append(c);
            } else {
                flushHan(han, keys);
                if (Character.isLetterOrDigit(c)) {
                    word.append(Character.toLowerCase(c));
                } else {
                    flushWord(word, keys);
                }
            }
        }
        return keys;
    }

    private static void flushWord(StringBuilder word, List<String> keys) {
        if (!word.isEmpty()) {
            keys.add(word.toString());
            word.setLength(0);
        }
    }

    private static void flushHan(StringBuilder han, List<String> keys) {
        if (han.length() == 1) {
            keys.add(han.toString());
        }
        for (int i = 0; i + 1 < han.length(); i++) {
            keys.add(han.substring(i, i + 2));
        }
        han.setLength(0);
    }
}
