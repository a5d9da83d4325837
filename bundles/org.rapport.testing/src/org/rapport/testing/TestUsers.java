package org.rapport.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.AuthenticationException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.SessionUser.Grant;
import org.rapport.security.api.SystemJob;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * Signed-in users for an area's service and command tests: the users a test declares, who is
 * signed in, and a sign-in by login with {@link #PASSWORD} as {@code rapport-ctl} does it. The real
 * directory, sign-in and access rules are the security bundle's and tested there; an area's tests
 * give their services these instead, so they choose exactly what each user holds.
 */
public final class TestUsers implements CurrentUser, Authenticator {

    /** Every test user's password. */
    public static final String PASSWORD = "pw";

    private final Map<String, SessionUser> known = new HashMap<>();
    private SessionUser signedIn;

    /** A user holding these actions on all records of one area. */
    public static SessionUser user(String login, String role, String area, Action... actions) {
        List<Grant> grants = new ArrayList<>();
        for (Action action : actions) {
            grants.add(new Grant(area, action, Scope.ALL));
        }
        return new SessionUser(login, login.toUpperCase(), Set.of(role), grants, Map.of());
    }

    /** An administrator: every action on every area, users and roles included. */
    public static SessionUser administrator(String login) {
        List<Grant> grants = new ArrayList<>();
        for (Action action : Action.VALUES) {
            grants.add(new Grant(SessionUser.ALL_AREAS, action, Scope.ALL));
        }
        return new SessionUser(login, login.toUpperCase(), Set.of("administrator"), grants, Map.of());
    }

    /** Declares a user, who may then sign in. */
    public TestUsers add(SessionUser user) {
        known.put(user.login(), user);
        return this;
    }

    /** Signs a declared user in, without a password (null for a login nobody declared). */
    public void as(String login) {
        signedIn = known.get(login);
    }

    @Override
    public Optional<SessionUser> get() {
        // as the product's: a system job's thread has nobody signed in
        return SystemJob.running().isPresent() ? Optional.empty() : Optional.ofNullable(signedIn);
    }

    @Override
    public SessionUser require() {
        if (signedIn == null) {
            throw new AccessDeniedException("nobody is signed in");
        }
        return signedIn;
    }

    @Override
    public void signOut() {
        signedIn = null;
    }

    @Override
    public SessionUser authenticate(String login, char[] password) throws AuthenticationException {
        if (!known.containsKey(login) || !Arrays.equals(PASSWORD.toCharArray(), password)) {
            throw new AuthenticationException("wrong login or password");
        }
        return known.get(login);
    }

    @Override
    public SessionUser signIn(String login, char[] password) throws AuthenticationException {
        signedIn = authenticate(login, password);
        return signedIn;
    }
}
