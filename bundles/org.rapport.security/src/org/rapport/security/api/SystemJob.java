package org.rapport.security.api;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Work a process does on its own account rather than a person's: a daily job such as the expiry of
 * points, run by whichever desktop is up, whoever is signed in on it. While it runs on a thread,
 * {@link CurrentUser#get()} is empty on that thread (nobody is signed in there, so the store's
 * access rules do not apply and services record {@code system} as who did it) and the audit names
 * the job: {@code system:NAME}. Other threads of the process keep the signed-in user.
 * <p>
 * A thread's context, not a registry: it lives as long as the call and is confined to its thread.
 */
public final class SystemJob {

    private static final ThreadLocal<String> RUNNING = new ThreadLocal<>();
    /** The audit's login column takes 64 characters; {@code system:} takes 7 of them. */
    private static final int NAME_LENGTH = 57;

    private SystemJob() {
    }

    /**
     * Runs the work on this thread as the system job of this name.
     *
     * @param name what the audit names as who did it, after {@code system:}; 1 to 57 characters
     */
    public static <T> T run(String name, Callable<T> work) throws Exception {
        Objects.requireNonNull(work, "work");
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("a system job needs a name of 1 to " + NAME_LENGTH + " characters: " + name);
        }
        String outer = RUNNING.get();
        RUNNING.set(name);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                RUNNING.remove();
            } else {
                RUNNING.set(outer);
            }
        }
    }

    /** The name of the system job running on this thread, if one is. */
    public static Optional<String> running() {
        return Optional.ofNullable(RUNNING.get());
    }
}
