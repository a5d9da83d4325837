package org.rapport.persistence.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Another process on the engine's jars, for what one JVM cannot show: a process killed with
 * SIGKILL, a database held open by another program.
 */
final class ChildJvm {

    private static final List<String> BUNDLES = List.of("org.rapport.persistence", "org.rapport.core", "org.rapport.persistence.testmodel", "org.eclipse.emf.common",
            "org.eclipse.emf.ecore", "org.eclipse.persistence.core", "org.eclipse.persistence.jpa.jpql", "org.eclipse.osgi", "org.postgresql.jdbc");

    private ChildJvm() {
    }

    /** Starts {@code main} of this fragment in a new JVM; its standard error goes to {@code home/<name>.err}. */
    static Process start(Path home, Class<?> main, String... arguments) throws IOException {
        return org.rapport.testing.ChildJvm.start(home, main, BUNDLES, arguments);
    }

    static Path errors(Path home, Class<?> main) {
        return org.rapport.testing.ChildJvm.errors(home, main);
    }

    static String errorText(Path home, Class<?> main) {
        return org.rapport.testing.ChildJvm.errorText(home, main);
    }
}
