package org.rapport.customers.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.rapport.core.api.Folders;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.internal.DataSources;
import org.rapport.security.internal.AuditTrail;
import org.rapport.security.internal.Enforcement;
import org.rapport.security.internal.SecurityModel;
import org.rapport.testing.FreshDatabase;
import org.rapport.transfer.internal.TransferModel;
import org.rapport.customers.internal.CustomersModel;

/** The benchmark's databases, and their stores as the product opens them. */
final class BenchStores {

    private BenchStores() {
    }

    /** A new database in a folder emptied first (an earlier run's database there has another password). */
    static FreshDatabase fresh(DatabaseKind kind, Path folder) throws Exception {
        Folders.deleteTree(folder);
        Files.createDirectories(folder);
        return FreshDatabase.create(kind, folder);
    }

    /** A connection of the baseline's own, around the store. */
    static Connection connect(FreshDatabase database) throws SQLException {
        return DataSources.open(database.settings).getConnection();
    }

    /** The store as the product opens it: migrated; with the audit trail and the access rules when {@code audited}. */
    static Store migrated(FreshDatabase database, boolean audited) {
        if (!audited) {
            return database.migratedStore(List.of(new SecurityModel(), new TransferModel(), new CustomersModel()));
        }
        return openEnforced(database);
    }

    /** As the product wires it: the audit trail and the access rules' enforcement as journals, the enforcement as policy. */
    static Store openEnforced(FreshDatabase database) {
        Signed user = new Signed();
        AuditTrail trail = new AuditTrail(Signed.CLOCK, user::get);
        Enforcement enforcement = new Enforcement(user::get);
        Store store = database.migratedStore(List.of(new SecurityModel(), new TransferModel(), new CustomersModel()), List.of(trail, enforcement), enforcement);
        // where the trail reads the data subjects' keys: the component looks the store up, the security tests call this
        // package-private hook; the benchmark reaches it the only way it can from another bundle
        try {
            java.lang.reflect.Method useStore = AuditTrail.class.getDeclaredMethod("useStore", Store.class);
            useStore.setAccessible(true);
            useStore.invoke(trail, store);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the audit trail's store hook", e);
        }
        return store;
    }
}
