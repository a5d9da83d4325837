package org.rapport.core.api;

import java.nio.file.Path;

/**
 * The folder that holds one user's Rapport data: {@code rapport.properties}, the embedded
 * database and the remembered workbench layout.
 * <p>
 * It is the system property {@code rapport.home} if set, else the environment variable
 * {@code RAPPORT_HOME}, else {@code ~/.rapport}.
 */
public interface RapportHome {

    /** The home folder as an absolute path; it may not exist yet. */
    Path path();

    /** A path below the home folder, such as {@code resolve("db")}. */
    default Path resolve(String relative) {
        return path().resolve(relative);
    }
}
