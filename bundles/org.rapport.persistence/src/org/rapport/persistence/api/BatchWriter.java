package org.rapport.persistence.api;

import org.eclipse.emf.ecore.EObject;

/**
 * The batch path for imports: new objects are written in transactions of a fixed size, and
 * each written batch is forgotten, so memory stays flat however many objects go through.
 * <p>
 * Every batch is all-or-nothing: after a failure (or a crash) the database holds exactly the
 * batches that were committed, and {@link #committed()} says how many objects that is.
 */
public interface BatchWriter extends AutoCloseable {

    /** Queues a new object (with what it contains); a full batch is committed at once. */
    void add(EObject object);

    /** Commits what is queued. */
    void flush();

    /** How many objects are in committed batches. */
    long committed();

    /** Commits what is queued and ends the writer. */
    @Override
    void close();
}
