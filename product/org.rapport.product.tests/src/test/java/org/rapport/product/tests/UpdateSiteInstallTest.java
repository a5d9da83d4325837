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

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.product.tests.ProductTestSupport.Result;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
        Path destination = tmp.resolve("rapport");
        Result director = director(tmp, "p2-director-install", ProductTestSupport.repositoryDir(), ROOTS, destination);
        String diagnosis = director.describe();
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
     * A bundle installed later still contributes its view to a layout the workbench already remembered: install
     * Rapport, start and quit it (the layout is saved), install the example extension from its own update site,
     * start again with the same data folder, and find the extension's view in the Service desk, shown.
     */
    @Test
    void anExtensionInstalledLaterAppearsInTheRememberedLayout(@TempDir Path tmp) throws Exception {
        ProductTestSupport.requireDisplay("UpdateSiteInstallTest");
        Path installation = tmp.resolve("rapport");
        director(tmp, "p2-director-install-product", ProductTestSupport.repositoryDir(), ROOTS, installation);
        Path home = tmp.resolve("home");
        Path layout = ProductTestSupport.layoutOf(home);

        ProductTestSupport.startShowAndQuit(installation, home, "layout-before-extension");
        assertTrue(Files.isRegularFile(layout), "the first start did not remember its layout in " + layout);
        assertTrue(findElement(layout, HELLO_PART) == null, "the view is there before the extension was installed");

        Result extension = director(tmp, "p2-director-install-extension", ProductTestSupport.exampleRepositoryDir(),
                List.of("org.rapport.example.feature.feature.group"), installation);
        assertTrue(extension.stdout().contains("Installing org.rapport.example.feature.feature.group "), extension.describe());

        Path screenshot = ProductTestSupport.startShowAndQuit(installation, home, "layout-after-extension");
        Element part = findElement(layout, HELLO_PART);
        assertTrue(part != null, "the extension's view " + HELLO_PART + " is not in the remembered layout " + layout
                + " (screenshot: " + screenshot + ")");
        assertTrue(!"false".equals(part.getAttribute("toBeRendered")), "the extension's view is in the layout but hidden");
        Element stack = (Element) part.getParentNode();
        assertEquals(HELLO_STACK, stack.getAttribute("elementId"), "the view landed in the wrong part stack");
        assertTrue(!"false".equals(stack.getAttribute("toBeRendered")),
                "the view's part stack is still hidden, so the user cannot see the view (screenshot: " + screenshot + ")");
    }

    private static final String HELLO_PART = "org.rapport.example.hello.part";
    private static final String HELLO_STACK = "org.rapport.app.stack.servicedesk.right";

    /** The element of the remembered layout with this elementId, or null. */
    private static Element findElement(Path layout, String elementId) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(layout.toFile());
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (elementId.equals(element.getAttribute("elementId"))) {
                return element;
            }
        }
        return null;
    }

    /**
     * Runs the built product's p2 director, as an administrator does, to install units from a repository into an
     * installation (a new folder, or an existing installation to extend); fails the test unless it succeeds.
     */
    private static Result director(Path tmp, String name, Path repository, List<String> units, Path destination)
            throws IOException {
        Path product = ProductTestSupport.productDir();
        Path work = Files.createTempDirectory(tmp, name);
        Path configuration = directorConfiguration(product, work.resolve("configuration"));
        List<String> command = List.of(ProductTestSupport.javaExecutable().toString(),
                // the director's own configuration is a copy (see directorConfiguration): it must not fall back to
                // the product's configuration folder and write its caches there
                "-Dosgi.configuration.cascaded=false",
                "-jar", ProductTestSupport.launcherJar(product).toString(),
                "-nosplash",
                "-configuration", configuration.toString(),
                "-data", work.resolve("workspace").toString(),
                "-application", "org.eclipse.equinox.p2.director",
                "-repository", repository.toUri().toString(),
                "-installIU", String.join(",", units),
                "-destination", destination.toString(),
                "-profile", PROFILE,
                "-profileProperties", "org.eclipse.update.install.features=true",
                "-p2.os", "linux", "-p2.ws", "gtk", "-p2.arch", "x86_64",
                "-roaming");
        Result director = ProductTestSupport.run(name, command, Map.of(), tmp, DIRECTOR_TIMEOUT);
        assertEquals(0, director.exitCode(),
                "the p2 director failed\n" + director.describe() + "\n" + ProductTestSupport.eclipseLogs(configuration));
        return director;
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
