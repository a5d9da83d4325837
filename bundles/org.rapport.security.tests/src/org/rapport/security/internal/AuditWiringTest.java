package org.rapport.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.rapport.cli.api.CliCommand;
import org.rapport.persistence.api.ChangeJournal;
import org.rapport.security.api.AuditLog;
import org.rapport.testing.Services;

/**
 * The audit reaches the product through DS: the trail as a change journal (which the store
 * component picks up before it opens), the log and the {@code audit} command. The trail finds the
 * signed-in user by lookup, so it must activate without the user directory, which needs the store.
 */
class AuditWiringTest {

    @Test
    void theTrailTheLogAndTheCommandAreServices() throws Exception {
        assertInstanceOf(AuditTrail.class, Services.await(ChangeJournal.class, "(component.name=org.rapport.security.internal.AuditTrail)"));
        assertInstanceOf(AuditLogService.class, Services.await(AuditLog.class, "(component.name=org.rapport.security.internal.AuditLogService)"));
        assertEquals("audit", Services.await(CliCommand.class, "(component.name=org.rapport.security.internal.AuditCommand)").name());
    }
}
