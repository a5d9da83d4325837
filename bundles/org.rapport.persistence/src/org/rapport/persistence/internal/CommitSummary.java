package org.rapport.persistence.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.rapport.persistence.api.ObjectChange.Kind;

/**
 * Which objects of which class one commit created, changed and deleted: identities only, the
 * content of the commit events. Collected while the journals are told, from the same change
 * set, so a commit computes its changes once.
 */
final class CommitSummary {

    /** Identities of one class, per kind, growing as the change set is walked. */
    static final class ClassChanges {
        private final EnumMap<Kind, LongList> ids = new EnumMap<>(Kind.class);

        long[] ids(Kind kind) {
            LongList list = ids.get(kind);
            return list == null ? new long[0] : list.toArray();
        }

        boolean has(Kind kind) {
            return ids.containsKey(kind);
        }
    }

    private final Map<EClass, ClassChanges> classes = new LinkedHashMap<>();

    void add(Kind kind, EClass eClass, long id) {
        classes.computeIfAbsent(eClass, c -> new ClassChanges()).ids.computeIfAbsent(kind, k -> new LongList()).add(id);
    }

    boolean isEmpty() {
        return classes.isEmpty();
    }

    /** The classes touched, in the order first seen. */
    Map<EClass, ClassChanges> classes() {
        return classes;
    }

    /** A growing array of longs: a batch of an import holds thousands of identities, boxing them is waste. */
    private static final class LongList {
        private long[] values = new long[8];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
