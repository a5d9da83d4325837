package org.rapport.persistence.api;

import java.nio.file.Path;

/**
 * A database setting that cannot be used, with where it came from: a line of
 * {@code rapport.properties} or an environment variable.
 */
public class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String key;

    public SettingsException(String message, String source, int line, String key) {
        super(message);
        this.source = source;
        this.line = line;
        this.key = key;
    }

    public static SettingsException inFile(Path file, int line, String key, String message) {
        return new SettingsException(file + ":" + line + ": " + key + ": " + message, file.toString(), line, key);
    }

    public static SettingsException inEnvironment(String variable, String message) {
        return new SettingsException(variable + ": " + message, "environment", 0, variable);
    }

    /** The file, or "environment". */
    public String source() {
        return source;
    }

    /** The line in the file, or 0 for the environment. */
    public int line() {
        return line;
    }

    /** The setting or environment variable. */
    public String key() {
        return key;
    }
}
