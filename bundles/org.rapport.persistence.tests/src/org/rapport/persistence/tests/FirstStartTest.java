package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.internal.EmbeddedDatabase;
import org.rapport.persistence.internal.Schemas;
import org.rapport.persistence.internal.SettingsLoader;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.contribution.TestmodelContribution;

/** A new user's first start on an empty RAPPORT_HOME makes the embedded database, as 'db init' would. */
class FirstStartTest {

    @TempDir
    Path home;

    @Test
    void theFirstStartCreatesTheEmbeddedDatabaseAndKeepsItsPassword() throws Exception {
        DatabaseSettings settings = SettingsLoader.load(home, Map.of());
        assertTrue(settings.password().isEmpty());
        DatabaseSettings created = EmbeddedDatabase.createIfMissing(settings);
        try (EclipseLinkStore store = Schemas.openMigrated(created, Schemas.sources(List.of(new TestmodelContribution())));
                UnitOfWork work = store.begin()) {
            Customer customer = TestmodelFactory.eINSTANCE.createCustomer();
            customer.setReference("C-1");
            work.add(customer);
            work.commit();
        } finally {
            DataSources.shutdownEmbedded(created);
        }
        Path properties = home.resolve(SettingsLoader.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(properties)));
        DatabaseSettings next = SettingsLoader.load(home, Map.of());
        assertEquals(created.password(), next.password(), "the next start must find the generated password");
        // the second start opens what is there
        assertSame(next, EmbeddedDatabase.createIfMissing(next));
        try (EclipseLinkStore store = Schemas.openMigrated(next, Schemas.sources(List.of(new TestmodelContribution())));
                UnitOfWork work = store.begin()) {
            assertEquals(1, work.query("SELECT c FROM Customer c").size());
        } finally {
            DataSources.shutdownEmbedded(next);
        }
    }

    /**
     * A first start ended (SIGKILL here) while Derby writes the new database's files leaves no folder that later
     * starts take for a database: the next start makes the database and works on it.
     */
    @Test
    void aCreationEndedHalfWayLeavesNothingTheNextStartCannotOpen() throws Exception {
        Path location = SettingsLoader.load(home, Map.of()).embeddedLocation();
        Path making = location.resolveSibling(location.getFileName() + EmbeddedDatabase.MAKING);
        Process creator = ChildJvm.start(home, EmbeddedCreator.class, home.toString());
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (!Files.exists(making.resolve("seg0")) && !Files.exists(location.resolve("seg0"))) {
                assertTrue(creator.isAlive(), () -> "the creator ended before it made anything: " + ChildJvm.errorText(home, EmbeddedCreator.class));
                assertTrue(Instant.now().isBefore(deadline), "the creator made nothing in a minute");
                Thread.sleep(2);
            }
            creator.toHandle().destroyForcibly();
            assertTrue(creator.waitFor(30, TimeUnit.SECONDS));
        } finally {
            creator.destroyForcibly();
        }
        assertFalse(Files.exists(location), "a database half made is in the database's place");

        DatabaseSettings next = EmbeddedDatabase.createIfMissing(SettingsLoader.load(home, Map.of()));
        try (EclipseLinkStore store = Schemas.openMigrated(next, Schemas.sources(List.of(new TestmodelContribution())));
                UnitOfWork work = store.begin()) {
            assertEquals(0, work.query("SELECT c FROM Customer c").size());
        } finally {
            DataSources.shutdownEmbedded(next);
        }
        assertFalse(Files.exists(making), "the folder of the ended creation is left behind");
    }


    /** Derby's encrypted database keeps no trace of the folder it was made in: after the rename into place it opens with its key. */
    @Test
    void anEncryptedDatabaseMadeBesideItsPlaceOpensWithItsKey() throws Exception {
        DatabaseSettings plain = SettingsLoader.load(home, Map.of());
        DatabaseSettings encrypted = new DatabaseSettings(plain.kind(), plain.url(), plain.user(), plain.password(), Optional.of("AES"),
                Optional.of("the boot password of this test"), home);
        DatabaseSettings created = EmbeddedDatabase.createIfMissing(encrypted);
        try (EclipseLinkStore store = Schemas.openMigrated(created, Schemas.sources(List.of(new TestmodelContribution())));
                UnitOfWork work = store.begin()) {
            assertEquals(0, work.query("SELECT c FROM Customer c").size());
        } finally {
            DataSources.shutdownEmbedded(created);
        }
    }

    @Test
    void anEncryptedDatabaseWithoutItsKeyIsNotCreated() throws Exception {
        DatabaseSettings plain = SettingsLoader.load(home, Map.of());
        DatabaseSettings encrypted = new DatabaseSettings(plain.kind(), plain.url(), plain.user(), plain.password(), Optional.of("AES"),
                Optional.empty(), home);
        StoreException refused = assertThrows(StoreException.class, () -> EmbeddedDatabase.createIfMissing(encrypted));
        assertTrue(refused.getMessage().contains("RAPPORT_DB_BOOT_PASSWORD"), refused.getMessage());
        assertTrue(!Files.exists(plain.embeddedLocation()), "a database was created without its key");
    }
}
