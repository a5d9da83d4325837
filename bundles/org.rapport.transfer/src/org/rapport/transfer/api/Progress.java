package org.rapport.transfer.api;

/**
 * What a long import or export reports while it works, and how its caller stops it: the command
 * line prints the calls on standard error, a wizard can show them in a progress bar. Every method
 * has a default that does nothing, so a caller implements only what it shows.
 */
public interface Progress {

    /** Rows between two calls of {@link #rows}. */
    int EVERY = 10_000;

    /** Reports nothing and never cancels. */
    Progress NONE = new Progress() {
    };

    /**
     * The work has started.
     *
     * @param id the import id (what {@code --resume} takes), or null for an export
     */
    default void started(String id) {
    }

    /**
     * How many rows the work will go through, when it knows (an export counts the customers it
     * exports before the first row), so a progress bar can show the share done. Not called when
     * the work does not know.
     */
    default void total(long rows) {
    }

    /** Another {@link #EVERY} rows were read; {@code rows} is how many so far, this run. */
    default void rows(long rows) {
    }

    /**
     * Asked after each committed batch (and each exported block): true stops the work there. A
     * cancelled import is left resumable (status FAILED, every row up to its last committed line
     * stored).
     */
    default boolean isCancelled() {
        return false;
    }
}
