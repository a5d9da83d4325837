package org.rapport.transfer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.rapport.transfer.api.TextFileReader;
import org.rapport.transfer.api.TextFileReader.UndecodableException;

/** Import files as spreadsheet programs write them: legacy encodings, byte-order marks, bytes that are no text. */
class TextFileReaderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String CHINESE = "ref,name\nC-1,王芳\nC-2,欧阳娜娜\nC-3,𠮷野家\n";
    private static final String WESTERN = "ref,name\nC-1,José Müller\nC-2,Zoë “Quote” Øre – €5\n";

    private static String read(byte[] bytes, Charset asked) throws IOException {
        try (Reader reader = new TextFileReader(new ByteArrayInputStream(bytes), asked)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[7]; // small, so characters are handed out across reads
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void aLegacyEncodingReadsAsItWasWritten() throws IOException {
        assertEquals(CHINESE, read(CHINESE.getBytes(GB18030), GB18030), "GB18030, with a character outside the BMP");
        assertEquals(WESTERN, read(WESTERN.getBytes(WINDOWS_1252), WINDOWS_1252), "the curly quotes, the dash and the euro of windows-1252");
        assertEquals(CHINESE, read(CHINESE.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void aByteOrderMarkDecidesWhateverWasAsked() throws IOException {
        byte[] utf16le = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, CHINESE.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = concat(new byte[] { (byte) 0xFE, (byte) 0xFF }, CHINESE.getBytes(StandardCharsets.UTF_16BE));
        byte[] utf8 = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, CHINESE.getBytes(StandardCharsets.UTF_8));
        for (Charset asked : new Charset[] { StandardCharsets.UTF_8, GB18030, WINDOWS_1252 }) {
            assertEquals(CHINESE, read(utf16le, asked), "UTF-16LE's mark, asked " + asked);
            assertEquals(CHINESE, read(utf16be, asked), "UTF-16BE's mark, asked " + asked);
            assertEquals(CHINESE, read(utf8, asked), "UTF-8's mark, not part of the text, asked " + asked);
        }
        try (TextFileReader reader = new TextFileReader(new ByteArrayInputStream(utf16le), StandardCharsets.UTF_8)) {
            assertEquals(StandardCharsets.UTF_16LE, reader.encoding());
        }
        assertEquals("", read(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, StandardCharsets.UTF_8), "a mark alone is an empty file");
        assertEquals("a", read(new byte[] { 'a' }, StandardCharsets.UTF_8), "shorter than a mark");
    }

    @Test
    void bytesThatAreNoTextOfTheEncodingStopTheReadingAtTheirLine() {
        byte[] gb = concat("ref,name\nC-1,Li\n".getBytes(StandardCharsets.UTF_8), "C-2,王芳\n".getBytes(GB18030));
        UndecodableException asUtf8 = assertThrows(UndecodableException.class, () -> read(gb, StandardCharsets.UTF_8));
        assertEquals(3, asUtf8.line());
        assertEquals(StandardCharsets.UTF_8, asUtf8.encoding());
        // 0x80 alone is no GB18030 character; 0xFF never starts one
        byte[] broken = concat("ref,name\n".getBytes(GB18030), "C-1,王芳\nC-2,".getBytes(GB18030), new byte[] { (byte) 0xFF, 'x', '\n' });
        UndecodableException asGb = assertThrows(UndecodableException.class, () -> read(broken, GB18030));
        assertEquals(3, asGb.line());
        assertEquals(GB18030, asGb.encoding());
    }

    @Test
    void linesAreCountedInCharactersWhateverTheBytesPerCharacter() throws IOException {
        byte[] bytes = CHINESE.getBytes(GB18030);
        try (TextFileReader reader = new TextFileReader(new ByteArrayInputStream(bytes), GB18030)) {
            char[] all = new char[CHINESE.length() + 1];
            int n = reader.read(all);
            assertEquals(CHINESE.length(), n);
            assertEquals(1, reader.lineAt(0));
            assertEquals(3, reader.lineAt(CHINESE.indexOf("C-2")));
            assertEquals(4, reader.lineAt(CHINESE.indexOf("C-3")));
        }
    }
}
