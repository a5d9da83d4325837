package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osgi.framework.Bundle;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.Schemas;
import org.rapport.persistence.testmodel.contribution.TestmodelContribution;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.Services;

/**
 * A start with an up-to-date database skips Liquibase (finding S1 of docs/performance.md); a new or
 * changed changelog of an extension bundle, even one whose version stayed the same, runs it. Seen
 * from the database: a lock table that Liquibase would make again stays away while it is skipped.
 */
class SchemaStampTest {

    private static final String EXTENSION = "org.rapport.persistence.tests.stampext";

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anUpToDateDatabaseSkipsLiquibaseAndANewOrChangedChangelogRunsIt(DatabaseKind kind, @TempDir Path home) throws Exception {
        List<Schemas.Source> sources = Schemas.sources(List.of(new TestmodelContribution()));
        Bundle extension = Services.contextOf(SchemaStampTest.class).installBundle("stamp-test:" + kind + System.nanoTime(),
                extensionJar(changeSet(1)));
        try (FreshDatabase db = FreshDatabase.create(kind, home)) {
            assertTrue(Schemas.migrateIfChanged(db.settings, sources), "a new database is migrated");
            assertFalse(Schemas.migrateIfChanged(db.settings, sources), "the second start checked the migrations again");
            // Liquibase makes a missing lock table before it looks at anything: a start that skips it leaves it missing
            drop(db, "RAPPORT_CL_TESTMODEL_LOCK");
            assertFalse(Schemas.migrateIfChanged(db.settings, sources));
            assertFalse(exists(db, "RAPPORT_CL_TESTMODEL_LOCK"), "Liquibase ran on an up-to-date database");
            Schemas.openMigrated(db.settings, sources).close();
            assertFalse(exists(db, "RAPPORT_CL_TESTMODEL_LOCK"), "the store's opening ran Liquibase on an up-to-date database");

            // an extension bundle arrives with a changelog of its own
            List<Schemas.Source> withExtension = new ArrayList<>(sources);
            withExtension.add(new Schemas.Source("stampext", extension, "db/changelog.xml", null));
            assertTrue(Schemas.migrateIfChanged(db.settings, withExtension), "an added changelog was not applied");
            assertTrue(exists(db, "PSTAMP_1") && exists(db, "RAPPORT_CL_TESTMODEL_LOCK"));
            assertFalse(Schemas.migrateIfChanged(db.settings, withExtension));

            // the same bundle version with one more changeset (a development build): the content counts
            extension.update(extensionJar(changeSet(1) + changeSet(2)));
            assertTrue(Schemas.migrateIfChanged(db.settings, withExtension), "a changed changelog was not applied");
            assertTrue(exists(db, "PSTAMP_2"));
            assertFalse(Schemas.migrateIfChanged(db.settings, withExtension));

            // the extension removed again: a check, which finds nothing to do, and the stamp follows
            assertTrue(Schemas.migrateIfChanged(db.settings, sources));
            assertFalse(Schemas.migrateIfChanged(db.settings, sources));
        } finally {
            extension.uninstall();
        }
    }

    private static String changeSet(int n) {
        return "  <changeSet id=\"stampext-" + n + "\" author=\"rapport\">\n    <createTable tableName=\"PSTAMP_" + n
                + "\"><column name=\"ID\" type=\"INT\"/></createTable>\n  </changeSet>\n";
    }

    /** A bundle with a changelog and nothing else, always the same version, as an extension's development build would be. */
    private static InputStream extensionJar(String changeSets) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", EXTENSION);
        main.putValue("Bundle-Version", "1.0.0");
        String changelog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" //
                + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"" //
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"" //
                + " xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\"" //
                + " logicalFilePath=\"stampext\">\n" + changeSets
                + "</databaseChangeLog>\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("db/"));
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("db/changelog.xml"));
            jar.write(changelog.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return new java.io.ByteArrayInputStream(bytes.toByteArray());
    }

    private static void drop(FreshDatabase db, String table) throws SQLException {
        try (Connection connection = DataSources.open(db.settings).getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + table);
        }
    }

    private static boolean exists(FreshDatabase db, String table) throws SQLException {
        try (Connection connection = DataSources.open(db.settings).getConnection()) {
            boolean upper = connection.getMetaData().storesUpperCaseIdentifiers();
            String name = upper ? table : table.toLowerCase(Locale.ROOT);
            try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name, null)) {
                return tables.next();
            }
        }
    }
}
