package org.rapport.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.product.tests.ProductTestSupport.CLI_TIMEOUT;
import static org.rapport.product.tests.ProductTestSupport.DIRECTOR_TIMEOUT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.product.tests.ProductTestSupport.Result;

/**
 * Installs Rapport from the built update site into an empty folder with the p2 director of the built product,
 * the way an administrator installs it, and checks that the result is a working, p2-managed Rapport.
 */
class UpdateSiteInstallTest {

    private static final String PROFILE = "RapportProfile";
    private static final List<String> ROOTS = List.of("org.rapport.product",
            "org.rapport.platform.feature.feature.group", "org.rapport.core.feature.feature.group");

    @Test
    void directorInstallsAWorkingProductFromTheRepository(@TempDir Path tmp) throws IOException {
        Path product = ProductTestSupport.productDir();
        Path repository = ProductTestSupport.repositoryDir();
        Path destination = tmp.resolve("rapport");
        Path directorConfiguration = directorConfiguration(product, tmp.resolve("director-configuration"));

        List<String> command = List.of(ProductTestSupport.javaExecutable().toString(),
                // the director's own configuration is a copy (see directorConfiguration): it must not fall back to
                // the product's configuration folder and write its caches there
                "-Dosgi.configuration.cascaded=false",
                "-jar", ProductTestSupport.launcherJar(product).toString(),
                "-nosplash",
                "-configuration", directorConfiguration.toString(),
                "-data", tmp.resolve("director-workspace").toString(),
                "-application", "org.eclipse.equinox.p2.director",
                "-repository", repository.toUri().toString(),
                "-installIU", String.join(",", ROOTS),
                "-destination", destination.toString(),
                "-profile", PROFILE,
                "-profileProperties", "org.eclipse.update.install.features=true",
                "-p2.os", "linux", "-p2.ws", "gtk", "-p2.arch", "x86_64",
                "-roaming");
        Result director = ProductTestSupport.run("p2-director-install", command, Map.of(), tmp, DIRECTOR_TIMEOUT);
        String diagnosis = director.describe() + "\n" + ProductTestSupport.eclipseLogs(directorConfiguration);

        assertEquals(0, director.exitCode(), "the p2 director failed\n" + diagnosis);
        for (String root : ROOTS) {
            assertTrue(director.stdout().contains("Installing " + root + " "),
                    "the director did not report installing " + root + "\n" + diagnosis);
        }

        for (String script : List.of("rapport", "rapport-ctl")) {
            Path file = destination.resolve(script);
            assertTrue(Files.isRegularFile(file), "the installation has no '" + script + "' script\n" + diagnosis);
            assertTrue(Files.isExecutable(file), "'" + script + "' is not executable in the installation");
        }
        assertEquals(ProductTestSupport.appVersion(product), ProductTestSupport.appVersion(destination),
                "the installation has another org.rapport.app than the built product");
        assertRootsInProfile(destination);

        Result installed = ProductTestSupport.run("installed-rapport-ctl-version",
                List.of(destination.resolve("rapport-ctl").toString(), "version"),
                ProductTestSupport.productEnvironment(tmp.resolve("home-installed")), tmp, CLI_TIMEOUT);
        Result built = ProductTestSupport.run("built-rapport-ctl-version",
                List.of(product.resolve("rapport-ctl").toString(), "version"),
                ProductTestSupport.productEnvironment(tmp.resolve("home-built")), tmp, CLI_TIMEOUT);

        assertEquals(0, built.exitCode(), built.describe());
        assertEquals(0, installed.exitCode(), installed.describe());
        List<String> builtLines = ProductTestSupport.lines(built.stdout());
        assertEquals(List.of("Rapport " + ProductTestSupport.appVersion(product)), builtLines, built.describe());
        assertEquals(builtLines, ProductTestSupport.lines(installed.stdout()),
                "the installed rapport-ctl prints another version than the built product\n" + installed.describe());
    }

    /**
     * A configuration folder for the director: a copy of the product's config.ini and bundles.info. The config.ini
     * puts the p2 data area at {@code @config.dir/../p2}, so the director's own p2 data stays in the temp folder too.
     */
    private static Path directorConfiguration(Path product, Path configuration) throws IOException {
        Path source = product.resolve("configuration");
        Path bundlesInfo = Path.of("org.eclipse.equinox.simpleconfigurator", "bundles.info");
        Files.createDirectories(configuration.resolve(bundlesInfo).getParent());
        Files.copy(source.resolve("config.ini"), configuration.resolve("config.ini"));
        Files.copy(source.resolve(bundlesInfo), configuration.resolve(bundlesInfo));
        return configuration;
    }

    /** The newest snapshot of the installation's p2 profile lists the three root units as roots. */
    private static void assertRootsInProfile(Path installation) throws IOException {
        Path registry = installation.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/" + PROFILE + ".profile");
        assertTrue(Files.isDirectory(registry), "the installation has no p2 profile " + PROFILE + ": " + registry);
        Path newest;
        try (Stream<Path> files = Files.list(registry)) {
            newest = files.filter(f -> f.getFileName().toString().endsWith(".profile.gz"))
                    .max(Comparator.comparing(f -> f.getFileName().toString()))
                    .orElse(null);
        }
        assertTrue(newest != null, "the p2 profile folder " + registry + " has no *.profile.gz");
        String profile;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(newest))) {
            profile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + newest, e);
        }
        for (String root : ROOTS) {
            Matcher properties = Pattern.compile("<iuProperties id='" + Pattern.quote(root)
                    + "' version='[^']*'>(.*?)</iuProperties>", Pattern.DOTALL).matcher(profile);
            assertTrue(properties.find(), root + " is not installed in the p2 profile " + newest);
            assertTrue(properties.group(1).contains("<property name='org.eclipse.equinox.p2.type.root' value='true'/>"),
                    root + " is installed but not as a root in " + newest);
        }
    }
}
