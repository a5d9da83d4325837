package org.rapport.security.api;

import java.util.Optional;

/**
 * The user signed in to this process (the workbench or one {@code rapport-ctl} run), set by
 * {@link Authenticator#signIn} and cleared by {@link #signOut()}. Services read it to decide what
 * the caller may do.
 */
public interface CurrentUser {

    /** The signed-in user, or empty before sign-in and after sign-out. */
    Optional<SessionUser> get();

    /**
     * The signed-in user.
     *
     * @throws AccessDeniedException if nobody is signed in
     */
    SessionUser require();

    /** Forgets the signed-in user. */
    void signOut();
}
