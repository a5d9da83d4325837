package org.rapport.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EPackage;
import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.DatabaseSettings;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;

/**
 * The store of a {@link ChildJvm child JVM}, another desktop on the test's database, and its
 * signed-in user, the manager {@value #USER}. The child runs without OSGi, so its models come as
 * EPackages and the schema is the one the test migrated. The test passes the database as the
 * child's first three arguments: JDBC URL, user and password.
 */
public final class ChildStore implements AutoCloseable {

    public static final String USER = "mo";

    public final EclipseLinkStore store;
    public final TestUsers user = new TestUsers();

    private ChildStore(EclipseLinkStore store) {
        this.store = store;
        user.add(new SessionUser(USER, "Mo", Set.of(Roles.MANAGER), List.of(), Map.of()));
        user.as(USER);
    }

    /** The store of the database the child's arguments name, over these models. */
    public static ChildStore open(String[] args, List<EPackage> models) {
        DatabaseSettings settings = new DatabaseSettings(DatabaseKind.ofUrl(args[0]).orElseThrow(), args[0], args[1], args[2], Optional.empty(),
                Optional.empty(), Path.of(System.getProperty("java.io.tmpdir")));
        return new ChildStore(EclipseLinkStore.open(settings, models, EclipseLinkStore.Schema.EXISTING));
    }

    @Override
    public void close() {
        store.close();
    }
}
