package org.rapport.security.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.rapport.persistence.api.HomeSettings;
import org.rapport.persistence.api.SettingsException;

/**
 * How many failed sign-ins lock an account, and for how long: {@code security.lockout.attempts}
 * (default 5) and {@code security.lockout.minutes} (default 15) in {@code rapport.properties}.
 */
public record LockoutPolicy(int attempts, Duration lockout) {

    public static final String ATTEMPTS = "security.lockout.attempts";
    public static final String MINUTES = "security.lockout.minutes";
    public static final List<String> KEYS = List.of(ATTEMPTS, MINUTES);
    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    /** The policy of a Rapport home; the defaults for settings it does not name. */
    public static LockoutPolicy load(Path home) throws SettingsException {
        Map<String, HomeSettings.Value> settings = HomeSettings.read(home, "security.", KEYS);
        int attempts = positive(home, settings, ATTEMPTS, DEFAULT.attempts());
        int minutes = positive(home, settings, MINUTES, (int) DEFAULT.lockout().toMinutes());
        return new LockoutPolicy(attempts, Duration.ofMinutes(minutes));
    }

    private static int positive(Path home, Map<String, HomeSettings.Value> settings, String key, int fallback) throws SettingsException {
        HomeSettings.Value value = settings.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.text());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        throw HomeSettings.problem(home, key, value, null, NLS.bind(Messages.settings_not_positive, value.text()));
    }
}
