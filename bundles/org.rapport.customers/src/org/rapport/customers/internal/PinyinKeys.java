package org.rapport.customers.internal;

import java.util.Locale;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The pinyin a name is looked up by (王芳: {@code wangfang} and {@code wf}), so a person who
 * types pinyin, as many do on a keyboard without an input method at hand, finds Chinese names.
 * Names without Chinese characters have none: their name key serves. A character with several
 * readings counts with its first (pinyin4j's most common one); ü is written {@code v}, as pinyin
 * keyboards type it.
 */
public final class PinyinKeys {

    /** As long as the columns: a prefix search needs the beginning only. */
    static final int MAX_LENGTH = 255;

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    /** A name's pinyin ({@code wangfang}) and the first letters of its syllables and words ({@code wf}). */
    public record Spelling(String full, String initials) {
    }

    private PinyinKeys() {
    }

    /** The name's spelling, or null when it has no Chinese character (or is null). */
    public static Spelling of(String name) {
        if (name == null || !hasHan(name)) {
            return null;
        }
        return spell(name);
    }

    /**
     * How the pinyin key of every name that starts with the text begins, whether the text has
     * Chinese characters or not ({@code 李} gives {@code li}, {@code Jean-Luc} gives
     * {@code jeanluc}); null when nothing of it is spelt (only spaces or punctuation).
     */
    public static String startOf(String text) {
        return spell(text).full();
    }

    /** Whether the text has a Chinese character. */
    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(PinyinKeys::isHan);
    }

    private static Spelling spell(String name) {
        StringBuilder full = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        boolean wordStarts = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String reading = isHan(c) ? reading(c) : null;
            if (reading != null) {
                full.append(reading);
                initials.append(reading.charAt(0));
                wordStarts = true;
            } else if (Character.isLetterOrDigit(c)) {
                String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
                full.append(lower);
                if (wordStarts) {
                    initials.append(lower);
                }
                wordStarts = false;
            } else {
                wordStarts = true;
            }
        }
        return new Spelling(cut(full), cut(initials));
    }

    /**
     * What was typed as it is compared with the keys: lower case, without the spaces and
     * apostrophes people put between syllables ({@code Wang Fang}, {@code xi'an}); null when the
     * text is not pinyin (anything but Latin letters), so it needs no look-up by pinyin.
     */
    public static String typed(String text) {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                typed.append(Character.toLowerCase(c));
            } else if (c != ' ' && c != '\'') {
                return null;
            }
        }
        return typed.isEmpty() ? null : typed.toString();
    }

    private static String reading(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 || readings[0].isEmpty() ? null : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e); // the format above is a valid combination
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String cut(StringBuilder key) {
        return key.isEmpty() ? null : key.substring(0, Math.min(key.length(), MAX_LENGTH));
    }
}
