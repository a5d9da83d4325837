package org.rapport.security.api;

import java.util.Collection;
import java.util.List;

/**
 * Manages users. Every method requires a signed-in {@link Roles#ADMINISTRATOR} (checked against
 * the database, not only the session), and refuses otherwise with {@link AccessDeniedException};
 * the one exception is {@link #addUser} of an administrator while no user exists, which creates the
 * first administrator. Password arrays are cleared before a method returns.
 */
public interface UserAdministration {

    /** A stored user, for lists. */
    record UserInfo(String login, String displayName, List<String> roles, boolean enabled, boolean locked) {
    }

    /** Whether no user exists yet (then the first {@link #addUser} of an administrator needs no sign-in). */
    boolean noUsers();

    /**
     * Whether this installation has found a user in its database before: a marker in
     * {@code RAPPORT_HOME}, written when a user is added or {@link #noUsers} finds one, read
     * without the database. Only a hint (the login dialog shows while the database still opens);
     * the database decides, so a marker left from another database costs a detour, never access.
     * Needs no sign-in.
     */
    boolean seenUsers();

    /**
     * Whether the installation's database does not exist yet (an embedded database that its first
     * use will make), so that it certainly has no users; read without opening or making anything,
     * so that the setup dialog can show while the database is made. False for a database on a
     * server, which this desktop cannot know without asking it. Needs no sign-in.
     */
    boolean noDatabaseYet();

    /**
     * Adds a user with roles (preset or custom, by name).
     *
     * @param displayName the name to show; the login when null
     * @throws AccessDeniedException unless an administrator is signed in or this is the first administrator
     * @throws IllegalArgumentException for a bad login, a taken login, a too short password or an unknown role,
     *         with a message for the user
     */
    UserInfo addUser(String login, String displayName, char[] password, Collection<String> roles);

    /** Replaces a user's roles. The last enabled administrator keeps the administrator role. */
    UserInfo setRoles(String login, Collection<String> roles);

    /** Sets a new password and lifts a lockout. */
    void resetPassword(String login, char[] password);

    /**
     * Disables a user: sign-in is refused from now on. An administrator cannot disable themself,
     * nor the last enabled administrator.
     */
    void disable(String login);

    /** Enables a disabled user again; a lockout stays until it ends or the password is reset. */
    void enable(String login);

    /**
     * Sets the name shown for a user.
     *
     * @param displayName the name; the login when null or blank
     */
    UserInfo setDisplayName(String login, String displayName);

    /** Every user, by login. */
    List<UserInfo> users();
}
