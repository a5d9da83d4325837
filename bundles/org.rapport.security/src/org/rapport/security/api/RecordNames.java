package org.rapport.security.api;

import java.util.Optional;

/**
 * Names an area's records as people know them, for the audit log, which stores only
 * {@code nsURI#EClass} and an identity ({@code Customer#2001}). An area registers one as an OSGi
 * service for its own classes. Records are read through the store, under its access rules: a
 * record the reader may not read gets no name.
 */
public interface RecordNames {

    /** A record as the audit log names it. */
    record Record(String objectClass, long objectId) {
    }

    /**
     * The record's name, e.g. {@code W-001 Zhou Min} for a customer, or
     * {@code Phone of W-001 Zhou Min} for something a customer holds; empty when the class is
     * not this area's, the record is gone, or the reader may not read it.
     */
    Optional<String> name(String objectClass, long objectId);

    /** The record a person means by a reference they know (a customer's reference); empty when this area has none such. */
    Optional<Record> byReference(String reference);
}
