package org.rapport.persistence.internal;

import java.io.Writer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where EclipseLink's session log writes: into java.util.logging, line by line, at the level of
 * EclipseLink's own tag ({@code [EL Severe]}, {@code [EL Warning]}, else INFO), instead of
 * straight to a console stream. The program decides where the log goes: {@code rapport-ctl} sends
 * it to a file under RAPPORT_HOME, so a command's standard error carries only its own messages
 * (issue 14, defect 10).
 */
final class SessionLogLines extends Writer {

    static final Logger LOG = Logger.getLogger("org.eclipse.persistence");

    private final StringBuilder line = new StringBuilder();

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    private void emit() {
        if (line.isEmpty()) {
            return;
        }
        String text = line.toString();
        line.setLength(0);
        Level level = text.contains("[EL Severe]") ? Level.SEVERE : text.contains("[EL Warning]") ? Level.WARNING : Level.INFO;
        LOG.log(level, text);
    }

    @Override
    public synchronized void flush() {
        // a line is logged when it ends
    }

    @Override
    public synchronized void close() {
        emit();
    }
}
