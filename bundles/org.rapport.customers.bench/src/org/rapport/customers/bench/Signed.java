package org.rapport.customers.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.customers.api.CustomersAreaId;
import org.rapport.core.api.ClockService;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * The benchmark's signed-in user: a manager who may do everything with customers (the import's
 * permission check and the access rules see a real grant set), and a clock standing still in
 * Shanghai, so the import's created-at is known to the baseline.
 */
final class Signed implements CurrentUser {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final ClockService CLOCK = () -> Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    static final String LOGIN = "mo";

    private final SessionUser manager = new SessionUser(LOGIN, "Mo", Set.of(Roles.MANAGER),
            List.of(new Grant(CustomersAreaId.ID, Action.READ, Scope.ALL), new Grant(CustomersAreaId.ID, Action.CREATE, Scope.ALL),
                    new Grant(CustomersAreaId.ID, Action.UPDATE, Scope.ALL)),
            Map.of());

    @Override
    public Optional<SessionUser> get() {
        return Optional.of(manager);
    }

    @Override
    public SessionUser require() {
        return manager;
    }

    @Override
    public void signOut() {
        // the benchmark stays signed in
    }
}
