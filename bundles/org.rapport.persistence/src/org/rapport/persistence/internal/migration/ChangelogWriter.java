package org.rapport.persistence.internal.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.persistence.internal.mapping.SqlNames;
import org.rapport.persistence.internal.migration.SchemaCheck.Kind;
import org.rapport.persistence.internal.migration.SchemaCheck.Problem;
import org.rapport.persistence.internal.migration.SchemaModel.Column;
import org.rapport.persistence.internal.migration.SchemaModel.Table;

/**
 * Writes the Liquibase changes that close the differences {@link SchemaCheck} found for one
 * contribution ({@code rapport-ctl db diff ID}): a model author changes the Ecore model, runs it,
 * reads the result and pastes it into the bundle's changelog. Only database-independent change
 * types are used, except the PostgreSQL-only pattern indexes.
 */
public final class ChangelogWriter {

    /**
     * The changelog property for boolean columns. EclipseLink's Derby platform stores booleans in
     * SMALLINT and writes boolean literals as 1 and 0, which Derby cannot compare with a BOOLEAN
     * column; PostgreSQL has a real boolean.
     */
    public static final String BOOLEAN_PROPERTY = "rapport.boolean";

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd"
                logicalFilePath="%s">
            """;

    private ChangelogWriter() {
    }

    /**
     * The changes for one contribution, or an empty string when it has nothing to add.
     *
     * @param full     a whole changelog (for a contribution without one yet) instead of changesets
     * @param next     the number of the first new changeset ({@code ID-next})
     */
    public static String write(SchemaModel model, List<Problem> problems, String contribution, boolean full, int next) {
        List<Problem> own = problems.stream().filter(p -> p.contribution().equals(contribution)).toList();
        if (own.isEmpty()) {
            return "";
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        model.tables().forEach(t -> tables.put(t.name(), t));
        StringBuilder changes = new StringBuilder();
        // after every new table, so a key can point at a table made by the same changeset
        StringBuilder foreignKeys = new StringBuilder();
        List<String> patternIndexes = new ArrayList<>();
        boolean booleans = false;
        for (Problem problem : own) {
            Table table = tables.get(problem.table());
            Column column = problem.column() == null ? null : table.column(problem.column());
            switch (problem.kind()) {
            case MISSING_TABLE -> {
                changes.append("    <createTable tableName=\"").append(table.name()).append("\">\n");
                for (Column c : table.columns()) {
                    if (c.contribution().equals(contribution)) {
                        changes.append(column(c, "      ", table.name()));
                        booleans |= c.type() == Boolean.class;
                    }
                }
                changes.append("    </createTable>\n");
                for (SchemaModel.Index index : table.indexes()) {
                    if (index.contribution().equals(contribution)) {
                        createIndex(changes, table, index.name(), index.column(), index.unique(), patternIndexes);
                    }
                }
                table.foreignKeys().stream().filter(k -> k.contribution().equals(contribution)).forEach(k -> foreignKey(foreignKeys, table, k));
            }
            case MISSING_COLUMN -> {
                changes.append("    <addColumn tableName=\"").append(table.name()).append("\">\n").append(column(column, "      ", table.name()))
                        .append("    </addColumn>\n");
                table.foreignKeys().stream().filter(k -> k.column().equals(column.name())).forEach(k -> foreignKey(foreignKeys, table, k));
                booleans |= column.type() == Boolean.class;
            }
            case WRONG_TYPE -> {
                changes.append("    <modifyDataType tableName=\"").append(table.name()).append("\" columnName=\"").append(column.name())
                        .append("\" newDataType=\"").append(type(column)).append("\"/>\n");
                booleans |= column.type() == Boolean.class;
            }
            case NULLABLE -> {
                changes.append("    <addNotNullConstraint tableName=\"").append(table.name()).append("\" columnName=\"").append(column.name())
                        .append("\" columnDataType=\"").append(type(column)).append("\"/>\n");
                booleans |= column.type() == Boolean.class;
            }
            case MISSING_UNIQUE_INDEX, MISSING_INDEX -> createIndex(changes, table, problem.index(), problem.column(),
                    problem.kind() == Kind.MISSING_UNIQUE_INDEX, patternIndexes);
            }
        }
        StringBuilder out = new StringBuilder();
        if (full) {
            out.append(HEADER.formatted(contribution)).append('\n');
        }
        if (booleans) {
            out.append("  <!-- once per changelog, before its changesets -->\n");
            out.append("  <property name=\"").append(BOOLEAN_PROPERTY).append("\" value=\"SMALLINT\" dbms=\"derby\"/>\n");
            out.append("  <property name=\"").append(BOOLEAN_PROPERTY).append("\" value=\"BOOLEAN\" dbms=\"postgresql\"/>\n\n");
        }
        out.append("  <changeSet id=\"").append(contribution).append('-').append(next).append("\" author=\"rapport\">\n").append(changes)
                .append(foreignKeys).append("  </changeSet>\n");
        if (!patternIndexes.isEmpty()) {
            // PostgreSQL's plain index serves LIKE 'prefix%' only in the C collation (docs/performance.md, finding 6)
            out.append("\n  <changeSet id=\"").append(contribution).append('-').append(next + 1).append("\" author=\"rapport\" dbms=\"postgresql\">\n");
            patternIndexes.forEach(sql -> out.append("    <sql>").append(sql).append("</sql>\n"));
            out.append("  </changeSet>\n");
        }
        if (full) {
            out.append("</databaseChangeLog>\n");
        }
        return out.toString();
    }

    private static void createIndex(StringBuilder changes, Table table, String name, String column, boolean unique, List<String> patternIndexes) {
        changes.append("    <createIndex tableName=\"").append(table.name()).append("\" indexName=\"").append(name).append('"')
                .append(unique ? " unique=\"true\"" : "").append(">\n      <column name=\"").append(column).append("\"/>\n    </createIndex>\n");
        Column indexed = table.column(column);
        if (!unique && indexed != null && indexed.type() == String.class) {
            patternIndexes.add(patternIndex(table.name(), column));
        }
    }

    private static void foreignKey(StringBuilder changes, Table table, SchemaModel.ForeignKey key) {
        changes.append("    <addForeignKeyConstraint constraintName=\"").append(key.name()).append("\" baseTableName=\"").append(table.name())
                .append("\" baseColumnNames=\"").append(key.column()).append("\"\n        referencedTableName=\"").append(key.targetTable())
                .append("\" referencedColumnNames=\"").append(key.targetColumn()).append("\"/>\n");
    }

    /** PostgreSQL's index for {@code LIKE 'prefix%'} on a string column, whatever the database's collation. */
    public static String patternIndex(String table, String column) {
        return "CREATE INDEX " + SqlNames.patternIndex(table, column) + " ON " + table + " (" + column + " varchar_pattern_ops)";
    }

    /** The pattern indexes of every {@code index=true} string column of the model, for a schema made from the model. */
    public static List<String> patternIndexes(SchemaModel model) {
        List<String> statements = new ArrayList<>();
        for (Table table : model.tables()) {
            for (SchemaModel.Index index : table.indexes()) {
                Column column = table.column(index.column());
                if (!index.unique() && column != null && column.type() == String.class) {
                    statements.add(patternIndex(table.name(), column.name()));
                }
            }
        }
        return statements;
    }

    private static String type(Column column) {
        return column.type() == Boolean.class ? "${" + BOOLEAN_PROPERTY + "}" : SchemaCheck.describe(column);
    }

    private static String column(Column column, String indent, String table) {
        StringBuilder out = new StringBuilder(indent).append("<column name=\"").append(column.name()).append("\" type=\"").append(type(column))
                .append('"');
        if (column.primaryKey()) {
            out.append(">\n").append(indent).append("  <constraints primaryKey=\"true\" primaryKeyName=\"PK_").append(table).append("\"/>\n").append(indent)
                    .append("</column>\n");
        } else if (!column.nullable()) {
            out.append(">\n").append(indent).append("  <constraints nullable=\"false\"/>\n").append(indent).append("</column>\n");
        } else {
            out.append("/>\n");
        }
        return out.toString();
    }
}
