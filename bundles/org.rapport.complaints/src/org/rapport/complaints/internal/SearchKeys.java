package org.rapport.complaints.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The search keys of a text, the same for articles and queries: each run of letters or digits in
 * lower case (NFKC, so full-width letters match), and in Chinese, which writes no spaces between
 * words, each pair of adjacent Han characters. An article also keeps each single Han character,
 * which a one-character query looks for; a longer query looks for its pairs only, so 退款 finds
 * 退款流程 but not an article with 退货 and 款式 apart.
 */
final class SearchKeys {

    /** The longest key stored; a longer word is cut (the column's length). */
    static final int MAX_LENGTH = 64;

    private SearchKeys() {
    }

    /** The keys an article's text is found by. */
    static Set<String> ofText(String text) {
        return keys(text, true);
    }

    /** The keys a query looks for. */
    static Set<String> ofQuery(String text) {
        return keys(text, false);
    }

    private static Set<String> keys(String text, boolean singles) {
        Set<String> keys = new LinkedHashSet<>();
        if (text == null) {
            return keys;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        StringBuilder han = new StringBuilder();
        normal.codePoints().forEach(point -> {
            if (isHan(point)) {
                flushWord(word, keys);
                han.appendCodePoint(point);
            } else {
                flushHan(han, keys, singles);
                if (Character.isLetterOrDigit(point)) {
                    word.appendCodePoint(point);
                } else {
                    flushWord(word, keys);
                }
            }
        });
        flushWord(word, keys);
        flushHan(han, keys, singles);
        return keys;
    }

    private static boolean isHan(int point) {
        return Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN;
    }

    private static void flushWord(StringBuilder word, Set<String> keys) {
        if (!word.isEmpty()) {
            keys.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word.toString());
            word.setLength(0);
        }
    }

    private static void flushHan(StringBuilder han, Set<String> keys, boolean singles) {
        int[] points = han.codePoints().toArray();
        if (points.length == 1 || singles) {
            for (int point : points) {
                keys.add(Character.toString(point));
            }
        }
        for (int i = 0; i + 1 < points.length; i++) {
            keys.add(new String(points, i, 2));
        }
        han.setLength(0);
    }
}
