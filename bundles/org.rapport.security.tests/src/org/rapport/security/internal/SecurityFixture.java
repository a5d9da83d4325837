package org.rapport.security.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapport.persistence.api.DatabaseKind;
import org.rapport.persistence.api.ModelContribution;
import org.rapport.persistence.api.Store;
import org.rapport.security.api.SessionUser;
import org.rapport.testing.FreshDatabase;

/**
 * A user directory on a new database of one kind, migrated with the security changelog as the
 * product does (so the changelog is checked against the model on every kind), with a clock the
 * test moves. Its hasher uses few iterations to keep the tests quick; PasswordHasherTest covers
 * the real cost. The test areas of {@link TestArea#ALL} are registered, as area bundles register theirs.
 */
final class SecurityFixture implements AutoCloseable {

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final FreshDatabase database;
    final Store store;
    final MovableClock clock = new MovableClock();
    final UserDirectory directory;
    /** The audit trail, wired as the store component wires it: every commit of these tests is audited. */
    final AuditTrail trail;
    final AuditLogService auditLog;

    /** The enforcement of the access rules, wired as the store component wires it; only with {@link #withModels}. */
    final Enforcement enforcement;

    SecurityFixture(DatabaseKind kind, Path home) throws Exception {
        this(kind, home, List.of(), false);
    }

    /** A fixture whose store also holds these models and enforces the access rules, as the product's store does. */
    static SecurityFixture withModels(DatabaseKind kind, Path home, List<ModelContribution> models) throws Exception {
        return new SecurityFixture(kind, home, models, true);
    }

    private SecurityFixture(DatabaseKind kind, Path home, List<ModelContribution> models, boolean enforced) throws Exception {
        database = FreshDatabase.create(kind, home);
        List<ModelContribution> contributions = new ArrayList<>(List.of(new SecurityModel()));
        contributions.addAll(models);
        // the trail and the rules ask the directory at each use, as the product's ask the CurrentUser service
        trail = new AuditTrail(() -> clock, this::signedIn);
        enforcement = enforced ? new Enforcement(this::signedIn) : null;
        store = enforced ? database.migratedStore(contributions, List.of(trail, enforcement), enforcement)
                : database.migratedStore(contributions, List.of(trail));
        trail.useStore(store);
        directory = new UserDirectory(store, home, clock, new PasswordHasher(1_000), contributions);
        // as DS binds the areas' services in the product
        TestArea.ALL.forEach(directory::addArea);
        auditLog = new AuditLogService(store, directory, () -> clock);
    }

    private Optional<SessionUser> signedIn() {
        return directory == null ? Optional.empty() : directory.get();
    }

    @Override
    public void close() throws Exception {
        store.close();
        database.close();
    }
}
