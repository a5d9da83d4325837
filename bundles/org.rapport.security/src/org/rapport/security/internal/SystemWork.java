package org.rapport.security.internal;

/**
 * Work the security services do for themselves, whoever is signed in: checking a password and
 * counting failures, storing the preset roles, administration already checked against the
 * database. The store's access rules do not apply to it; the audit trail still names the
 * signed-in user. Confined to the calling thread:
 * {@code try (SystemWork work = SystemWork.begin()) { ... }}.
 */
final class SystemWork implements AutoCloseable {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private SystemWork() {
    }

    /** Lifts the access rules on this thread until {@link #close()}. */
    static SystemWork begin() {
        DEPTH.set(DEPTH.get() + 1);
        return new SystemWork();
    }

    @Override
    public void close() {
        int depth = DEPTH.get() - 1;
        if (depth <= 0) {
            DEPTH.remove();
        } else {
            DEPTH.set(depth);
        }
    }

    /** Whether this thread runs system work now. */
    static boolean active() {
        return DEPTH.get() > 0;
    }
}
