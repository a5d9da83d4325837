package org.rapport.persistence.api;

import java.util.Collection;

import org.eclipse.emf.ecore.EClass;

/** The store of every registered model: hands out units of work. Thread-safe. */
public interface Store extends AutoCloseable {

    /** A new unit of work; use it from one thread and close it. */
    UnitOfWork begin();

    /** A writer for many new objects, committing every {@code batchSize} of them (the import path). */
    BatchWriter batchWriter(int batchSize);

    /**
     * Makes the database's own files forget values that committed work overwrote or deleted in
     * the tables of these classes: after an erasure, the erased values must not be readable in the
     * raw data, index or log files. On Derby the tables and their indexes are rebuilt and the
     * transaction log is moved on and cut at a checkpoint; on PostgreSQL this does nothing: the
     * server's files are its administrator's (see the admin guide). It takes the tables'
     * exclusive locks for a moment, so call it after the commit, outside any unit of work.
     *
     * @throws StoreException if a table could not be rebuilt (e.g. another transaction held it
     *         too long); the committed data is unchanged, and calling again finishes the work
     */
    void scrub(Collection<EClass> classes);

    /** Which database this store uses. */
    DatabaseSettings settings();

    /** Disconnects from the database. */
    @Override
    void close();
}
