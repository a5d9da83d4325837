package org.rapport.transfer.api;

import java.util.List;

import org.rapport.persistence.api.UnitOfWork;

/**
 * One run's mapping of rows into values of type {@code T} and their storing.
 *
 * @param <T> what a valid row becomes
 */
public interface MappedRun<T> {

    /**
     * A row as a value, or null when it cannot be stored: its reasons are then
     * {@link Findings#reject rejects}. Values kept and flagged are {@link Findings#warn warnings}.
     */
    T validate(Row row, Findings findings);

    /**
     * Stores one batch's values in the unit of work the runner commits with the run's progress;
     * duplicates go to {@link Findings#duplicate}, rows refused by what is stored to
     * {@link Findings#reject}.
     *
     * @return how many rows were stored
     */
    long store(UnitOfWork work, List<Validated<T>> values, Findings findings);

    /** A valid row's value with its line. */
    record Validated<T>(long line, T value) {
    }
}
