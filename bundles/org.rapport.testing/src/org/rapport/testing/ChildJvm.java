package org.rapport.testing;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Another process on the jars of this test runtime's bundles, for what one JVM cannot show: a
 * process killed with SIGKILL, a database held open by another program. Derby's jars come with
 * {@code org.rapport.derby}, added whenever it is in the runtime.
 */
public final class ChildJvm {

    private static final List<String> DERBY_JARS = List.of("derby", "derbyshared", "derbytools", "derbyclient", "derbynet");

    private ChildJvm() {
    }

    /**
     * Starts {@code main} in a new JVM on these bundles' jars, Derby's and the classes of
     * {@code main}'s own bundle or fragment; its standard error goes to {@link #errors}.
     *
     * @param bundles the symbolic names of the bundles whose jars the child needs
     */
    public static Process start(Path home, Class<?> main, List<String> bundles, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-Dderby.stream.error.file=" + home.resolve(main.getSimpleName() + "-derby.log"), "-cp", classpath(main, bundles), main.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectError(errors(home, main).toFile()).start();
    }

    /** Where the child's standard error goes. */
    public static Path errors(Path home, Class<?> main) {
        return home.resolve(main.getSimpleName() + ".err");
    }

    /** What the child wrote to its standard error so far, for a failure's message. */
    public static String errorText(Path home, Class<?> main) {
        try {
            return Files.readString(errors(home, main));
        } catch (IOException e) {
            return "(no standard error: " + e.getMessage() + ")";
        }
    }

    private static String classpath(Class<?> main, List<String> bundles) throws IOException {
        Map<String, String> jars = new HashMap<>();
        List<String> derbyJars = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(main).getBundleContext().getBundles()) {
            if (bundles.contains(bundle.getSymbolicName())) {
                jars.put(bundle.getSymbolicName(), FileLocator.getBundleFileLocation(bundle).orElseThrow().getAbsolutePath());
            }
            if ("org.rapport.derby".equals(bundle.getSymbolicName())) {
                for (String jar : DERBY_JARS) {
                    derbyJars.add(new File(FileLocator.toFileURL(bundle.getEntry("lib/" + jar + ".jar")).getPath()).getAbsolutePath());
                }
            }
        }
        if (jars.size() != bundles.size()) {
            throw new IllegalStateException("could not find every jar of " + bundles + ": " + jars);
        }
        // in the order given: outside OSGi, NLS reads the OSGI-INF/l10n/bundle.properties of the first jar that has one
        List<String> entries = new ArrayList<>(bundles.stream().map(jars::get).toList());
        entries.addAll(derbyJars);
        // the folder of main's classes: up from its class file by the depth of its package
        URL classFile = FileLocator.toFileURL(main.getResource(main.getSimpleName() + ".class"));
        Path folder = Path.of(new File(classFile.getPath()).getAbsolutePath()).getParent();
        for (int depth = main.getPackageName().split("\\.").length; depth > 0; depth--) {
            folder = folder.getParent();
        }
        entries.add(folder.toString());
        return String.join(File.pathSeparator, entries);
    }
}
