package org.rapport.persistence.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.HomeSettings;
import org.rapport.persistence.api.HomeSettings.Value;
import org.rapport.persistence.api.SettingsException;

/**
 * Reads the database settings of a Rapport home: the {@code db.*} group of
 * {@code rapport.properties} ({@link HomeSettings}), then the environment.
 */
public final class SettingsLoader {

    public static final String FILE = HomeSettings.FILE;
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

    public static DatabaseSettings load(Path home, Map<String, String> environment) throws SettingsException {
        Map<String, Value> settings = HomeSettings.read(home, "db.", KEYS);
        for (String key : KEYS) {
            String variable = environment.get(VARIABLES.get(key));
            if (variable != null) {
                settings.put(key, new Value(variable, 0));
            }
        }
        String url = value(settings, URL).orElse("jdbc:derby:" + home.resolve("db"));
        DatabaseKind kind = DatabaseKind.ofUrl(url)
                .orElseThrow(() -> problem(home, settings, URL, NLS.bind(Messages.settings_bad_url, url)));
        String user = value(settings, USER).orElse(DEFAULT_USER);
        if (user.isBlank()) {
            throw problem(home, settings, USER, Messages.settings_empty);
        }
        Optional<String> encryption = value(settings, ENCRYPTION).map(e -> e.trim().toUpperCase(Locale.ROOT));
        if (encryption.isPresent() && !encryption.get().equals("AES")) {
            throw problem(home, settings, ENCRYPTION, NLS.bind(Messages.settings_bad_encryption, settings.get(ENCRYPTION).text()));
        }
        if (encryption.isPresent() && kind != DatabaseKind.DERBY_EMBEDDED) {
            throw problem(home, settings, ENCRYPTION, Messages.settings_encryption_not_embedded);
        }
        return new DatabaseSettings(kind, url, user, value(settings, PASSWORD).orElse(""), encryption,
                Optional.ofNullable(environment.get(BOOT_PASSWORD_VARIABLE)).filter(s -> !s.isEmpty()), home);
    }

    private static Optional<String> value(Map<String, Value> settings, String key) {
        return Optional.ofNullable(settings.get(key)).map(Value::text);
    }

    private static SettingsException problem(Path home, Map<String, Value> settings, String key, String message) {
        return HomeSettings.problem(home, key, settings.get(key), VARIABLES.get(key), message);
    }
}
