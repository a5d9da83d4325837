package org.rapport.customers.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.ui.api.Folders;

/** The export choosers once started in the program's folder: they start in the user's documents. */
class FoldersTest {

    @Test
    void theDocumentsFolderIsXdgsThenDocumentsThenHome(@TempDir Path home) throws Exception {
        assertEquals(home, Folders.documents(Map.of(), home), "no documents folder: home");
        Files.createDirectories(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), Folders.documents(Map.of(), home));
        Files.createDirectories(home.resolve(".config"));
        Files.createDirectories(home.resolve("文档"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "# written by xdg-user-dirs-update\nXDG_DOCUMENTS_DIR=\"$HOME/文档\"\n");
        assertEquals(home.resolve("文档"), Folders.documents(Map.of(), home), "the XDG name, in the user's language");
        Path config = Files.createDirectories(home.resolve("elsewhere"));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/gone\"\n");
        assertEquals(home.resolve("Documents"), Folders.documents(Map.of("XDG_CONFIG_HOME", config.toString()), home), "a missing XDG folder: ~/Documents");
    }
}
