package org.rapport.security.api;

/**
 * Sign-in was refused. The message is the same whatever the reason (unknown login, wrong password,
 * locked or disabled account), so it never tells a guesser which logins exist.
 */
public class AuthenticationException extends Exception {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
