package org.rapport.persistence.api;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.rapport.persistence.internal.Messages;

/**
 * Reads one group of settings from {@code RAPPORT_HOME/rapport.properties}: the keys that start
 * with a prefix such as {@code db.} or {@code security.}, each with its line, so every area reports
 * a mistake as {@code file:line: key: reason}. Keys of other groups are left alone; an unknown key
 * of the group is refused, so a misspelt setting is never silently ignored.
 */
public final class HomeSettings {

    /** The settings file in a Rapport home. */
    public static final String FILE = "rapport.properties";

    /** A value with the line it was read from; line 0 means it came from the environment. */
    public record Value(String text, int line) {
    }

    private HomeSettings() {
    }

    /** The file of a home. */
    public static Path file(Path home) {
        return home.resolve(FILE);
    }

    /**
     * The group's settings in the home's file, in file order; empty when there is no file. Lines
     * follow the rules of Java properties files (comments, escapes, continuation lines).
     *
     * @param prefix the group's prefix, such as {@code security.}
     * @param keys every key of the group
     * @throws SettingsException for an unreadable file, a line that is no setting, an unknown key
     *         of the group or a key set twice
     */
    public static Map<String, Value> read(Path home, String prefix, List<String> keys) throws SettingsException {
        Path file = file(home);
        Map<String, Value> settings = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return settings;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SettingsException.inFile(file, 0, FILE, NLS.bind(Messages.settings_unreadable, e.getMessage()));
        }
        for (int i = 0; i < lines.size(); i++) {
            int first = i + 1;
            StringBuilder logical = new StringBuilder(lines.get(i));
            while (endsWithContinuation(logical) && i + 1 < lines.size()) {
                logical.setLength(logical.length() - 1);
                logical.append(lines.get(++i).stripLeading());
            }
            String text = logical.toString().strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
                continue;
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                throw SettingsException.inFile(file, first, text, Messages.settings_not_a_setting);
            }
            for (String key : one.stringPropertyNames()) {
                if (!key.startsWith(prefix)) {
                    continue;
                }
                if (!keys.contains(key)) {
                    throw SettingsException.inFile(file, first, key, NLS.bind(Messages.settings_unknown_key, prefix, String.join(", ", keys)));
                }
                Value earlier = settings.put(key, new Value(one.getProperty(key).strip(), first));
                if (earlier != null) {
                    throw SettingsException.inFile(file, first, key, NLS.bind(Messages.settings_duplicate, earlier.line()));
                }
            }
        }
        return settings;
    }

    /**
     * A refused setting, reported where it came from: its line of the file, or the environment
     * variable that overrode it (a value with line 0); a missing value is reported at line 0.
     *
     * @param value the refused value, or null when it is missing
     * @param variable the environment variable that may override the key, or null
     */
    public static SettingsException problem(Path home, String key, Value value, String variable, String message) {
        if (value != null && value.line() == 0 && variable != null) {
            return SettingsException.inEnvironment(variable, message);
        }
        return SettingsException.inFile(file(home), value == null ? 0 : value.line(), key, message);
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
