package org.rapport.persistence.internal.mapping;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/** Conversions between EMF values and the column values Derby and PostgreSQL both store. */
final class Converters {

    private Converters() {
    }

    /** The converter for a data type, or null when the JDBC driver stores the value as it is. */
    static Converter of(EDataType type) {
        if (type instanceof EEnum eEnum) {
            return new EnumByLiteral(eEnum);
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == LocalDate.class) {
            return new LocalDateAsDate();
        }
        if (instanceClass == Instant.class) {
            return new InstantAsUtcTimestamp();
        }
        if (instanceClass == LocalDateTime.class) {
            return new LocalDateTimeAsTimestamp();
        }
        if (Storage.isNative(instanceClass)) {
            return null;
        }
        return new ThroughFactoryString(type);
    }

    /** The Java type of the column a data type is stored in, for DDL and JDBC binding. */
    static Class<?> columnType(EDataType type) {
        if (type instanceof EEnum) {
            return String.class;
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == LocalDate.class) {
            return Date.class;
        }
        if (instanceClass == Instant.class || instanceClass == LocalDateTime.class) {
            return Timestamp.class;
        }
        return Storage.isNative(instanceClass) ? Storage.boxed(instanceClass) : String.class;
    }

    private abstract static class Base implements Converter {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isMutable() {
            return false;
        }

        @Override
        public void initialize(DatabaseMapping mapping, Session session) {
            // stateless
        }
    }

    /** Enum values are stored by literal, so reordering literals never changes stored data. */
    static final class EnumByLiteral extends Base {
        private static final long serialVersionUID = 1L;
        private final transient EEnum eEnum;

        EnumByLiteral(EEnum eEnum) {
            this.eEnum = eEnum;
        }

        @Override
        public Object convertObjectValueToDataValue(Object value, Session session) {
            return value == null ? null : ((org.eclipse.emf.common.util.Enumerator) value).getLiteral();
        }

        @Override
        public Object convertDataValueToObjectValue(Object data, Session session) {
            if (data == null) {
                return null;
            }
            EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(data.toString());
            if (literal == null) {
                throw new IllegalStateException("'" + data + "' is not a literal of " + eEnum.getName());
            }
            return literal.getInstance();
        }
    }

    static final class LocalDateAsDate extends Base {
        private static final long serialVersionUID = 1L;

        @Override
        public Object convertObjectValueToDataValue(Object value, Session session) {
            return value == null ? null : Date.valueOf((LocalDate) value);
        }

        @Override
        public Object convertDataValueToObjectValue(Object data, Session session) {
            return data == null ? null : ((Date) data).toLocalDate();
        }
    }

    /** Instants are stored as UTC wall-clock timestamps, independent of any desktop's time zone. */
    static final class InstantAsUtcTimestamp extends Base {
        private static final long serialVersionUID = 1L;

        @Override
        public Object convertObjectValueToDataValue(Object value, Session session) {
            return value == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
        }

        @Override
        public Object convertDataValueToObjectValue(Object data, Session session) {
            return data == null ? null : ((Timestamp) data).toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
    }

    static final class LocalDateTimeAsTimestamp extends Base {
        private static final long serialVersionUID = 1L;

        @Override
        public Object convertObjectValueToDataValue(Object value, Session session) {
            return value == null ? null : Timestamp.valueOf((LocalDateTime) value);
        }

        @Override
        public Object convertDataValueToObjectValue(Object data, Session session) {
            return data == null ? null : ((Timestamp) data).toLocalDateTime();
        }
    }

    /** Any other data type is stored as the string its EFactory writes and reads. */
    static final class ThroughFactoryString extends Base {
        private static final long serialVersionUID = 1L;
        private final transient EDataType type;

        ThroughFactoryString(EDataType type) {
            this.type = type;
        }

        @Override
        public Object convertObjectValueToDataValue(Object value, Session session) {
            return value == null ? null : EcoreUtil.convertToString(type, value);
        }

        @Override
        public Object convertDataValueToObjectValue(Object data, Session session) {
            return data == null ? null : EcoreUtil.createFromString(type, data.toString());
        }
    }

    /** The Java types JDBC stores directly. */
    static final class Storage {
        private Storage() {
        }

        static boolean isNative(Class<?> type) {
            return type != null && (type.isPrimitive() || type == String.class || type == java.math.BigDecimal.class
                    || type == java.math.BigInteger.class || Number.class.isAssignableFrom(type) || type == Boolean.class
                    || type == Character.class || type == java.util.Date.class || type == byte[].class);
        }

        static Class<?> boxed(Class<?> type) {
            if (!type.isPrimitive()) {
                return type;
            }
            return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "char" -> Character.class;
            default -> type;
            };
        }
    }
}
