package org.rapport.reports.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text measured in a PDF font: wrapped to a width (Chinese between any two characters, other text at spaces), cut to fit. */
final class Text {

    private static final String CUT = "..";

    private Text() {
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    /** The text without line breaks, tabs and other control characters, which a PDF line cannot show. */
    static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return shown.toString();
    }

    /** The lines of a paragraph no wider than {@code width}. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(printable(text))) {
            String longer = line + token;
            if (line.length() > 0 && width(longer, font, size) > width) {
                lines.add(line.toString().strip());
                line = new StringBuilder(token.stripLeading());
            } else {
                line.append(token);
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** Words with the space before them, and each Chinese character (or full-width mark) on its own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean wide = c >= 0x2E80;
            if (wide || c == ' ' && word.length() > 0 && !word.toString().isBlank()) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
            }
            if (wide) {
                tokens.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** The text, or as much of it as fits with {@value #CUT} after it. */
    static String fit(String text, PDFont font, float size, float width) throws IOException {
        String shown = printable(text);
        if (width(shown, font, size) <= width) {
            return shown;
        }
        while (!shown.isEmpty() && width(shown + CUT, font, size) > width) {
            shown = shown.substring(0, shown.offsetByCodePoints(shown.length(), -1));
        }
        return shown + CUT;
    }
}
