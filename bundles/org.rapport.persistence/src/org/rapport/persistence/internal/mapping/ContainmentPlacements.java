package org.rapport.persistence.internal.mapping;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.TransformationMapping;
import org.eclipse.persistence.mappings.foundation.AbstractTransformationMapping;
import org.eclipse.persistence.mappings.transformers.FieldTransformer;
import org.eclipse.persistence.sessions.Session;

/**
 * Where the new children of a commit go: their owner's key and position, written in the child's
 * own {@code INSERT} instead of an {@code UPDATE} after it.
 * <p>
 * The containment lists ({@link ContainmentMapping}, or the engine for an append to a list not
 * read) place each new child before the commit inserts it; a write-only mapping on the child's
 * descriptor (one per pair of columns, {@link #writeOnly}) puts the place into the insert row. It
 * is write-only in EclipseLink's sense: it reads nothing, never takes part in change detection,
 * and writes only what was placed, or nulls, so every insert of a table is the same statement.
 * The places live in the unit of work for the length of one commit.
 */
public final class ContainmentPlacements {

    private static final String PROPERTY = "rapport.containmentPlacements";

    /** A child's place: the column of its list's owner key (subclasses' descriptors copy the list's mapping), the key, the position. */
    private record Place(String ownerColumn, Object owner, int position) {
    }

    private ContainmentPlacements() {
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Place> places(AbstractSession work, boolean create) {
        Map<Object, Place> places = (Map<Object, Place>) work.getProperties().get(PROPERTY);
        if (places == null && create) {
            places = new IdentityHashMap<>();
            work.setProperty(PROPERTY, places);
        }
        return places;
    }

    /** The child is inserted with this owner's key and this position in the list. */
    public static void place(AbstractSession work, ContainmentMapping list, Object child, Object ownerKey, int position) {
        places(work, true).put(child, new Place(list.ownerField().getQualifiedName(), ownerKey, position));
    }

    /** A commit ended, written or not: the next one places anew. */
    public static void clear(AbstractSession work) {
        work.getProperties().remove(PROPERTY);
    }

    private static Place placeOf(Object child, Session session) {
        Map<Object, Place> places = session instanceof AbstractSession work ? places(work, false) : null;
        return places == null ? null : places.get(child);
    }

    /**
     * The write-only mapping of one pair of owner and position columns (lists of the same name in
     * different owners share their children's columns).
     */
    static AbstractTransformationMapping writeOnly(DatabaseField ownerField, DatabaseField positionField) {
        TransformationMapping mapping = new TransformationMapping();
        // no attribute: EclipseLink treats the mapping as write-only (nothing read, no change records)
        mapping.addFieldTransformer(ownerField, new OwnerKey(ownerField.getQualifiedName()));
        mapping.addFieldTransformer(positionField, new Position(ownerField.getQualifiedName()));
        return mapping;
    }

    /** Base of the two transformers: the place of a child in one of these lists. */
    private abstract static class Placed implements FieldTransformer {
        private static final long serialVersionUID = 1L;
        private final String ownerColumn;

        Placed(String ownerColumn) {
            this.ownerColumn = ownerColumn;
        }

        @Override
        public void initialize(AbstractTransformationMapping mapping) {
            // the lists are known from the start
        }

        /** A part of the child's place in this pair's list, or null: the child goes elsewhere, or was not placed. */
        <T> T part(Object child, Session session, Function<Place, T> part) {
            Place place = placeOf(child, session);
            return place != null && place.ownerColumn().equalsIgnoreCase(ownerColumn) ? part.apply(place) : null;
        }
    }

    /** The owner's key; typed, so EclipseLink's table generator knows the column's type. */
    private static final class OwnerKey extends Placed {
        private static final long serialVersionUID = 1L;

        OwnerKey(String ownerColumn) {
            super(ownerColumn);
        }

        @Override
        public Long buildFieldValue(Object child, String fieldName, Session session) {
            return part(child, session, place -> ((Number) place.owner()).longValue());
        }
    }

    /** The position in the owner's list. */
    private static final class Position extends Placed {
        private static final long serialVersionUID = 1L;

        Position(String ownerColumn) {
            super(ownerColumn);
        }

        @Override
        public Integer buildFieldValue(Object child, String fieldName, Session session) {
            return part(child, session, Place::position);
        }
    }
}
