package org.rapport.persistence.internal.migration;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.rapport.persistence.internal.Messages;
import org.rapport.persistence.internal.migration.SchemaModel.Column;
import org.rapport.persistence.internal.migration.SchemaModel.Index;
import org.rapport.persistence.internal.migration.SchemaModel.Table;

/**
 * Compares the database's JDBC metadata with what the models need ({@link SchemaModel}), so a
 * changelog that lags behind its model stops the start instead of failing on the first query
 * that touches the gap. Tables and columns the models do not know are allowed (a newer area, a
 * column on its way out). Types are compared by family (text, integer, decimal...) and size, not
 * by name, because one changelog gives different type names on Derby and PostgreSQL.
 */
public final class SchemaCheck {

    /** What kind of difference; {@link #blocking()} ones refuse the start, the others are advice. */
    public enum Kind {
        MISSING_TABLE, MISSING_COLUMN, WRONG_TYPE, NULLABLE, MISSING_UNIQUE_INDEX, MISSING_INDEX;

        public boolean blocking() {
            return this != MISSING_INDEX;
        }
    }

    /**
     * One difference.
     *
     * @param column  null for a missing table
     * @param index   the index name for a missing index, else null
     * @param found   the column's type in the database, for a wrong type
     */
    public record Problem(Kind kind, String table, String column, String index, String feature, String contribution, String expected, String found) {

        /** The line that names the problem, in the user's language. */
        public String message() {
            return switch (kind) {
            case MISSING_TABLE -> NLS.bind(Messages.schema_missing_table, new Object[] { table, feature, contribution });
            case MISSING_COLUMN -> NLS.bind(Messages.schema_missing_column, new Object[] { table, column, feature, contribution, expected });
            case WRONG_TYPE -> NLS.bind(Messages.schema_wrong_type, new Object[] { table, column, feature, contribution, found, expected });
            case NULLABLE -> NLS.bind(Messages.schema_nullable, new Object[] { table, column, feature, contribution });
            case MISSING_UNIQUE_INDEX, MISSING_INDEX -> NLS.bind(kind == Kind.MISSING_INDEX ? Messages.schema_missing_index : Messages.schema_missing_unique_index,
                    new Object[] { table, column, feature, contribution, index });
            };
        }
    }

    private SchemaCheck() {
    }

    /** Every difference between the model and the connection's schema, in the model's order. */
    public static List<Problem> compare(SchemaModel model, Connection connection) throws SQLException {
        Database database = Database.read(connection);
        List<Problem> problems = new ArrayList<>();
        for (Table table : model.tables()) {
            Map<String, DbColumn> columns = database.columns.get(table.name());
            if (columns == null) {
                problems.add(new Problem(Kind.MISSING_TABLE, table.name(), null, null, table.feature(), table.contribution(), null, null));
                continue;
            }
            for (Column column : table.columns()) {
                DbColumn found = columns.get(column.name());
                if (found == null) {
                    problems.add(new Problem(Kind.MISSING_COLUMN, table.name(), column.name(), null, column.feature(), column.contribution(), describe(column),
                            null));
                } else if (!compatible(column, found)) {
                    problems.add(new Problem(Kind.WRONG_TYPE, table.name(), column.name(), null, column.feature(), column.contribution(), describe(column),
                            found.describe()));
                } else if (!column.nullable() && found.nullable) {
                    problems.add(new Problem(Kind.NULLABLE, table.name(), column.name(), null, column.feature(), column.contribution(), null, null));
                }
            }
            Map<String, DbIndex> indexes = database.indexes(connection, table.name());
            for (Index index : table.indexes()) {
                DbIndex found = indexes.get(index.name());
                if (found == null || !found.column.equals(index.column()) || (index.unique() && !found.unique)) {
                    problems.add(new Problem(index.unique() ? Kind.MISSING_UNIQUE_INDEX : Kind.MISSING_INDEX, table.name(), index.column(), index.name(),
                            index.feature(), index.contribution(), null, null));
                }
            }
        }
        return problems;
    }

