package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.api.CliCommand;
import org.rapport.testing.CliRun;
import org.rapport.testing.Services;

/**
 * The security model reaches the product through DS, and its committed changelog is what
 * {@code rapport-ctl db diff security} says the model needs (the check the engine documents for
 * model authors); run through the real {@code db} command service.
 */
class SecurityChangelogTest {

    @TempDir
    Path home;

    record Run(int code, String printed) {
    }

    private Run db(String... arguments) throws Exception {
        CliCommand command = Services.await(CliCommand.class, "(component.name=org.rapport.persistence.internal.DatabaseCommand)");
        CliRun run = CliRun.run(command, Map.of("RAPPORT_HOME", home.toString()), arguments);
        String printed = run.out() + run.err();
        System.out.println("[db " + String.join(" ", arguments) + "] exit " + run.code() + System.lineSeparator() + printed);
        return new Run(run.code(), printed);
    }

    @Test
    void theCommittedChangelogHasEverythingTheModelNeeds() throws Exception {
        Run init = db("init");
        // the diff first: when the test fails, its output is the changeset the changelog lacks
        Run diff = db("diff", "security");
        assertEquals(0, init.code(), init.printed());
        // on Derby, security-3 (PostgreSQL's append-only triggers) is skipped for security-4 (Derby's)
        assertTrue(init.printed().contains("security: applied 4 changesets: security-1, security-2, security-4, security-5"), init.printed());
        assertEquals(0, diff.code(), diff.printed());
        assertEquals("<!-- security: the database has everything the model needs -->", diff.printed().strip());
    }
}
