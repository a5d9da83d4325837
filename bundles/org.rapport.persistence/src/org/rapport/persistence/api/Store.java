package org.rapport.persistence.api;

/** The store of every registered model: hands out units of work. Thread-safe. */
public interface Store extends AutoCloseable {

    /** A new unit of work; use it from one thread and close it. */
    UnitOfWork begin();

    /** A writer for many new objects, committing every {@code batchSize} of them (the import path). */
    BatchWriter batchWriter(int batchSize);

    /** Which database this store uses. */
    DatabaseSettings settings();

    /** Disconnects from the database. */
    @Override
    void close();
}
