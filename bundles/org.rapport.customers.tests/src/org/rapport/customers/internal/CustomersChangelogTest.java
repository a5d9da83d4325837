package org.rapport.customers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.internal.DataSources;
import org.rapport.testing.CliRun;
import org.rapport.testing.FreshDatabase;
import org.rapport.testing.SchemaChecks;
import org.rapport.testing.SchemaChecks.Migration;
import org.rapport.testing.Services;

/**
 * The customer model reaches the product through DS, and its committed changelog makes exactly
 * the schema the model needs: on the three databases the drift check finds nothing, not even a
 * missing index, and {@code rapport-ctl db diff customers} has nothing to add.
 */
class CustomersChangelogTest {

    @TempDir
    Path home;

    private CliRun db(String... arguments) {
        return CliRun.db(home, arguments);
    }

    @Test
    void theContributionIsRegisteredAndDbDiffHasNothingToAdd() {
        ModelContribution contribution = Services.await(ModelContribution.class, "(component.name=" + CustomersModel.class.getName() + ")");
        assertEquals("customers", contribution.id());
        assertEquals("http://rapport.org/customers/1.0", contribution.ePackage().getNsURI());

        CliRun init = db("init");
        // the diff first: when the test fails, its output is the changeset the changelog lacks
        CliRun diff = db("diff", "customers");
        assertEquals(0, init.code(), init.err());
        // customers-2 (and 7, 9, 12, 14) hold PostgreSQL's indexes only: Derby skips them
        assertTrue(init.out().contains("customers: applied 11 changesets: customers-1, customers-3, customers-4, customers-5, customers-6, customers-8, customers-10, customers-11, customers-13, customers-15, customers-16"), init.out());
        assertEquals(0, diff.code(), diff.err());
        assertEquals("<!-- customers: the database has everything the model needs -->", diff.out().strip());
        CliRun status = db("status");
        assertTrue(status.out().contains("Schema customers: 11 applied, 0 pending, 0 unknown (last applied customers-16; history RAPPORT_CL_CUSTOMERS)"),
                status.out());
        // the engine's sequence row per root table: Customer, ImportantDate, Address, Phone, EmailAddress, Purchase, Interaction, ImportRun,
        // Channel, security's 6 and transfer's TransferRun (the customers bundle uses the security and transfer services, so they are
        // in this runtime)
        assertTrue(status.out().contains("RAPPORT_SEQUENCE: 16 rows"), status.out());
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theChangelogMigratesEveryDatabaseWithoutDrift(DatabaseKind kind) throws Exception {
        List<List<String>> ownerPosition = new ArrayList<>();
        Migration migration = SchemaChecks.migrateNew(kind, home, List.of(new CustomersModel()), CustomersModel.ID,
                // not in the model (the schema check does not ask for it), but what an import's appends are fast with
                database -> ownerPosition.add(indexColumns(database, "CUST_PURCHASE", "IX_CUST_PURCHASE_OWNER_POS")));
        List<String> expected = kind == DatabaseKind.POSTGRESQL
                ? List.of("customers-1", "customers-2", "customers-3", "customers-4", "customers-5", "customers-6", "customers-7", "customers-8", "customers-9",
                        "customers-10", "customers-11", "customers-12", "customers-13", "customers-14", "customers-15", "customers-16", "customers-17")
                : List.of("customers-1", "customers-3", "customers-4", "customers-5", "customers-6", "customers-8", "customers-10", "customers-11", "customers-13", "customers-15", "customers-16");
        assertEquals(expected, migration.applied());
        assertEquals(List.of(), migration.problems(), "not even an index is missing on " + kind);
        assertEquals(List.of(List.of("PURCHASES_OWNER", "PURCHASES_POS DESC")), ownerPosition);
        assertEquals("RAPPORT_CL_CUSTOMERS", migration.status().historyTable());
        assertTrue(migration.status().pending().isEmpty() && migration.status().unknown().isEmpty(), migration.status().toString());
    }

    /** An index's columns in order, a descending one marked DESC. */
    private static List<String> indexColumns(FreshDatabase database, String table, String index) throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = DataSources.open(database.settings).getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            // Derby keeps names in upper case, PostgreSQL in lower
            for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
                try (ResultSet rows = meta.getIndexInfo(null, connection.getSchema(), name, false, false)) {
                    while (rows.next()) {
                        if (index.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
                            columns.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT) + ("D".equals(rows.getString("ASC_OR_DESC")) ? " DESC" : ""));
                        }
                    }
                }
            }
        }
        return columns;
    }
}
