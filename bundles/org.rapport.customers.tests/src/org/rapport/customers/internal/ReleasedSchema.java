package org.rapport.customers.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.persistence.internal.DataSources;
import org.rapport.persistence.internal.Schemas;
import org.rapport.testing.FreshDatabase;

/**
 * A database as a released customers changelog left it (a copy in {@code db-test/}), for the
 * tests of the changesets after it, and plain SQL to fill and read it.
 */
final class ReleasedSchema {

    private ReleasedSchema() {
    }

    /** Migrates the engine's changelog and the released customers changelog, as the product stood then. */
    static void migrate(FreshDatabase database, String changelog) throws Exception {
        Schemas.Source released = new Schemas.Source(CustomersModel.ID, FrameworkUtil.getBundle(CustomersModel.class), changelog, CustomersPackage.eINSTANCE);
        List<Schemas.Source> before = new ArrayList<>(Schemas.sources(List.of()));
        before.add(released);
        Schemas.migrate(database.settings, before);
    }

    /** Migrates to the current changelog, as the product's next start does. */
    static void migrateToCurrent(FreshDatabase database) throws Exception {
        Schemas.migrate(database.settings, Schemas.sources(List.of(new CustomersModel())));
    }

    static void execute(FreshDatabase database, String... statements) throws Exception {
        try (Connection connection = DataSources.open(database.settings).getConnection(); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.executeUpdate(statement);
            }
        }
    }

    /** The first column of the query's rows, as strings. */
    static List<String> column(FreshDatabase database, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DataSources.open(database.settings).getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
