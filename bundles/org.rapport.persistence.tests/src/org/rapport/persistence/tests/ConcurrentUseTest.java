package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;
import org.rapport.cli.api.CliCommand;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.internal.EmbeddedServer;
import org.rapport.persistence.internal.SettingsLoader;
import org.rapport.persistence.internal.SharedEmbedded;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.TestmodelFactory;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.persistence.testmodel.contribution.TestmodelContribution;
import org.rapport.testing.CliRun;
import org.rapport.testing.Services;

/**
 * Two programs on one embedded database at once (issue 14, defect 5), as two real processes: the
 * second works through the first one's loopback server, the first serves until the second is
 * done, a second that comes while the first is still opening waits and says why, and one that
 * meets a program that never shares the database is told so, without Derby's XSDB6.
 */
class ConcurrentUseTest {

    private static ServiceRegistration<ModelContribution> contribution;

    @TempDir
    Path home;
    private DatabaseSettings settings;
    private Process holder;
    private BufferedReader holderOut;

    @BeforeAll
    static void contributeTheTestModel() {
        contribution = Services.contextOf(EclipseLinkStore.class).registerService(ModelContribution.class, new TestmodelContribution(), null);
    }

    @AfterAll
    static void withdraw() {
        contribution.unregister();
    }

    @BeforeEach
    void createDatabase() throws Exception {
        CliCommand db = Services.await(CliCommand.class, "(component.name=org.rapport.persistence.internal.DatabaseCommand)");
        CliRun init = CliRun.run(db, Map.of("RAPPORT_HOME", home.toString()), "init");
        assertEquals(0, init.code(), init.err());
        settings = SettingsLoader.load(home, Map.of());
    }

    @AfterEach
    void endHolder() throws Exception {
        if (holder != null && holder.isAlive()) {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    private void startHolder(long secondsBeforeServing, String until) throws Exception {
        holder = ChildJvm.start(home, HoldingProcess.class, settings.url(), settings.user(), settings.password(), home.toString(),
                Long.toString(secondsBeforeServing));
        holderOut = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        awaitHolder(until);
    }

    private void awaitHolder(String line) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        for (String read = holderOut.readLine(); !line.equals(read); read = holderOut.readLine()) {
            assertTrue(read != null && Instant.now().isBefore(deadline), "the holding program did not say " + line + ": " + holderErrors());
        }
    }

    private String holderErrors() {
        try {
            return Files.readString(ChildJvm.errors(home, HoldingProcess.class));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private SharedEmbedded.Opened<EclipseLinkStore> open(Duration patience, List<String> notices) {
        return SharedEmbedded.open(settings, s -> EclipseLinkStore.open(s, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.EXISTING), patience,
                notices::add);
    }

    private static List<String> references(EclipseLinkStore store) {
        try (UnitOfWork work = store.begin()) {
            return work.query("SELECT c.reference FROM Customer c ORDER BY c.reference");
        }
    }

    @Test
    void aSecondProcessWorksThroughTheFirstWhichServesUntilTheSecondIsDone() throws Exception {
        startHolder(0, "SERVING");

        // what every second command met before: the embedded database opened directly fails with Derby's XSDB6
        RuntimeException direct = assertThrows(RuntimeException.class,
                () -> EclipseLinkStore.open(settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.EXISTING).close());
        assertTrue(SharedEmbedded.bootedElsewhere(direct), "the direct way fails as it did: " + direct);

        List<String> notices = new ArrayList<>();
        SharedEmbedded.Opened<EclipseLinkStore> opened = open(Duration.ofSeconds(30), notices);
        assertFalse(opened.direct(), "through the holder's server");
        assertEquals(List.of(), notices, "nothing to wait for");
        EclipseLinkStore store = opened.value();
        try (UnitOfWork work = store.begin()) {
            Customer customer = TestmodelFactory.eINSTANCE.createCustomer();
            customer.setReference("S-1");
            customer.setName("second");
            work.add(customer);
            work.commit();
        }
        assertEquals(List.of("H-1", "S-1"), references(store), "both programs' writes, one database");

        // the holder is asked to close while this process still works through it: it keeps serving, and says why
        try (Writer in = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write("quit\n");
        }
        assertFalse(holder.waitFor(2, TimeUnit.SECONDS), "the holder waits for the process working through it");
        assertFalse(Files.exists(home.resolve(EmbeddedServer.FILE)), "no new process is sent to a closing server");
        assertEquals(List.of("H-1", "S-1"), references(store), "still served");
        assertTrue(holderErrors().contains("Rapport keeps the database open until the programs working through it have finished (process "
                + ProcessHandle.current().pid() + ")"), holderErrors());

        store.close();
        opened.lease().orElseThrow().close();
        awaitHolder("CLOSED");
        assertTrue(holder.waitFor(60, TimeUnit.SECONDS), holderErrors());
        assertEquals(0, holder.exitValue(), holderErrors());

        // afterwards the database is this process's to open directly
        SharedEmbedded.Opened<EclipseLinkStore> again = open(Duration.ofSeconds(30), notices);
        try {
            assertTrue(again.direct());
            assertEquals(List.of("H-1", "S-1"), references(again.value()));
        } finally {
            again.value().close();
            org.rapport.persistence.internal.DataSources.shutdownEmbedded(settings);
        }
    }

    @Test
    void aSecondProcessWaitsWhileTheFirstIsStillOpeningAndSaysWhy() throws Exception {
        startHolder(4, "BOOTED");
        List<String> notices = new ArrayList<>();
        SharedEmbedded.Opened<EclipseLinkStore> opened = open(Duration.ofSeconds(60), notices);
        try {
            assertFalse(opened.direct());
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).startsWith("The database " + settings.embeddedLocation() + " is being opened by another Rapport program; waiting (up to 60 s)"),
                    notices.get(0));
            assertEquals(List.of("H-1"), references(opened.value()));
        } finally {
            opened.value().close();
            opened.lease().orElseThrow().close();
        }
    }

    @Test
    void aProgramThatNeverSharesTheDatabaseIsNamedWithoutDerbysError() throws Exception {
        startHolder(-1, "BOOTED");
        List<String> notices = new ArrayList<>();
        StoreException refused = assertThrows(StoreException.class, () -> open(Duration.ofSeconds(2), notices));
        assertEquals("The database " + settings.embeddedLocation() + " is open in another program that does not share it (waited 2 s): close that program, "
                + "or run this command when it has finished.", refused.getMessage());
        assertEquals(1, notices.size(), "it said it was waiting");
    }
}
