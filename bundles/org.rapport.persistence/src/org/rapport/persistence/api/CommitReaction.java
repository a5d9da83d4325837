package org.rapport.persistence.api;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Reacts to the new objects of some classes inside the commit that stores them: it reads through
 * the committing unit of work and adds objects to it, which are then written in the same
 * transaction, or not at all when the commit fails. Another area's records that follow from a
 * change (the points of a purchase) are kept this way without the area that makes the change
 * knowing about them. A bundle registers one as an OSGi service (a DS {@code @Component});
 * interactive commits and the batch path both react.
 * <p>
 * Reactions run before the {@link ChangeJournal}s, so the journals (the audit trail, the write
 * checks) see what they add like any other change, under the signed-in user's rules. What a
 * reaction adds is not shown to reactions again. When the commit fails, what the reactions added
 * is dropped from the unit of work, so a retry reacts anew.
 * <p>
 * The store needs its reactions before it opens (a reaction arriving later restarts it, as a
 * journal does): a reaction must not need the {@link Store} service itself; it has the unit of
 * work it is given.
 */
public interface CommitReaction {

    /**
     * What names the reaction, for {@link UnitOfWork#skipReaction(String)}: lower case, stable.
     */
    String id();

    /** The classes whose new objects it reacts to; objects of their subclasses count too. */
    Set<EClass> classes();

    /**
     * Reacts to new objects before anything is written. May read through {@code work} (the
     * committing unit of work, under its user's read rules), add new objects to it ({@code add},
     * or {@code append} to a stored list), and refuse the commit by throwing an exception, in
     * which case nothing is written.
     *
     * @param work the unit of work being committed; do not commit or close it
     * @param created the new objects of {@link #classes()} this commit stores, in no particular
     *        order; each new object knows its container
     */
    void created(UnitOfWork work, List<EObject> created);
}
