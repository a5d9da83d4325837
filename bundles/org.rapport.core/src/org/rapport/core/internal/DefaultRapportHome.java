package org.rapport.core.internal;

import java.nio.file.Path;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.rapport.core.api.RapportHome;

/** Resolves the home folder once, at activation, from system property, environment or default. */
@Component(service = RapportHome.class)
public class DefaultRapportHome implements RapportHome {

    static final String PROPERTY = "rapport.home";
    static final String VARIABLE = "RAPPORT_HOME";

    private final Path path;

    public DefaultRapportHome() {
        this(System.getProperties().getProperty(PROPERTY), System.getenv(), System.getProperty("user.home"));
    }

    DefaultRapportHome(String property, Map<String, String> environment, String userHome) {
        this.path = resolve(property, environment.get(VARIABLE), userHome);
    }

    static Path resolve(String property, String variable, String userHome) {
        String chosen = notBlank(property) ? property : notBlank(variable) ? variable : null;
        Path home = chosen != null ? Path.of(expandTilde(chosen, userHome)) : Path.of(userHome, ".rapport");
        return home.toAbsolutePath().normalize();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String expandTilde(String path, String userHome) {
        return path.equals("~") || path.startsWith("~/") ? userHome + path.substring(1) : path;
    }

    @Override
    public Path path() {
        return path;
    }
}
