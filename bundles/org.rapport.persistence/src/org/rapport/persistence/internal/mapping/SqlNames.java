package org.rapport.persistence.internal.mapping;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Table and column names, from EAnnotations where the model gives them, else derived.
 * <p>
 * A model author names things in the EAnnotation with source {@value #SOURCE}: {@code table} on
 * an EClass, {@code column} on a feature. Derived names are upper snake case; tables are prefixed
 * with the EPackage's nsPrefix, so two packages never collide, and a column that would be an SQL
 * keyword in Derby or PostgreSQL gets a trailing underscore.
 */
public final class SqlNames {

    /** The EAnnotation source that carries Rapport's persistence details. */
    public static final String SOURCE = "http://rapport.org/persistence";

    /**
     * The reserved words of Derby 10.17 and PostgreSQL 15 (and a few common type names): a column
     * named after a feature that is one of them gets a trailing underscore.
     */
    private static final Set<String> RESERVED = Set.of(
            "ADD", "ALL", "ALLOCATE", "ALTER", "ANALYSE", "ANALYZE", "AND", "ANY", "ARE", "ARRAY", "AS", "ASC", "ASSERTION",
            "ASYMMETRIC", "AT", "AUTHORIZATION", "AVG", "BEGIN", "BETWEEN", "BIGINT", "BINARY", "BIT", "BOOLEAN", "BOTH", "BY",
            "CALL", "CASCADE", "CASCADED", "CASE", "CAST", "CHAR", "CHARACTER", "CHARACTER_LENGTH", "CHAR_LENGTH", "CHECK",
            "CLOSE", "COALESCE", "COLLATE", "COLLATION", "COLUMN", "COMMIT", "CONCURRENTLY", "CONNECT", "CONNECTION", "CONSTRAINT",
            "CONSTRAINTS", "CONTINUE", "CONVERT", "CORRESPONDING", "CREATE", "CROSS", "CURRENT", "CURRENT_CATALOG", "CURRENT_DATE",
            "CURRENT_ROLE", "CURRENT_SCHEMA", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURSOR", "DATE", "DEALLOCATE",
            "DEC", "DECIMAL", "DECLARE", "DEFAULT", "DEFERRABLE", "DEFERRED", "DELETE", "DESC", "DESCRIBE", "DIAGNOSTICS",
            "DISCONNECT", "DISTINCT", "DO", "DOUBLE", "DROP", "ELSE", "END", "END-EXEC", "ESCAPE", "EXCEPT", "EXCEPTION", "EXEC",
            "EXECUTE", "EXISTS", "EXPLAIN", "EXTERNAL", "FALSE", "FETCH", "FIRST", "FLOAT", "FOR", "FOREIGN", "FOUND", "FREEZE",
            "FROM", "FULL", "FUNCTION", "GET", "GETCURRENTCONNECTION", "GLOBAL", "GO", "GOTO", "GRANT", "GROUP", "HAVING", "HOUR",
            "IDENTITY", "ILIKE", "IMMEDIATE", "IN", "INDICATOR", "INITIALLY", "INNER", "INOUT", "INPUT", "INSENSITIVE", "INSERT",
            "INT", "INTEGER", "INTERSECT", "INTO", "IS", "ISNULL", "ISOLATION", "JOIN", "KEY", "LAST", "LATERAL", "LEADING",
            "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "LOWER", "LTRIM", "MATCH", "MAX", "MIN", "MINUTE", "NATIONAL",
            "NATURAL", "NCHAR", "NEXT", "NO", "NONE", "NOT", "NOTNULL", "NULL", "NULLIF", "NUMBER", "NUMERIC", "NVARCHAR", "OF",
            "OFFSET", "ON", "ONLY", "OPEN", "OPTION", "OR", "ORDER", "OUTER", "OUTPUT", "OVERLAPS", "PAD", "PARTIAL", "PLACING",
            "PREPARE", "PRESERVE", "PRIMARY", "PRIOR", "PRIVILEGES", "PROCEDURE", "PUBLIC", "READ", "REAL", "REFERENCES",
            "RELATIVE", "RESTRICT", "RETURNING", "REVOKE", "RIGHT", "ROLLBACK", "ROWS", "ROW_NUMBER", "RTRIM", "SCHEMA", "SCROLL",
            "SECOND", "SELECT", "SESSION_USER", "SET", "SIMILAR", "SMALLINT", "SOME", "SPACE", "SQL", "SQLCODE", "SQLERROR",
            "SQLSTATE", "SUBSTR", "SUBSTRING", "SUM", "SYMMETRIC", "SYSTEM_USER", "TABLE", "TABLESAMPLE", "TEMPORARY", "TIME",
            "TIMESTAMP", "TIMEZONE_HOUR", "TIMEZONE_MINUTE", "TO", "TRAILING", "TRANSACTION", "TRANSLATE", "TRANSLATION", "TRIM",
            "TRUE", "UNION", "UNIQUE", "UNKNOWN", "UPDATE", "UPPER", "USER", "USING", "VALUE", "VALUES", "VARCHAR", "VARIADIC",
            "VARYING", "VERBOSE", "VIEW", "WHENEVER", "WHERE", "WINDOW", "WITH", "WORK", "WRITE", "XML", "XMLEXISTS", "XMLPARSE",
            "XMLQUERY", "XMLSERIALIZE", "YEAR");

    /** The columns every persistent table has. */
    public static final String ID = "ID";
    public static final String VERSION = "VERSION";
    public static final String ECLASS = "ECLASS";
    public static final String OWNER = "OWNER_ID";
    public static final String POSITION = "POSITION";
    public static final String ELEMENT = "ELEMENT";

    private SqlNames() {
    }

    public static String table(EClass eClass) {
        String explicit = detail(eClass, "table");
        return explicit != null ? explicit : snake(eClass.getEPackage().getNsPrefix()) + "_" + snake(eClass.getName());
    }

    public static String column(EStructuralFeature feature) {
        String explicit = detail(feature, "column");
        if (explicit != null) {
            return explicit;
        }
        String name = snake(feature.getName());
        return RESERVED.contains(name) ? name + "_" : name;
    }

    /** The foreign-key column of a single reference. */
    public static String foreignKey(EStructuralFeature reference) {
        String explicit = detail(reference, "column");
        return explicit != null ? explicit : snake(reference.getName()) + "_ID";
    }

    /** The table of a many-valued feature that needs one (attribute lists, non-containment lists). */
    public static String collectionTable(EClass owner, EStructuralFeature feature) {
        String explicit = detail(feature, "table");
        return explicit != null ? explicit : table(owner) + "_" + snake(feature.getName());
    }

    /** The column in a child table that points at its container for this containment feature. */
    public static String containerKey(EStructuralFeature containment) {
        String explicit = detail(containment, "ownerColumn");
        return explicit != null ? explicit : snake(containment.getName()) + "_OWNER";
    }

    /** The order column in a child table for this containment feature. */
    public static String containerPosition(EStructuralFeature containment) {
        return snake(containment.getName()) + "_POS";
    }

    /** The name of the index on one column: UX_ for a unique one, IX_ for a plain one. */
    public static String index(String table, String column, boolean unique) {
        return (unique ? "UX_" : "IX_") + table + "_" + column;
    }

    /** The name of the foreign key constraint on one column, the same on every database. */
    public static String foreignKeyConstraint(String table, String column) {
        return "FK_" + table + "_" + column;
    }

    /**
     * The PostgreSQL-only index that serves {@code LIKE 'prefix%'} on an {@code index=true} string
     * column: the plain index cannot in collations other than C.
     */
    public static String patternIndex(String table, String column) {
        return "IP_" + table + "_" + column;
    }

    public static String detail(EModelElement element, String key) {
        var annotation = element.getEAnnotation(SOURCE);
        return annotation == null ? null : annotation.getDetails().get(key);
    }

    static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
                    || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1))))) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
