package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
