package org.rapport.loyalty.internal;

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
 * The loyalty model reaches the product through DS, and its committed changelog makes exactly the
 * schema the model needs on the three databases ({@code rapport-ctl db diff loyalty} has nothing to add).
 */
class LoyaltyChangelogTest {

    @TempDir
    Path home;

    private CliRun db(String... arguments) {
        return CliRun.db(home, arguments);
    }

    @Test
    void theContributionIsRegisteredAndDbDiffHasNothingToAdd() {
        ModelContribution contribution = Services.await(ModelContribution.class, "(component.name=" + LoyaltyModel.class.getName() + ")");
        assertEquals("loyalty", contribution.id());
        assertEquals("http://rapport.org/loyalty/1.0", contribution.ePackage().getNsURI());
        CliRun init = db("init");
        CliRun diff = db("diff", "loyalty");
        assertEquals(0, init.code(), init.err());
        assertEquals(0, diff.code(), diff.err());
        assertEquals("<!-- loyalty: the database has everything the model needs -->", diff.out().strip());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theChangelogMigratesEveryDatabaseWithoutDrift(DatabaseKind kind) throws Exception {
        Migration migration = SchemaChecks.migrateNew(kind, home, List.of(LedgerFixture.customersModel(), new LoyaltyModel()), LoyaltyModel.ID);
        assertEquals(List.of(), migration.problems(), "not even an index is missing on " + kind);
        assertEquals("RAPPORT_CL_LOYALTY", migration.status().historyTable());
        assertTrue(migration.status().pending().isEmpty() && migration.status().unknown().isEmpty(), migration.status().toString());
    }
}
