package org.rapport.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;

/** Tables line up in a terminal with Chinese text in them. */
class TerminalWidthTest {

    @Test
    void wideCharactersTakeTwoColumnsAndCombiningMarksNone() {
        assertEquals(4, TerminalWidth.of("保修"), "Han");
        assertEquals(2, TerminalWidth.of("𠮷"), "Han outside the BMP, one code point of two chars");
        assertEquals(6, TerminalWidth.of("（测）"), "full-width brackets");
        assertEquals(3, TerminalWidth.of("Zoë"));
        assertEquals(3, TerminalWidth.of("Zoe\u0308"), "e and a combining diaeresis");
        assertEquals(1, TerminalWidth.of("\uFF71"), "half-width katakana");
        assertEquals(4, TerminalWidth.of("가나"), "Hangul syllables");
        assertEquals(2, TerminalWidth.of("😀"), "an emoji");
    }

    @Test
    void aTablesColumnsStartAtTheSameTerminalColumnWhateverTheScript() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RecordPrinter records = new RecordPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), Format.TABLE, "key", "label", "complaints")) {
            records.print("product.warranty", "保修", 2);
            records.print("product.wrong", "错发或尺码不符", 1);
            records.print("delivery", "Delivery", 10);
        }
        assertEquals("""
                key               label           complaints
                product.warranty  保修            2
                product.wrong     错发或尺码不符  1
                delivery          Delivery        10
                """, bytes.toString(StandardCharsets.UTF_8));
    }
}
