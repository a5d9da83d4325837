package org.rapport.persistence.internal.mapping;

import org.eclipse.persistence.mappings.AttributeAccessor;
import org.rapport.persistence.api.PersistentObject;

/** The ID or VERSION column, kept in {@link PersistentObject} rather than in a model feature. */
class IdentityAccessor extends AttributeAccessor {

    private static final long serialVersionUID = 1L;

    private final boolean version;

    IdentityAccessor(boolean version) {
        this.version = version;
        setAttributeName(version ? "persistentVersion" : "persistentId");
    }

    @Override
    public void initializeAttributes(Class<?> descriptorClass) {
        // the fields live in PersistentObject, which every persistent class extends
    }

    @Override
    public Class<?> getAttributeClass() {
        return Long.class;
    }

    @Override
    public Object getAttributeValueFromObject(Object object) {
        PersistentObject persistent = (PersistentObject) object;
        long value = version ? persistent.persistentVersion() : persistent.persistentId();
        // 0 means "not stored yet": EclipseLink then assigns an ID, or starts the version
        return value == 0 ? null : value;
    }

    @Override
    public void setAttributeValueInObject(Object object, Object value) {
        PersistentObject persistent = (PersistentObject) object;
        long number = value == null ? 0 : ((Number) value).longValue();
        if (version) {
            persistent.internalSetPersistentVersion(number);
        } else {
            persistent.internalSetPersistentId(number);
        }
    }
}
