package org.rapport.persistence.api;

import java.util.Optional;

/** The databases Rapport runs on, recognised by their JDBC URL. */
public enum DatabaseKind {
    /** Apache Derby inside the Rapport process: one desktop, data in {@code RAPPORT_HOME/db}. */
    DERBY_EMBEDDED("jdbc:derby:"),
    /** A Derby network server that several desktops share: {@code jdbc:derby://host:port/name}. */
    DERBY_NETWORK("jdbc:derby://"),
    /** A PostgreSQL server that several desktops share: {@code jdbc:postgresql://host:port/name}. */
    POSTGRESQL("jdbc:postgresql://");

    private final String prefix;

    DatabaseKind(String prefix) {
        this.prefix = prefix;
    }

    /** The kind of database a JDBC URL names, or empty for a URL Rapport does not support. */
    public static Optional<DatabaseKind> ofUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        // the network prefix is the longer one and must be tried first
        for (DatabaseKind kind : new DatabaseKind[] { DERBY_NETWORK, POSTGRESQL, DERBY_EMBEDDED }) {
            if (url.startsWith(kind.prefix) && url.length() > kind.prefix.length()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
