package org.rapport.security.api;

/**
 * Checks credentials against the stored users. After a configurable number of failed attempts
 * ({@code security.lockout.attempts}, default 5) an account is locked for a while
 * ({@code security.lockout.minutes}, default 15); a successful sign-in resets the count.
 * <p>
 * The password array is cleared before each method returns, so the caller's copy of the secret
 * lives no longer than needed.
 */
public interface Authenticator {

    /**
     * The user with this login and password, without signing in.
     *
     * @throws AuthenticationException if the login is unknown, the password wrong, or the account
     *         locked or disabled (one message for all)
     */
    SessionUser authenticate(String login, char[] password) throws AuthenticationException;

    /**
     * Like {@link #authenticate}, and makes the user this process's {@link CurrentUser}.
     *
     * @throws AuthenticationException as {@link #authenticate}; the current user is then unchanged
     */
    SessionUser signIn(String login, char[] password) throws AuthenticationException;
}
