package org.rapport.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DefaultRapportHomeTest {

    private static final String USER_HOME = "/home/agent";

    @Test
    void defaultsToDotRapportInTheUserHome() {
        assertEquals(Path.of("/home/agent/.rapport"), new DefaultRapportHome(null, Map.of(), USER_HOME).path());
    }

    @Test
    void environmentVariableChoosesTheFolder() {
        assertEquals(Path.of("/srv/rapport"), new DefaultRapportHome(null, Map.of("RAPPORT_HOME", "/srv/rapport"), USER_HOME).path());
    }

    @Test
    void systemPropertyWinsOverTheEnvironment() {
        Path home = new DefaultRapportHome("/opt/data", Map.of("RAPPORT_HOME", "/srv/rapport"), USER_HOME).path();
        assertEquals(Path.of("/opt/data"), home);
    }

    @Test
    void blankValuesAreIgnored() {
        assertEquals(Path.of("/home/agent/.rapport"), new DefaultRapportHome("  ", Map.of("RAPPORT_HOME", ""), USER_HOME).path());
    }

    @Test
    void tildeMeansTheUserHomeAndPathsAreNormalised() {
        assertEquals(Path.of("/home/agent/rapport-data"), new DefaultRapportHome("~/x/../rapport-data", Map.of(), USER_HOME).path());
    }

    @Test
    void relativePathsBecomeAbsolute() {
        Path home = new DefaultRapportHome(null, Map.of("RAPPORT_HOME", "relative/home"), USER_HOME).path();
        assertTrue(home.isAbsolute(), home::toString);
        assertTrue(home.endsWith(Path.of("relative/home")), home::toString);
    }

    @Test
    void resolveIsBelowTheHome() {
        assertEquals(Path.of("/srv/rapport/db"), new DefaultRapportHome(null, Map.of("RAPPORT_HOME", "/srv/rapport"), USER_HOME).resolve("db"));
    }
}
