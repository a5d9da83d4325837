package org.rapport.transfer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * A strict UTF-8 reader for imports: a byte sequence that is not UTF-8 ends the reading with
 * {@link NotUtf8Exception} naming its line (never a replacement character), a leading BOM is
 * dropped, and {@link #lineAt(long)} turns the character position of a CSV record into the line it
 * starts on.
 */
final class Utf8Reader extends Reader {

    /** The input is not UTF-8 from this line on. */
    static final class NotUtf8Exception extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        NotUtf8Exception(long line) {
            super("not UTF-8 at line " + line);
            this.line = line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(16 * 1024);
    private boolean eof;
    private boolean done;
    private boolean first = true;
    /** Lines begun in decoded text, for the line of a bad byte sequence. */
    private long decodedLines = 1;
    /** Positions of the newlines delivered and not yet passed by {@link #lineAt}. */
    private final ArrayDeque<Long> newlines = new ArrayDeque<>();
    private long delivered;
    private long linesPassed;

    Utf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
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
    long lineAt(long position) {
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
                throw new NotUtf8Exception(decodedLines + count(chars, 0, chars.position()));
            }
            if (eof && result.isUnderflow()) {
                decoder.flush(chars);
                done = true;
            }
        }
        chars.flip();
        decodedLines += count(chars, 0, chars.limit());
        if (first) {
            first = false;
            if (chars.get(0) == '\uFEFF') {
                chars.get();
            }
        }
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
