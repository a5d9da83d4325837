package org.rapport.persistence.tests;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Another process on the engine's jars, for what one JVM cannot show: a process killed with
 * SIGKILL, a database held open by another program.
 */
final class ChildJvm {

    private static final List<String> BUNDLES = List.of("org.rapport.persistence", "org.rapport.persistence.testmodel", "org.eclipse.emf.common",
            "org.eclipse.emf.ecore", "org.eclipse.persistence.core", "org.eclipse.persistence.jpa.jpql", "org.eclipse.osgi", "org.postgresql.jdbc");
    private static final List<String> DERBY_JARS = List.of("derby", "derbyshared", "derbytools", "derbyclient", "derbynet");

    private ChildJvm() {
    }

    /** Starts {@code main} of this fragment in a new JVM; its standard error goes to {@code home/<name>.err}. */
    static Process start(Path home, Class<?> main, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dderby.stream.error.file=" + home.resolve(main.getSimpleName() + "-derby.log"), "-cp", classpath(), main.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(errors(home, main).toFile()).start();
    }

    static Path errors(Path home, Class<?> main) {
        return home.resolve(main.getSimpleName() + ".err");
    }

    /** The engine's jars, as a plain class path, found through the bundles of this test runtime. */
    private static String classpath() throws IOException {
        List<String> entries = new ArrayList<>();
        Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if (BUNDLES.contains(bundle.getSymbolicName())) {
                entries.add(FileLocator.getBundleFileLocation(bundle).orElseThrow().getAbsolutePath());
            }
            if ("org.rapport.derby".equals(bundle.getSymbolicName())) {
                for (String jar : DERBY_JARS) {
                    entries.add(new File(FileLocator.toFileURL(bundle.getEntry("lib/" + jar + ".jar")).getPath()).getAbsolutePath());
                }
            }
        }
        // this fragment's own classes
        URL ownClass = FileLocator.toFileURL(ChildJvm.class.getResource("ChildJvm.class"));
        Path classFile = Path.of(new File(ownClass.getPath()).getAbsolutePath());
        entries.add(classFile.getParent().getParent().getParent().getParent().getParent().toString());
        if (entries.size() != BUNDLES.size() + DERBY_JARS.size() + 1) {
            throw new IllegalStateException("could not find every jar: " + entries);
        }
        return String.join(File.pathSeparator, entries);
    }
}
