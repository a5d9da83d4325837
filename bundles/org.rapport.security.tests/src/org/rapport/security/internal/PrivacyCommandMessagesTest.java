package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.api.CliCommand;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.testing.CliRun;

/**
 * What {@code rapport-ctl privacy} says (issue 14, defects 8 and 10): the same refusal whether
 * a reference exists or not, no internal id anywhere, and an export into a missing folder named
 * as such.
 */
class PrivacyCommandMessagesTest {

    @TempDir
    Path home;

    @Test
    void refusalsAndSummariesNameReferencesAndAMissingFolderIsSaid() throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.directory.signOut();
            CliCommand command = new PrivacyCommand(f.directory, f.directory, f.privacy);
            Map<String, String> tec = Map.of("RAPPORT_USER", "tec", "RAPPORT_PASSWORD", EnforcedFixture.PASSWORD);
            Map<String, String> mo = Map.of("RAPPORT_USER", "mo", "RAPPORT_PASSWORD", EnforcedFixture.PASSWORD);

            CliRun existing = CliRun.run(command, tec, "export", "C1");
            CliRun missing = CliRun.run(command, tec, "export", "NO-SUCH");
            assertEquals(CliCommand.FAILED, existing.code());
            assertEquals(CliCommand.FAILED, missing.code());
            assertEquals("tec may not export customers records, so cannot export what Rapport holds about the reference 'C1'.", existing.err().strip());
            assertEquals(existing.err().replace("C1", "NO-SUCH"), missing.err(), "the same refusal: nothing tells which references exist");
            assertEquals("", existing.out() + missing.out());

            Path nowhere = home.resolve("no-such-folder").resolve("c1.json");
            CliRun folder = CliRun.run(command, mo, "export", "C1", "--out", nowhere.toString());
            assertEquals(CliCommand.FAILED, folder.code());
            assertEquals("Cannot write " + nowhere + ": the folder " + nowhere.getParent() + " does not exist. Create it first, or give --out a file in a "
                    + "folder that exists.", folder.err().strip());
            assertFalse(Files.exists(nowhere.getParent()));

            CliRun export = CliRun.run(command, mo, "export", "C1", "--out", home.resolve("c1.json").toString());
            assertEquals(CliCommand.OK, export.code(), export.err());
            assertTrue(export.err().startsWith("Exported Customer 'C1': "), export.err());
            CliRun erase = CliRun.run(command, mo, "erase", "C2", "--yes");
            assertEquals(CliCommand.OK, erase.code(), erase.err());
            assertTrue(erase.out().startsWith("Erased Customer 'C2': "), erase.out());
            for (CliRun run : new CliRun[] { existing, missing, folder, export, erase }) {
                assertFalse((run.out() + run.err()).contains("#"), "no internal id: " + run.out() + run.err());
            }
        }
    }
}
