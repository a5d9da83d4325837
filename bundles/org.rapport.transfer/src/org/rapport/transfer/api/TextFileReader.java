package org.rapport.transfer.api;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;

/**
 * A strict reader of an import file's text in a given encoding: a byte sequence that is not text
 * of that encoding ends the reading with {@link UndecodableException} naming its line (never a
 * replacement character, which would store a damaged name). A byte-order mark decides the encoding
 * whatever was asked (UTF-8, UTF-16 little or big endian: spreadsheet programs write them) and is
 * not part of the text. {@link #lineAt(long)} turns the character position of a CSV record into
 * the line it starts on.
 */
public final class TextFileReader extends Reader {

    /** What imports read unless told otherwise. */
    public static final Charset DEFAULT = StandardCharsets.UTF_8;

    /**
     * The encodings the import wizard offers, most used first: UTF-8; GB18030 (a superset of GBK,
     * what Excel writes for "CSV" on Chinese Windows); Big5 (Traditional Chinese); windows-1252
     * (Excel's "CSV" in Western languages); UTF-16 (read by its byte-order mark).
     */
    public static final List<Charset> OFFERED = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), Charset.forName("Big5"),
            Charset.forName("windows-1252"), StandardCharsets.UTF_16);

    /** The input is not text of {@link #encoding} from this line on. */
    public static final class UndecodableException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final transient Charset encoding;

        UndecodableException(long line, Charset encoding) {
            super("not " + encoding.name() + " at line " + line);
            this.line = line;
            this.encoding = encoding;
        }

        /** The line (from 1) of the first byte sequence that is not text. */
        public long line() {
            return line;
        }

        public Charset encoding() {
            return encoding;
        }
    }

    private final InputStream in;
    private final Charset encoding;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private boolean eof;
    private boolean done;
    /** Lines begun in decoded text, for the line of a bad byte sequence. */
    private long decodedLines = 1;
    /** Positions of the newlines delivered and not yet passed by {@link #lineAt}. */
    private final ArrayDeque<Long> newlines = new ArrayDeque<>();
    private long delivered;
    private long linesPassed;

    /**
     * @param in the file's bytes from its start; closed with this reader
     * @param asked the encoding to read unless a byte-order mark names another
     */
    public TextFileReader(InputStream in, Charset asked) throws IOException {
        this.in = in.markSupported() ? in : new BufferedInputStream(in);
        this.encoding = afterMark(this.in, asked);
        this.decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    /** The encoding read: the one asked, or the one its byte-order mark names. */
    public Charset encoding() {
        return encoding;
    }

    /** Reads past a byte-order mark and answers the encoding it names, or {@code asked} (nothing read) when there is none. */
    private static Charset afterMark(InputStream in, Charset asked) throws IOException {
        in.mark(3);
        int first = in.read();
        int second = in.read();
        if (first == 0xFF && second == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (first == 0xFE && second == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (first == 0xEF && second == 0xBB && in.read() == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        in.reset();
        return asked;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                newlines.add(delivered + i - offset);
            }
        }
        delivered += n;
        return n;
    }

    /** The line (from 1) of the character at this position; positions must not go backwards. */
    public long lineAt(long position) {
        while (!newlines.isEmpty() && newlines.peekFirst() < position) {
            newlines.removeFirst();
            linesPassed++;
        }
        return linesPassed + 1;
    }

    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0) {
            if (done) {
                chars.flip();
                return false;
            }
            if (!eof) {
                bytes.compact();
                int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                if (read < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                throw new UndecodableException(decodedLines + count(chars, 0, chars.position()), encoding);
            }
            if (eof && result.isUnderflow()) {
                decoder.flush(chars);
                done = true;
            }
        }
        chars.flip();
        decodedLines += count(chars, 0, chars.limit());
        return true;
    }

    private static long count(CharBuffer buffer, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (buffer.get(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
