package org.rapport.persistence.internal.migration;

import liquibase.database.core.DerbyDatabase;

/**
 * Liquibase's Derby support with one fix. To look up its history table Liquibase passes the schema
 * and table names to {@link java.sql.DatabaseMetaData#getTables} as LIKE patterns, escaping
 * {@code _} and {@code %} with a backslash. Derby has no escape character in those patterns
 * ({@code getSearchStringEscape()} is empty), so any name with an underscore ({@code RAPPORT_CL_ALPHA},
 * or the schema of a user such as {@code rapport_app}) is never found: the second run tries to
 * create the history table again and fails with "Table/View ... already exists". Derby gets the
 * names unescaped; an underscore then matches any one character, and Liquibase still compares the
 * names it gets back exactly. {@link #escapeForLike} is Liquibase's hook for such databases.
 */
final class DerbyWithoutLikeEscapes extends DerbyDatabase {

    DerbyWithoutLikeEscapes() {
        setShutdownEmbeddedDerby(false); // the engine owns the embedded database, not Liquibase
    }

    @Override
    public String escapeForLike(String string) {
        return string;
    }
}
