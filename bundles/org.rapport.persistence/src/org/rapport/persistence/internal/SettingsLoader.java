package org.rapport.persistence.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.SettingsException;

/**
 * Reads the database settings of a Rapport home: {@code rapport.properties}, then the environment.
 * Settings other than {@code db.*} belong to other areas and are left alone; an unknown
 * {@code db.*} key is refused, so a misspelt setting is never silently ignored.
 */
public final class SettingsLoader {

    public static final String FILE = "rapport.properties";
    public static final String URL = "db.url";
    public static final String USER = "db.user";
    public static final String PASSWORD = "db.password";
    public static final String ENCRYPTION = "db.encryption";
    public static final List<String> KEYS = List.of(URL, USER, PASSWORD, ENCRYPTION);

    static final Map<String, String> VARIABLES = Map.of(URL, "RAPPORT_DB_URL", USER, "RAPPORT_DB_USER", PASSWORD, "RAPPORT_DB_PASSWORD",
            ENCRYPTION, "RAPPORT_DB_ENCRYPTION");
    static final String BOOT_PASSWORD_VARIABLE = "RAPPORT_DB_BOOT_PASSWORD";

    /** The embedded database's user when the settings name none. */
    public static final String DEFAULT_USER = "rapport";

    private SettingsLoader() {
    }

    /** A value with the place it was read from. */
    record Setting(String value, int line) {
    }

    public static DatabaseSettings load(Path home, Map<String, String> environment) throws SettingsException {
        Path file = home.resolve(FILE);
        Map<String, Setting> settings = Files.exists(file) ? read(file) : new LinkedHashMap<>();
        for (String key : KEYS) {
            String variable = environment.get(VARIABLES.get(key));
            if (variable != null) {
                settings.put(key, new Setting(variable, 0));
            }
        }
        String url = value(settings, URL).orElse("jdbc:derby:" + home.resolve("db"));
        DatabaseKind kind = DatabaseKind.ofUrl(url)
                .orElseThrow(() -> problem(file, settings, URL, NLS.bind(Messages.settings_bad_url, url)));
        String user = value(settings, USER).orElse(DEFAULT_USER);
        if (user.isBlank()) {
            throw problem(file, settings, USER, Messages.settings_empty);
        }
        Optional<String> encryption = value(settings, ENCRYPTION).map(e -> e.trim().toUpperCase(Locale.ROOT));
        if (encryption.isPresent() && !encryption.get().equals("AES")) {
            throw problem(file, settings, ENCRYPTION, NLS.bind(Messages.settings_bad_encryption, settings.get(ENCRYPTION).value()));
        }
        if (encryption.isPresent() && kind != DatabaseKind.DERBY_EMBEDDED) {
            throw problem(file, settings, ENCRYPTION, Messages.settings_encryption_not_embedded);
        }
        return new DatabaseSettings(kind, url, user, value(settings, PASSWORD).orElse(""), encryption,
                Optional.ofNullable(environment.get(BOOT_PASSWORD_VARIABLE)).filter(s -> !s.isEmpty()), home);
    }

    private static Optional<String> value(Map<String, Setting> settings, String key) {
        return Optional.ofNullable(settings.get(key)).map(Setting::value);
    }

    private static SettingsException problem(Path file, Map<String, Setting> settings, String key, String message) {
        Setting setting = settings.get(key);
        if (setting != null && setting.line() == 0) {
            return SettingsException.inEnvironment(VARIABLES.get(key), message);
        }
        return SettingsException.inFile(file, setting == null ? 0 : setting.line(), key, message);
    }

    /**
     * The {@code db.*} settings of the file, each with its line. Lines follow the rules of Java
     * properties files (comments, escapes, continuation lines).
     */
    static Map<String, Setting> read(Path file) throws SettingsException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SettingsException.inFile(file, 0, FILE, NLS.bind(Messages.settings_unreadable, e.getMessage()));
        }
        Map<String, Setting> settings = new LinkedHashMap<>();
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
                if (!key.startsWith("db.")) {
                    continue;
                }
                if (!KEYS.contains(key)) {
                    throw SettingsException.inFile(file, first, key, NLS.bind(Messages.settings_unknown_key, String.join(", ", KEYS)));
                }
                Setting earlier = settings.put(key, new Setting(one.getProperty(key).strip(), first));
                if (earlier != null) {
                    throw SettingsException.inFile(file, first, key, NLS.bind(Messages.settings_duplicate, earlier.line()));
                }
            }
        }
        return settings;
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
