package org.rapport.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.internal.EclipseLinkStore;
import org.rapport.persistence.internal.Schemas;
import org.rapport.persistence.internal.migration.ChangeSetInfo;
import org.rapport.persistence.internal.migration.MigrationStatus;

/**
 * The check every area's changelog must pass: on a new database of each kind it applies, its
 * schema is exactly what the model needs (not even an index missing), and nothing is left pending.
 * An area's changelog test is then one call per database kind and its own expectations.
 */
public final class SchemaChecks {

    /**
     * What migrating a new database did for one contribution.
     *
     * @param applied the ids of the contribution's changesets that ran, in order
     * @param problems what the schema lacks or has wrong for the models (empty when it matches)
     * @param status the contribution's history afterwards (nothing pending, nothing unknown when all is well)
     */
    public record Migration(List<String> applied, List<String> problems, MigrationStatus status) {
    }

    /** A check of an area's own on the migrated database, before it is closed (an index the model does not ask for, say). */
    @FunctionalInterface
    public interface DatabaseCheck {
        void check(FreshDatabase database) throws Exception;
    }

    private SchemaChecks() {
    }

    /**
     * Makes a new database of that kind in the folder, migrates it with the engine's and these
     * contributions' changelogs and checks the schema against the models.
     *
     * @param checked the id of the contribution whose changesets and status are reported
     */
    public static Migration migrateNew(DatabaseKind kind, Path home, List<ModelContribution> contributions, String checked) throws Exception {
        return migrateNew(kind, home, contributions, checked, database -> {
        });
    }

    /** Like {@link #migrateNew(DatabaseKind, Path, List, String)}, with a check of the area's own on the migrated database. */
    public static Migration migrateNew(DatabaseKind kind, Path home, List<ModelContribution> contributions, String checked, DatabaseCheck more)
            throws Exception {
        List<Schemas.Source> sources = Schemas.sources(contributions);
        try (FreshDatabase database = FreshDatabase.create(kind, home)) {
            Map<String, List<ChangeSetInfo>> ran = Schemas.migrate(database.settings, sources);
            List<String> problems;
            try (EclipseLinkStore store = Schemas.openMigrated(database.settings, sources)) {
                problems = Schemas.check(store, sources).stream().map(Object::toString).toList();
            }
            more.check(database);
            MigrationStatus status = Schemas.status(database.settings, sources).stream().filter(s -> s.contributionId().equals(checked)).findFirst().orElseThrow();
            return new Migration(ran.getOrDefault(checked, List.of()).stream().map(ChangeSetInfo::id).toList(), problems, status);
        }
    }
}
