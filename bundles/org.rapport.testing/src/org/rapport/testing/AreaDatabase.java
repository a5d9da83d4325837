package org.rapport.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rapport.persistence.api.ChangeJournal;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.Store;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.internal.Enforcement;

/**
 * An area's test database: a fresh database of one kind with the area's models migrated, its store
 * as the store component wires it, and the {@link TestUsers} who sign in to it. An
 * {@linkplain #enforced enforced} store applies the access rules of whoever is signed in, as the
 * product's store does. Closing closes the store, then drops the database.
 */
public final class AreaDatabase implements AutoCloseable {

    public final FreshDatabase database;
    public final TestUsers users = new TestUsers();
    public final Store store;

    private AreaDatabase(DatabaseKind kind, Path home, List<ModelContribution> models, List<ChangeJournal> journals, boolean enforced) throws Exception {
        database = FreshDatabase.create(kind, home);
        try {
            store = enforced ? enforcedStore(database, models, journals, users) : database.migratedStore(models, journals);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The store applies the rules of whoever {@link #users} says is signed in; the journals hear of every commit before the rules do. */
    public static AreaDatabase enforced(DatabaseKind kind, Path home, List<ModelContribution> models, List<ChangeJournal> journals) throws Exception {
        return new AreaDatabase(kind, home, models, journals, true);
    }

    /** With {@code enforced} false, the store lets every unit of work read and write everything. */
    public static AreaDatabase open(DatabaseKind kind, Path home, List<ModelContribution> models, List<ChangeJournal> journals, boolean enforced)
            throws Exception {
        return new AreaDatabase(kind, home, models, journals, enforced);
    }

    /**
     * Another store on a database, as another desktop's, that applies the rules of whoever
     * {@code user} says is signed in there: the security bundle's enforcement as the policy of
     * what units of work read and as the last journal, which refuses what they may not write.
     */
    public static Store enforcedStore(FreshDatabase database, List<ModelContribution> models, List<ChangeJournal> journals, CurrentUser user) {
        Enforcement rules = new Enforcement(user::get);
        List<ChangeJournal> all = new ArrayList<>(journals);
        all.add(rules);
        return database.migratedStore(models, all, rules);
    }

    @Override
    public void close() throws Exception {
        try {
            store.close();
        } finally {
            database.close();
        }
    }
}
