package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.SettingsException;

class LockoutPolicyTest {

    @TempDir
    Path home;

    @Test
    void withoutSettingsFiveAttemptsLockForFifteenMinutes() throws Exception {
        assertEquals(new LockoutPolicy(5, Duration.ofMinutes(15)), LockoutPolicy.load(home));
        Files.writeString(home.resolve("rapport.properties"), "db.url = jdbc:derby:/tmp/x\n");
        assertEquals(LockoutPolicy.DEFAULT, LockoutPolicy.load(home));
    }

    @Test
    void theFileSetsBoth() throws Exception {
        Files.writeString(home.resolve("rapport.properties"), "# stricter\nsecurity.lockout.attempts = 3\nsecurity.lockout.minutes=60\n");
        assertEquals(new LockoutPolicy(3, Duration.ofMinutes(60)), LockoutPolicy.load(home));
    }

    @Test
    void aBadValueOrAMisspeltKeyIsReportedWithFileAndLine() throws Exception {
        Path file = home.resolve("rapport.properties");
        Files.writeString(file, "security.lockout.attempts = 3\nsecurity.lockout.minutes = 0\n");
        SettingsException zero = assertThrows(SettingsException.class, () -> LockoutPolicy.load(home));
        assertEquals(file + ":2: security.lockout.minutes: '0' is not a whole number of 1 or more", zero.getMessage());
        Files.writeString(file, "security.lockout.atempts = 3\n");
        SettingsException misspelt = assertThrows(SettingsException.class, () -> LockoutPolicy.load(home));
        assertEquals(file + ":1: security.lockout.atempts: unknown setting; the settings starting with security. are security.lockout.attempts, "
                + "security.lockout.minutes", misspelt.getMessage());
    }
}
