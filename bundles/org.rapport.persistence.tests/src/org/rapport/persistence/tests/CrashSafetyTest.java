package org.rapport.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.testmodel.TestmodelPackage;
import org.rapport.testing.TestDatabases;

/**
 * A writer killed with SIGKILL in the middle of a large write leaves an embedded database that
 * opens (Derby recovers its log) with every committed batch and nothing of the one in flight.
 */
class CrashSafetyTest {

    private static final List<String> BUNDLES = List.of("org.rapport.persistence", "org.rapport.persistence.testmodel", "org.eclipse.emf.common",
            "org.eclipse.emf.ecore", "org.eclipse.persistence.core", "org.eclipse.persistence.jpa.jpql", "org.eclipse.osgi");

    @TempDir
    Path home;

    @Test
    void aKilledWriterLeavesExactlyTheCommittedBatches() throws Exception {
        DatabaseSettings settings = TestDatabases.embeddedDerby(home);
        DataSources.createEmbedded(settings);
        EclipseLinkStore.open(settings, List.of(TestmodelPackage.eINSTANCE), EclipseLinkStore.Schema.CREATE).close();
        DataSources.shutdownEmbedded(settings);

        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dderby.stream.error.file=" + home.resolve("writer-derby.log"), "-cp", classpath(), CrashWriter.class.getName(),
                settings.embeddedLocation().toString(), settings.user(), settings.password()).redirectError(home.resolve("writer.err").toFile()).start();
        long reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            String line;
            // let several batches commit, then kill it while the next one is being written
            while (reported < 6L * CrashWriter.BATCH && (line = out.readLine()) != null) {
                assertTrue(Instant.now().isBefore(deadline), "the writer is too slow");
                if (line.startsWith("COMMITTED ")) {
                    reported = Long.parseLong(line.substring("COMMITTED ".length()));
                }
            }
            Thread.sleep(150);
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close of the database
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        } finally {
            writer.destroyForcibly();
        }
        assertTrue(reported >= 6L * CrashWriter.BATCH, () -> "the writer did not get going: " + readQuietly(home.resolve("writer.err")));

        Set<String> references = new HashSet<>();
        try (Connection connection = DataSources.open(settings).getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT REFERENCE FROM PTEST_PARTY")) {
            while (rows.next()) {
                references.add(rows.getString(1));
            }
        } finally {
            DataSources.shutdownEmbedded(settings);
        }
        long stored = references.size();
        System.out.printf("CrashSafetyTest: the writer reported %d committed rows before SIGKILL; the recovered database holds %d%n", reported, stored);
        assertEquals(0, stored % CrashWriter.BATCH, "a batch was half written: " + stored + " rows");
        assertTrue(stored >= reported, "committed batches are missing: reported " + reported + ", found " + stored);
        assertTrue(stored <= reported + CrashWriter.BATCH, "more than the batch in flight appeared: " + stored);
        for (long n = 0; n < stored; n++) {
            assertTrue(references.contains("K-" + n), "K-" + n + " is missing");
        }
    }

    /** The engine's jars, as a plain class path, found through the bundles of this test runtime. */
    private static String classpath() throws IOException {
        List<String> entries = new ArrayList<>();
        Bundle self = FrameworkUtil.getBundle(CrashSafetyTest.class);
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (BUNDLES.contains(bundle.getSymbolicName())) {
                entries.add(FileLocator.getBundleFileLocation(bundle).orElseThrow().getAbsolutePath());
            }
            if ("org.rapport.derby".equals(bundle.getSymbolicName())) {
                for (String jar : List.of("derby", "derbyshared", "derbytools")) {
                    entries.add(new File(FileLocator.toFileURL(bundle.getEntry("lib/" + jar + ".jar")).getPath()).getAbsolutePath());
                }
            }
        }
        // this fragment's own classes (CrashWriter)
        URL writerClass = FileLocator.toFileURL(CrashSafetyTest.class.getResource("CrashWriter.class"));
        Path classFile = Path.of(new File(writerClass.getPath()).getAbsolutePath());
        entries.add(classFile.getParent().getParent().getParent().getParent().getParent().toString());
        assertEquals(BUNDLES.size() + 3 + 1, entries.size(), () -> "could not find every jar: " + entries);
        return String.join(File.pathSeparator, entries);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
