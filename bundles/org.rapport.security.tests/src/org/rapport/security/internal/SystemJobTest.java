package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.persistence.testmodel.Customer;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SystemJob;
import org.rapport.security.model.AuditEntry;

/** A system job (the daily expiry) on a desktop where someone is signed in: the system's rules and name on its thread only. */
class SystemJobTest {

    @TempDir
    Path home;

    private static void rename(EnforcedFixture f, String name) {
        try (UnitOfWork work = f.store.begin()) {
            List<Customer> found = work.query("SELECT c FROM Customer c WHERE c.reference = 'C2'");
            found.get(0).setName(name);
            work.commit();
        }
    }

    @Test
    void aSystemJobWorksAsTheSystemWhoeverIsSignedInAndTheAuditNamesTheJob() throws Exception {
        try (EnforcedFixture f = new EnforcedFixture(DatabaseKind.DERBY_EMBEDDED, home)) {
            f.signIn("tec");
            assertThrows(AccessDeniedException.class, () -> rename(f, "by the technician"), "a technician may not change customers");

            Optional<SessionUser> onTheJob = SystemJob.run("nightly-check", () -> {
                rename(f, "by the job");
                // the signed-in user on another thread of the same process is still the technician
                String elsewhere = CompletableFuture.supplyAsync(() -> f.directory.get().map(SessionUser::login).orElse("nobody")).get(10, TimeUnit.SECONDS);
                assertEquals("tec", elsewhere);
                return f.directory.get();
            });
            assertTrue(onTheJob.isEmpty(), "nobody is signed in on the job's thread");
            assertEquals("tec", f.directory.require().login(), "after the job, the technician again");
            assertTrue(SystemJob.running().isEmpty());

            f.directory.signOut();
            try (UnitOfWork work = f.store.begin()) {
                // the name is personal: the audit keeps its value encrypted, so the entry is found by who made it
                List<AuditEntry> entries = work.query("SELECT e FROM AuditEntry e WHERE e.login = 'system:nightly-check'");
                assertEquals(List.of("name"), entries.stream().map(AuditEntry::getFeature).toList());
                assertTrue(entries.get(0).getObjectClass().endsWith("#Customer"), entries.get(0).getObjectClass());
            }
            assertThrows(IllegalArgumentException.class, () -> SystemJob.run(" ", () -> null));
        }
    }
}
