package org.rapport.complaints.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.testing.CliRun;
import org.rapport.testing.SchemaChecks;
import org.rapport.testing.SchemaChecks.Migration;
import org.rapport.testing.Services;

/**
 * The complaints model reaches the product through DS, and its committed changelog makes exactly the
 * schema the model needs on the three databases ({@code rapport-ctl db diff complaints} has nothing to add).
 */
class ComplaintsChangelogTest {

    @TempDir
    Path home;

    @Test
    void theContributionIsRegisteredAndDbDiffHasNothingToAdd() {
        ModelContribution contribution = Services.await(ModelContribution.class, "(component.name=" + ComplaintsModel.class.getName() + ")");
        assertEquals("complaints", contribution.id());
        assertEquals("http://rapport.org/complaints/1.0", contribution.ePackage().getNsURI());
        CliRun init = CliRun.db(home, "init");
        CliRun diff = CliRun.db(home, "diff", "complaints");
        System.out.println("[db diff complaints]\n" + diff.out() + diff.err());
        assertEquals(0, init.code(), init.err());
        assertEquals(0, diff.code(), diff.err());
        assertEquals("<!-- complaints: the database has everything the model needs -->", diff.out().strip());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theChangelogMigratesEveryDatabaseWithoutDrift(DatabaseKind kind) throws Exception {
        Migration migration = SchemaChecks.migrateNew(kind, home, List.of(ComplaintsFixture.customersModel(), new ComplaintsModel()),
                ComplaintsModel.ID);
        assertEquals(List.of(), migration.problems(), "not even an index is missing on " + kind);
        assertEquals("RAPPORT_CL_COMPLAINTS", migration.status().historyTable());
        assertTrue(migration.status().pending().isEmpty() && migration.status().unknown().isEmpty(), migration.status().toString());
    }
}
