package org.rapport.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;

import org.rapport.core.api.Folders;
import org.rapport.core.api.PrivateFiles;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.StoreException;

/**
 * Creates the embedded database of a RAPPORT_HOME: by {@code rapport-ctl db init}, or by the
 * workbench on its first start, so that a new user's first {@code ./rapport} just works. Without a
 * configured password one is generated and kept, readable by its owner only, in rapport.properties.
 * <p>
 * The database is made in a folder beside its own and renamed into place once made: a start ended
 * while Derby writes its files (the setup dialog closed, the session ended) must not leave a folder
 * that every later start takes for a database and cannot open.
 */
public final class EmbeddedDatabase {

    /** The suffix of the folder a database is made in before it is renamed into place. */
    public static final String MAKING = ".making";

    private EmbeddedDatabase() {
    }

    /** Creates the database; returns the settings with the password it was created with. */
    public static DatabaseSettings create(DatabaseSettings settings) throws SQLException {
        if (settings.encryption().isPresent() && settings.bootPassword().isEmpty()) {
            throw new StoreException(Messages.db_no_boot_password, null);
        }
        DatabaseSettings created = settings;
        if (settings.password().isEmpty()) {
            created = withPassword(settings, newPassword());
            rememberPassword(created);
        }
        Path location = created.embeddedLocation();
        Path making = location.resolveSibling(location.getFileName() + MAKING);
        try {
            Folders.deleteTree(making); // left by a creation that was ended
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DataSources.createEmbedded(at(created, making));
        try {
            Files.move(making, location, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }

    /** The same settings for a database in another folder. */
    private static DatabaseSettings at(DatabaseSettings settings, Path location) {
        String url = settings.url();
        int attributes = url.indexOf(';');
        String newUrl = "jdbc:derby:" + location + (attributes < 0 ? "" : url.substring(attributes));
        return new DatabaseSettings(settings.kind(), newUrl, settings.user(), settings.password(), settings.encryption(), settings.bootPassword(),
                settings.home());
    }


    /** An embedded database that does not exist yet is created; other settings come back as they are. */
    public static DatabaseSettings createIfMissing(DatabaseSettings settings) {
        if (settings.kind() != DatabaseKind.DERBY_EMBEDDED || Files.exists(settings.embeddedLocation())) {
            return settings;
        }
        try {
            return create(settings);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private static DatabaseSettings withPassword(DatabaseSettings settings, String password) {
        return new DatabaseSettings(settings.kind(), settings.url(), settings.user(), password, settings.encryption(), settings.bootPassword(),
                settings.home());
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Adds the generated password to rapport.properties, readable by its owner only. */
    private static void rememberPassword(DatabaseSettings settings) {
        Path file = settings.home().resolve(SettingsLoader.FILE);
        try {
            Files.createDirectories(settings.home());
            String line = SettingsLoader.PASSWORD + " = " + settings.password() + System.lineSeparator();
            if (Files.exists(file)) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, (content.isEmpty() || content.endsWith("\n") ? content : content + System.lineSeparator()) + line,
                        StandardCharsets.UTF_8);
            } else {
                Files.writeString(file, "# Rapport settings; the database password was generated when the database was created" + System.lineSeparator()
                        + line, StandardCharsets.UTF_8);
            }
            PrivateFiles.restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
