package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.core.api.PrivateFiles;

/** Files with personal data: their owner's only, and whole or not there at all. */
class PrivateFilesTest {

    @TempDir
    Path folder;

    @Test
    void aWholeFileIsItsOwnersOnlyAndAFailedOneLeavesNothing() throws Exception {
        Path file = folder.resolve("export.json");
        assertEquals(3, PrivateFiles.writeWhole(file, out -> {
            out.write("{}\n");
            return 3;
        }));
        assertEquals("{}\n", Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        IOException failure = assertThrows(IOException.class, () -> PrivateFiles.writeWhole(file, out -> {
            out.write("half of a new export");
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("{}\n", Files.readString(file), "the earlier file stays as it was");
        assertFalse(Files.exists(folder.resolve("export.json.part")), "no partial file is left");

        Path emptyFolder = Files.createDirectory(folder.resolve("a-folder"));
        assertThrows(IllegalArgumentException.class, () -> PrivateFiles.writeWhole(emptyFolder, out -> null));
        assertTrue(Files.isDirectory(emptyFolder), "a folder is never replaced by a file");
    }

    /** A content that closes its writer itself (a CSV printer in try-with-resources does) still makes a whole file. */
    @Test
    void aContentThatClosesItsWriterMakesAWholeFile() throws Exception {
        Path file = folder.resolve("export.csv");
        PrivateFiles.writeWhole(file, out -> {
            try (out) {
                out.write("a,b\n1,2\n");
            }
            return null;
        });
        assertEquals("a,b\n1,2\n", Files.readString(file));
        byte[] pdf = { '%', 'P', 'D', 'F' };
        PrivateFiles.writeWholeBytes(folder.resolve("report.pdf"), out -> {
            out.write(pdf);
            return null;
        });
        assertEquals("%PDF", Files.readString(folder.resolve("report.pdf")));
    }

    @Test
    void aTreeIsMadeItsOwnersOnly() throws Exception {
        Path tree = Files.createDirectories(folder.resolve("backup/seg0"));
        Files.writeString(tree.resolve("c10.dat"), "data");
        PrivateFiles.restrictAll(folder.resolve("backup"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tree)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tree.resolve("c10.dat"))));
    }

    /** A target a user named is checked before anything is written: refused, in the caller's words, when a folder or in no folder. */
    @Test
    void aTargetIsAFileInAFolderThatExists() {
        PrivateFiles.Refusal refusal = new PrivateFiles.Refusal() {
            @Override
            public RuntimeException isFolder(Path file) {
                return new IllegalStateException("folder " + file);
            }

            @Override
            public RuntimeException noFolder(Path file, Path parent) {
                return new IllegalStateException("no folder " + parent + " for " + file);
            }
        };
        Path file = folder.resolve("report.csv");
        assertEquals(file.toAbsolutePath(), PrivateFiles.target(file, refusal));
        assertEquals("folder " + folder.toAbsolutePath(), assertThrows(IllegalStateException.class, () -> PrivateFiles.target(folder, refusal)).getMessage());
        Path nowhere = folder.resolve("missing").resolve("report.csv");
        assertEquals("no folder " + nowhere.getParent().toAbsolutePath() + " for " + nowhere.toAbsolutePath(),
                assertThrows(IllegalStateException.class, () -> PrivateFiles.target(nowhere, refusal)).getMessage());
        assertFalse(Files.exists(nowhere.getParent()), "nothing was made");
    }
}
