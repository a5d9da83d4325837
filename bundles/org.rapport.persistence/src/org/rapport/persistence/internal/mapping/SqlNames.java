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

    /** Keywords that Derby or PostgreSQL refuse as plain identifiers. */
    private static final Set<String> RESERVED = Set.of("ALL", "AND", "ANY", "ARRAY", "AS", "ASC", "BETWEEN", "BOOLEAN", "BOTH", "BY", "CASE",
            "CAST", "CHECK", "COLLATE", "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME",
            "CURRENT_TIMESTAMP", "CURRENT_USER", "DATE", "DEFAULT", "DEFERRABLE", "DESC", "DISTINCT", "DO", "DOUBLE", "ELSE", "END",
            "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "IN", "INDEX", "INNER",
            "INSERT", "INTERSECT", "INTO", "IS", "JOIN", "KEY", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCAL", "NATURAL", "NOT", "NULL",
            "NUMBER", "OF", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OUTER", "PRIMARY", "REFERENCES", "RIGHT", "ROW", "ROWS", "SELECT",
            "SESSION_USER", "SET", "SOME", "SYSTEM_USER", "TABLE", "THEN", "TIME", "TIMESTAMP", "TO", "TRAILING", "TRUE", "UNION",
            "UNIQUE", "UPDATE", "USER", "USING", "VALUE", "VALUES", "VARCHAR", "VIEW", "WHEN", "WHERE", "WITH", "YEAR");

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
