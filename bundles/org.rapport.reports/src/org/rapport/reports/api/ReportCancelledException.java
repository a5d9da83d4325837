package org.rapport.reports.api;

/** The report was stopped by its caller ({@link ReportProgress#isCancelled()}); nothing was kept. */
public class ReportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportCancelledException() {
        super("cancelled");
    }
}
