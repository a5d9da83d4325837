package org.rapport.customers.internal;

import org.rapport.transfer.api.Findings;

/**
 * The findings of one row, passed on to the batch's, counting the rejects: a row with any is not
 * stored, whatever else of it could be read.
 */
final class RowFindings implements Findings {

    private final Findings batch;
    private int rejects;

    RowFindings(Findings batch) {
        this.batch = batch;
    }

    boolean rejected() {
        return rejects > 0;
    }

    @Override
    public void reject(long line, String field, String value, String reason) {
        rejects++;
        batch.reject(line, field, value, reason);
    }

    @Override
    public void warn(long line, String field, String value, String reason) {
        batch.warn(line, field, value, reason);
    }

    @Override
    public void withdrawWarnings(long line) {
        batch.withdrawWarnings(line);
    }

    @Override
    public void duplicate(long line, String reference, String matching, String matchedOn) {
        batch.duplicate(line, reference, matching, matchedOn);
    }
}
