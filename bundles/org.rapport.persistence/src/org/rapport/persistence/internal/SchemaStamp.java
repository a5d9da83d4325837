package org.rapport.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;

/**
 * What the last successful migration of a database ran against, kept in the database itself
 * ({@code RAPPORT_SCHEMA_STAMP}, made by the engine's changelog), so that a start with the same
 * changelogs can skip Liquibase, whose check of every history and lock table cost seconds of each
 * start. Only a stamp equal to the start's own fingerprint skips anything: a new, changed or
 * removed changelog, another version of a contributing bundle, a database the stamp table is
 * missing from or that cannot be read, all run Liquibase as before (which takes its locks, so
 * concurrent starts stay safe). The stamp is written after every changeset and sequence row is in
 * place, so a stamp always means "all of these changelogs were applied"; changesets are never taken
 * out again, so a stamp written by another process with other changelogs can only cause a check,
 * never skip one that was needed. No Liquibase class is touched when the stamp matches.
 */
final class SchemaStamp {

    static final String TABLE = "RAPPORT_SCHEMA_STAMP";
    private static final int ROW = 1;

    private SchemaStamp() {
    }

    /**
     * A hash of every source's id, bundle name and version, changelog path and model, and of the
     * content of every file in the changelog's folder (where included changelogs live), so that an
     * edited changelog counts even when its bundle's version did not change (a development build).
     */
    static String fingerprint(List<Schemas.Source> sources) {
        MessageDigest digest = sha256();
        for (Schemas.Source source : sources) {
            Bundle bundle = source.bundle();
            add(digest, source.id());
            add(digest, bundle.getSymbolicName());
            add(digest, bundle.getVersion().toString());
            add(digest, source.changelog());
            add(digest, source.ePackage() == null ? "" : source.ePackage().getNsURI());
            for (URL file : changelogFiles(bundle, source.changelog())) {
                add(digest, file.getPath());
                try (InputStream in = file.openStream()) {
                    digest.update(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The changelog and every file beside or below it, in a stable order (fragments' entries count too). */
    private static List<URL> changelogFiles(Bundle bundle, String changelog) {
        String path = changelog.startsWith("/") ? changelog : "/" + changelog;
        int slash = path.lastIndexOf('/');
        List<URL> files = new ArrayList<>();
        if (slash == 0) {
            URL root = bundle.getEntry(path);
            if (root != null) {
                files.add(root);
            }
            return files;
        }
        Enumeration<URL> entries = bundle.findEntries(path.substring(0, slash), "*", true);
        while (entries != null && entries.hasMoreElements()) {
            URL entry = entries.nextElement();
            if (!entry.getPath().endsWith("/")) {
                files.add(entry);
            }
        }
        files.sort(Comparator.comparing(URL::getPath));
        return files;
    }

    private static void add(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java runtime has SHA-256
        }
    }

    /** Whether the database's stamp is this fingerprint. Any failure (no stamp table yet) says no: Liquibase then decides. */
    static boolean matches(DataSource dataSource, String fingerprint) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT FINGERPRINT FROM " + TABLE + " WHERE ID = ?")) {
            select.setInt(1, ROW);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && fingerprint.equals(row.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** Stores the fingerprint after a complete migration; a concurrent first insert by another process is followed by an update. */
    static void write(DataSource dataSource, String fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (update(connection, fingerprint) == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (ID, FINGERPRINT) VALUES (?, ?)")) {
                    insert.setInt(1, ROW);
                    insert.setString(2, fingerprint);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                        throw e;
                    }
                    update(connection, fingerprint);
                }
            }
        }
    }

    private static int update(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET FINGERPRINT = ? WHERE ID = ?")) {
            update.setString(1, fingerprint);
            update.setInt(2, ROW);
            return update.executeUpdate();
        }
    }
}
