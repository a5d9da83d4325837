package org.rapport.persistence.api;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * One piece of work against the store: read objects, change them as plain EMF objects, then
 * {@link #commit()} all changes in one transaction, or {@link #close()} to drop them.
 * <p>
 * Objects read here are this unit of work's own copies; containment, opposites and notifications
 * behave as in plain EMF. New objects added to a managed object's containment lists are stored
 * with it; other new objects are stored through {@link #add(EObject)}.
 */
public interface UnitOfWork extends AutoCloseable {

    /** The object of this class (or a subclass) with this identity, or empty. */
    <T extends EObject> Optional<T> find(EClass eClass, long id);

    /**
     * Runs a JPQL query whose entity names are EClass names and whose attribute names are
     * feature names, with positional parameters {@code ?1, ?2, ...}.
     */
    <T> List<T> query(String jpql, Object... parameters);

    /** Like {@link #query} but returns at most {@code max} results, skipping the first {@code first}. */
    <T> List<T> page(String jpql, int first, int max, Object... parameters);

    /**
     * Runs a query like {@link #query} but reads its results one at a time from a database
     * cursor, for exports and reports over more rows than fit in memory. The objects are read-only
     * copies that this unit of work does not keep or track: what was streamed can be collected,
     * and changes to it are not stored. Their lists and references are read on use, object by
     * object. Close the stream (try-with-resources) to release the cursor and its connection;
     * closing the unit of work does not close it.
     */
    <T> Stream<T> stream(String jpql, Object... parameters);

    /** Stores a new object (and what it contains) at the next commit. */
    void add(EObject object);

    /**
     * Adds a new object at the end of a stored object's containment list without reading the
     * list, and stores it (and what it contains) at the next commit: for histories that only
     * grow, such as an import adding purchases to customers who have thousands.
     * <p>
     * {@code owner.getList().add(child)} reads the whole list first, and must: an EMF list is
     * unique, so {@code add} asks {@code contains}, and the stored position of the new object is
     * the list's size. This method skips both, because a new object cannot be in the list yet,
     * and asks the database for the list's highest position only at the commit, one query per
     * owner (fast with an index on the owner and position columns, the position descending; see
     * the extension guide). Until the commit the child knows its
     * container ({@code eContainer()}), and a read of the list shows the stored objects followed
     * by the appended ones in the order appended; after the commit the list reads them with the
     * others. Like a change of the list through {@code add}, an append leaves the owner's row and
     * version alone: a user editing the owner meanwhile does not make the commit stale, and two
     * units of work appending to the same owner at the same moment may both take the same next
     * position, as two {@code add}s would (the list still reads every object). Change journals
     * see the new objects as created (with their container); the owner's list, never read, is
     * not reported as updated.
     * <p>
     * When the list was read already, or the owner is new, this is a plain {@code add}.
     *
     * @param owner an object this unit of work read (or a new one)
     * @param reference a stored, many-valued containment of the owner's class
     * @param child a new object that nothing contains
     * @throws IllegalArgumentException if the reference is no such list of the owner, the child
     *             is not of its type, is stored or contained already, or the owner was not read
     *             by this unit of work
     */
    default void append(EObject owner, EReference reference, EObject child) {
        @SuppressWarnings("unchecked")
        List<EObject> list = (List<EObject>) owner.eGet(reference);
        list.add(child);
        add(child);
    }

    /**
     * Takes over the state of an object read by another, closed unit of work (a detached object),
     * and returns this unit of work's copy of it, to commit. What the detached object contains is
     * merged with it; references to other objects point to this unit of work's copies. Lists and
     * references the detached object never read are left as stored. The detached object keeps
     * the version it was read with, so {@link #commit()} refuses the merge if someone stored the
     * object meanwhile. The detached object itself stays detached.
     */
    <T extends EObject> T merge(T detached);

    /**
     * A stored object that points at another with a single reference.
     *
     * @param referrer the object, this unit of work's copy
     * @param reference its reference that points at the other object
     */
    record Referrer(EObject referrer, EReference reference) {
    }

    /**
     * The objects of every stored model that point at the target with a single reference (not a
     * containment, not a container), as this unit of work reads them: what a merge of two objects
     * points elsewhere and what a personal-data request gathers, whichever bundles added models.
     * Lists of references are not searched.
     */
    List<Referrer> referrers(EObject target);

    /**
     * The commits of this unit of work skip the {@link CommitReaction} of this id: for a migration
     * whose derived records come from the old system (an import of purchases whose points were
     * imported as balances). An id no reaction has is ignored.
     */
    void skipReaction(String reactionId);

    /** Deletes an object (and what it contains) at the next commit. */
    void remove(EObject object);

    /**
     * Writes every change in one transaction.
     *
     * @throws StaleEditException if someone stored one of the changed objects meanwhile
     * @throws ConstraintViolationException if the database refused a value
     * @throws DatabaseUnreachableException if the database could not be reached
     */
    void commit();

    /** Ends the unit of work; changes not committed are dropped. */
    @Override
    void close();
}
