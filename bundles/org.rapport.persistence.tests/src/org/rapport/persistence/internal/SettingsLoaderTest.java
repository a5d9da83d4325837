package org.rapport.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.SettingsException;

class SettingsLoaderTest {

    @TempDir
    Path home;

    private DatabaseSettings load(String file, Map<String, String> environment) throws Exception {
        if (file != null) {
            Files.writeString(home.resolve("rapport.properties"), file);
        }
        return SettingsLoader.load(home, environment);
    }

    @Test
    void withNothingRapportUsesAnEmbeddedDatabaseInItsHome() throws Exception {
        DatabaseSettings settings = load(null, Map.of());
        assertEquals(DatabaseKind.DERBY_EMBEDDED, settings.kind());
        assertEquals(home.resolve("db"), settings.embeddedLocation());
        assertEquals("rapport", settings.user());
        assertEquals("", settings.password());
        assertEquals(Optional.empty(), settings.encryption());
    }

    @Test
    void theFileChoosesAServerAndTheEnvironmentOverridesIt() throws Exception {
        String file = "# shared database\nui.theme = dark\ndb.url = jdbc:postgresql://db.example:5432/care\ndb.user = agent\ndb.password = s3cr=t\n";
        DatabaseSettings fromFile = load(file, Map.of());
        assertEquals(DatabaseKind.POSTGRESQL, fromFile.kind());
        assertEquals("agent", fromFile.user());
        assertEquals("s3cr=t", fromFile.password());
        DatabaseSettings overridden = load(file, Map.of("RAPPORT_DB_URL", "jdbc:derby://10.0.0.5:1527/care", "RAPPORT_DB_PASSWORD", "other"));
        assertEquals(DatabaseKind.DERBY_NETWORK, overridden.kind());
        assertEquals("agent", overridden.user());
        assertEquals("other", overridden.password());
    }

    @Test
    void continuationLinesAndEscapesFollowPropertiesRules() throws Exception {
        DatabaseSettings settings = load("db.url = jdbc:postgresql://host:5432/\\\n    rapport\ndb.password = a\\\\b\\u00e9\n", Map.of());
        assertEquals("jdbc:postgresql://host:5432/rapport", settings.url());
        assertEquals("a\\bé", settings.password());
    }

    @Test
    void aMisspeltSettingIsRefusedWithFileLineAndKey() throws Exception {
        SettingsException e = assertThrows(SettingsException.class, () -> load("db.user = a\n\n# comment\ndb.ulr = jdbc:derby:/x\n", Map.of()));
        assertEquals(4, e.line());
        assertEquals("db.ulr", e.key());
        assertTrue(e.getMessage().startsWith(home.resolve("rapport.properties") + ":4: db.ulr: "), e.getMessage());
        assertTrue(e.getMessage().contains("db.url"), "the message lists the known settings: " + e.getMessage());
    }

    @Test
    void anUnsupportedDatabaseNamesTheLine() throws Exception {
        SettingsException e = assertThrows(SettingsException.class, () -> load("db.user = a\ndb.url = jdbc:mysql://localhost/care\n", Map.of()));
        assertEquals(2, e.line());
        assertEquals("db.url", e.key());
        assertTrue(e.getMessage().contains("jdbc:mysql://localhost/care"), e.getMessage());
    }

    @Test
    void anUnsupportedDatabaseFromTheEnvironmentNamesTheVariable() {
        SettingsException e = assertThrows(SettingsException.class, () -> load(null, Map.of("RAPPORT_DB_URL", "oracle:thin")));
        assertEquals("RAPPORT_DB_URL", e.key());
        assertEquals(0, e.line());
        assertEquals("environment", e.source());
    }

    @Test
    void aSettingGivenTwiceIsRefusedWithBothLines() {
        SettingsException e = assertThrows(SettingsException.class, () -> load("db.user = a\ndb.user = b\n", Map.of()));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("1"), e.getMessage());
    }

    @Test
    void encryptionIsForEmbeddedDatabasesOnly() throws Exception {
        assertEquals(Optional.of("AES"), load("db.encryption = aes\n", Map.of()).encryption());
        SettingsException server = assertThrows(SettingsException.class,
                () -> load("db.url = jdbc:postgresql://h/db\ndb.encryption = AES\n", Map.of()));
        assertEquals(2, server.line());
        SettingsException unknown = assertThrows(SettingsException.class, () -> load("db.encryption = ROT13\n", Map.of()));
        assertEquals("db.encryption", unknown.key());
    }

    @Test
    void theBootPasswordComesOnlyFromTheEnvironment() throws Exception {
        assertEquals(Optional.of("k3y"), load(null, Map.of("RAPPORT_DB_BOOT_PASSWORD", "k3y")).bootPassword());
        assertEquals(Optional.empty(), load(null, Map.of()).bootPassword());
    }

    @Test
    void passwordsNeverAppearInTheSettingsText() throws Exception {
        DatabaseSettings settings = load("db.password = hunter2\n", Map.of("RAPPORT_DB_BOOT_PASSWORD", "bootkey"));
        assertTrue(!settings.toString().contains("hunter2") && !settings.toString().contains("bootkey"), settings.toString());
    }
}
