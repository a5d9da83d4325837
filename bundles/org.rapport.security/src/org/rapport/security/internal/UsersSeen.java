package org.rapport.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The marker {@code RAPPORT_HOME/users.seen}: this installation's database had a user when it was
 * last looked at. It lets the workbench show the login dialog before the database is open; it
 * grants nothing, so it is never removed (a stale one only sends the person from the login dialog
 * to the setup dialog once the database says it has no users).
 */
final class UsersSeen {

    static final String FILE = "users.seen";
    private static final String CONTENT = "This database has users: Rapport shows its login dialog while the database opens. Safe to delete.\n";

    private UsersSeen() {
    }

    static boolean marked(Path home) {
        return Files.isRegularFile(home.resolve(FILE));
    }

    /** Writes the marker once; a data folder that cannot be written to only loses the early dialog. */
    static void mark(Path home) {
        Path marker = home.resolve(FILE);
        if (!Files.exists(marker)) {
            try {
                Files.writeString(marker, CONTENT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                // a hint only: the next start waits for the database, as before
            }
        }
    }
}
