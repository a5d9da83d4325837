package org.rapport.persistence.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Decides what the person using the store may read. The security bundle registers the one
 * implementation as an OSGi service; without one every read is allowed. Writes are checked by a
 * {@link ChangeJournal} that refuses commits.
 * <p>
 * The store asks for the rules when a unit of work begins and applies them to everything that
 * unit of work reads: objects found, queried, streamed or reached through lists and references.
 * A unit of work keeps the rules it began with.
 */
public interface AccessPolicy {

    /** The rules for a unit of work that begins now. */
    ReadRules rulesForNewWork();

    /**
     * What one unit of work may read. The store asks often (per object read): answers must be
     * quick and must not change during the unit of work.
     */
    interface ReadRules {

        /** Rules that allow everything: the store's own work, and processes nobody signed in to. */
        ReadRules NONE = new ReadRules() {
            @Override
            public boolean masks(EClass eClass, EAttribute attribute) {
                return false;
            }

            @Override
            public void checkQuery(QueryUse use) {
                // everything may be read
            }

            @Override
            public Optional<RowCondition> rowCondition(EClass eClass) {
                return Optional.empty();
            }

            @Override
            public void checkFound(EObject object) {
                // everything may be read
            }
        };

        /**
         * Whether values of this single-valued attribute come back masked in objects of this
         * class: null, or the type's default for a primitive. Masked values are never written
         * back: a change to one is a change the write check refuses.
         */
        boolean masks(EClass eClass, EAttribute attribute);

        /**
         * Refuses a query by throwing an exception whose message says what may not be read, when
         * the query reaches a class the user may not read, or filters, sorts, groups or computes
         * on an attribute the user may not read. Attributes a query merely selects come back
         * masked instead.
         */
        void checkQuery(QueryUse use);

        /** The rows of this class the user may see, as a condition added to every query; empty for all rows. */
        Optional<RowCondition> rowCondition(EClass eClass);

        /** Refuses an object read by its identity that the user may not see (its class, or its row). */
        void checkFound(EObject object);
    }

    /**
     * What a query reads.
     *
     * @param query the query's text, for messages
     * @param classes every class the query reads or navigates through
     * @param conditions the attributes it filters, sorts, groups or computes on
     * @param containers the classes the query reaches only through containment (never as a range
     *        variable of their own, nor through a plain reference), each with the classes whose
     *        containment features lead to it: their rows are restricted exactly as their
     *        containers' rows are ({@code FROM Customer c JOIN c.purchases p} reads the purchases
     *        of the customers it may read)
     */
    record QueryUse(String query, Set<EClass> classes, Set<EAttribute> conditions, Map<EClass, Set<EClass>> containers) {

        public QueryUse {
            Objects.requireNonNull(query, "query");
            classes = Set.copyOf(classes);
            conditions = Set.copyOf(conditions);
            Map<EClass, Set<EClass>> copy = new LinkedHashMap<>();
            containers.forEach((contained, by) -> copy.put(contained, Set.copyOf(by)));
            containers = Collections.unmodifiableMap(copy);
        }

        /** A query that reaches no class through containment only. */
        public QueryUse(String query, Set<EClass> classes, Set<EAttribute> conditions) {
            this(query, classes, conditions, Map.of());
        }
    }

    /**
     * A condition on the rows of a class: the value reached from each row through a path of
     * single-valued features (by name; the last one an attribute) equals a value, for example
     * {@code accountManager = "li.na"}.
     */
    record RowCondition(List<String> path, Object value) {

        public RowCondition {
            if (path.isEmpty()) {
                throw new IllegalArgumentException("a row condition needs a path");
            }
            path = List.copyOf(path);
            Objects.requireNonNull(value, "value");
        }
    }
}
