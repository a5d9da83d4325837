package org.rapport.persistence.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which database Rapport uses and how it logs in.
 * <p>
 * They come from {@code RAPPORT_HOME/rapport.properties} ({@code db.url}, {@code db.user},
 * {@code db.password}, {@code db.encryption}), each overridden by the environment
 * ({@code RAPPORT_DB_URL}, {@code RAPPORT_DB_USER}, {@code RAPPORT_DB_PASSWORD},
 * {@code RAPPORT_DB_ENCRYPTION}, and {@code RAPPORT_DB_BOOT_PASSWORD} for an encrypted embedded
 * database). With neither, Rapport uses an embedded Derby database in {@code RAPPORT_HOME/db}.
 *
 * @param kind the kind of database, from the URL
 * @param url the JDBC URL
 * @param user the database user
 * @param password the user's password; never printed
 * @param encryption the encryption algorithm of an embedded database ({@code AES}), chosen when
 *        it is created; empty for none
 * @param bootPassword the key of an encrypted embedded database; empty when not encrypted or
 *        not given (the workbench then asks for it)
 * @param home the Rapport home folder the settings belong to
 */
public record DatabaseSettings(DatabaseKind kind, String url, String user, String password, Optional<String> encryption,
        Optional<String> bootPassword, Path home) {

    public DatabaseSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(encryption, "encryption");
        Objects.requireNonNull(bootPassword, "bootPassword");
        Objects.requireNonNull(home, "home");
    }

    /** The folder of an embedded database; only for {@link DatabaseKind#DERBY_EMBEDDED}. */
    public Path embeddedLocation() {
        if (kind != DatabaseKind.DERBY_EMBEDDED) {
            throw new IllegalStateException("not an embedded database: " + url);
        }
        String location = url.substring("jdbc:derby:".length());
        int attributes = location.indexOf(';');
        return Path.of(attributes < 0 ? location : location.substring(0, attributes));
    }

    /** Passwords are never shown. */
    @Override
    public String toString() {
        return "DatabaseSettings[" + kind + " " + url + " user=" + user + (encryption.isPresent() ? " encrypted" : "") + "]";
    }
}