    /** The message that refuses the start: a headline and one line per blocking problem. */
    public static String refusal(List<Problem> problems) {
        String lines = problems.stream().filter(p -> p.kind().blocking()).map(p -> System.lineSeparator() + "  - " + p.message())
                .collect(Collectors.joining());
        return NLS.bind(Messages.schema_drift, lines);
    }

    /** The type a column needs, as a Liquibase type that means the same on Derby and PostgreSQL. */
    public static String describe(Column column) {
        Class<?> type = column.type();
        if (type == String.class) {
            return "VARCHAR(" + column.size() + ")";
        }
        if (type == BigDecimal.class) {
            return "DECIMAL(" + column.size() + "," + column.scale() + ")";
        }
        return switch (Family.of(type)) {
        case INTEGER -> digits(type) <= 5 ? "SMALLINT" : digits(type) <= 10 ? "INT" : digits(type) <= 19 ? "BIGINT" : "DECIMAL(" + digits(type) + ",0)";
        case FLOAT -> type == Float.class ? "REAL" : "DOUBLE";
        case BOOLEAN -> "BOOLEAN";
        case DATE -> "DATE";
        case TIME -> "TIME";
        case TIMESTAMP -> "TIMESTAMP";
        case BINARY -> "BLOB";
        case CHARACTER -> "CHAR(1)";
        default -> "VARCHAR(255)";
        };
    }

    private enum Family {
        TEXT, CHARACTER, INTEGER, DECIMAL, FLOAT, BOOLEAN, DATE, TIME, TIMESTAMP, BINARY, OTHER;

        static Family of(Class<?> type) {
            if (type == String.class) {
                return TEXT;
            }
            if (type == Character.class) {
                return CHARACTER;
            }
            if (type == Long.class || type == Integer.class || type == Short.class || type == Byte.class || type == BigInteger.class) {
                return INTEGER;
            }
            if (type == BigDecimal.class) {
                return DECIMAL;
            }
            if (type == Double.class || type == Float.class) {
                return FLOAT;
            }
            if (type == Boolean.class) {
                return BOOLEAN;
            }
            if (type == java.sql.Date.class || type == java.time.LocalDate.class) {
                return DATE;
            }
            if (type == java.sql.Time.class || type == java.time.LocalTime.class) {
                return TIME;
            }
            if (type == java.sql.Timestamp.class || type == java.time.LocalDateTime.class || type == java.util.Date.class) {
                return TIMESTAMP;
            }
            if (type == byte[].class || type == Byte[].class) {
                return BINARY;
            }
            return OTHER;
        }
    }

    /** Decimal digits a Java integer type needs. */
    private static int digits(Class<?> type) {
        if (type == Byte.class) {
            return 3;
        }
        if (type == Short.class) {
            return 5;
        }
        if (type == Integer.class) {
            return 10;
        }
        return type == Long.class ? 19 : 38;
    }

    private static boolean compatible(Column column, DbColumn found) {
        int t = found.jdbcType;
        return switch (Family.of(column.type())) {
        // PostgreSQL's text is VARCHAR of size Integer.MAX_VALUE
        case TEXT -> isText(t) && (t == Types.CLOB || t == Types.NCLOB || t == Types.LONGVARCHAR || t == Types.LONGNVARCHAR || found.size >= column.size());
        case CHARACTER -> isText(t);
        case INTEGER -> integerDigits(found) >= digits(column.type());
        // enough digits before and after the point
        case DECIMAL -> (t == Types.DECIMAL || t == Types.NUMERIC) && found.scale >= column.scale()
                && found.size - found.scale >= column.size() - column.scale();
        case FLOAT -> t == Types.DOUBLE || (t == Types.FLOAT && found.size >= 53) || (column.type() == Float.class && (t == Types.REAL || t == Types.FLOAT));
        // EclipseLink's Derby platform stores booleans as SMALLINT; PostgreSQL's driver reports boolean as BIT
        case BOOLEAN -> t == Types.BOOLEAN || t == Types.BIT || t == Types.SMALLINT;
        case DATE -> t == Types.DATE;
        case TIME -> t == Types.TIME;
        case TIMESTAMP -> t == Types.TIMESTAMP || t == Types.TIMESTAMP_WITH_TIMEZONE;
        case BINARY -> t == Types.BLOB || t == Types.BINARY || t == Types.VARBINARY || t == Types.LONGVARBINARY;
        case OTHER -> true;
        };
    }

