package org.rapport.reports.api;

/**
 * What a long report tells its caller while it computes, and how the caller stops it: the
 * workbench shows a progress bar and a Cancel button, the command line prints nothing. Defaults do
 * nothing, so a caller implements only what it shows.
 */
public interface ReportProgress {

    /** Reports nothing and never cancels. */
    ReportProgress NONE = new ReportProgress() {
    };

    /** {@code done} of {@code steps} steps (queries) are finished. */
    default void worked(int done, int steps) {
    }

    /** Asked between steps: true stops the report with {@link ReportCancelledException}. */
    default boolean isCancelled() {
        return false;
    }
}
