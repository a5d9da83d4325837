package org.rapport.persistence.api;

/** The store of every registered model: hands out units of work. Thread-safe. */
public interface Store extends AutoCloseable {

    /** A new unit of work; use it from one thread and close it. */
    UnitOfWork begin();

    /** Which database this store uses. */
    DatabaseSettings settings();

    /** Disconnects from the database. */
    @Override
    void close();
}