    private static boolean isText(int t) {
        return t == Types.VARCHAR || t == Types.CHAR || t == Types.LONGVARCHAR || t == Types.NVARCHAR || t == Types.NCHAR || t == Types.LONGNVARCHAR
                || t == Types.CLOB || t == Types.NCLOB;
    }

    private static int integerDigits(DbColumn found) {
        return switch (found.jdbcType) {
        case Types.TINYINT -> 2;
        case Types.SMALLINT -> 5;
        case Types.INTEGER -> 10;
        case Types.BIGINT -> 19;
        case Types.DECIMAL, Types.NUMERIC -> found.scale == 0 ? found.size : 0;
        default -> 0;
        };
    }

    private record DbColumn(int jdbcType, String typeName, int size, int scale, boolean nullable) {
        String describe() {
            return switch (jdbcType) {
            case Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR -> size == Integer.MAX_VALUE ? typeName : typeName + "(" + size + ")";
            case Types.DECIMAL, Types.NUMERIC -> typeName + "(" + size + "," + scale + ")";
            default -> typeName;
            };
        }
    }

    private record DbIndex(String column, boolean unique) {
    }

    /** The schema's tables and columns by upper-case name, read once. */
    private static final class Database {
        private final String schema;
        private final Map<String, String> storedNames = new HashMap<>();
        private final Map<String, Map<String, DbColumn>> columns = new HashMap<>();

        private Database(String schema) {
            this.schema = schema;
        }

        static Database read(Connection connection) throws SQLException {
            Database database = new Database(connection.getSchema());
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet rows = metadata.getTables(null, database.schema, "%", new String[] { "TABLE" })) {
                while (rows.next()) {
                    String stored = rows.getString("TABLE_NAME");
                    database.storedNames.put(stored.toUpperCase(Locale.ROOT), stored);
                    database.columns.put(stored.toUpperCase(Locale.ROOT), new HashMap<>());
                }
            }
            try (ResultSet rows = metadata.getColumns(null, database.schema, "%", "%")) {
                while (rows.next()) {
                    Map<String, DbColumn> table = database.columns.get(rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                    if (table != null) {
                        table.put(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), new DbColumn(rows.getInt("DATA_TYPE"),
                                rows.getString("TYPE_NAME").toUpperCase(Locale.ROOT), rows.getInt("COLUMN_SIZE"), rows.getInt("DECIMAL_DIGITS"),
                                rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
                    }
                }
            }
            return database;
        }

        /** The single-column indexes of a table by upper-case name (a multi-column index keeps its first column). */
        Map<String, DbIndex> indexes(Connection connection, String table) throws SQLException {
            Map<String, DbIndex> indexes = new HashMap<>();
            try (ResultSet rows = connection.getMetaData().getIndexInfo(null, schema, storedNames.get(table), false, true)) {
                while (rows.next()) {
                    String name = rows.getString("INDEX_NAME");
                    String column = rows.getString("COLUMN_NAME");
                    if (name != null && column != null && rows.getShort("ORDINAL_POSITION") == 1) {
                        indexes.put(name.toUpperCase(Locale.ROOT), new DbIndex(column.toUpperCase(Locale.ROOT), !rows.getBoolean("NON_UNIQUE")));
                    }
                }
            }
            return indexes;
        }
    }
}
