package org.rapport.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every bundle and feature of the repository ships English and Simplified Chinese: the same keys
 * in both files, and every %key used by a manifest, plugin.xml, application model or feature
 * resolves, and every field of a Messages class has its text. Reads the source tree, so it
 * covers bundles that are not in this test's runtime.
 */
class MessageBundlesTest {

    private static final Pattern PERCENT_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"|: ?%([A-Za-z0-9_.]+)\\s*$", Pattern.MULTILINE);
    private static final Pattern MESSAGE_FIELD = Pattern.compile("public (?:static )?String (\\w+);");

    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("bundles"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "tests must run inside the Rapport repository");
        return dir;
    }

    private static List<Path> modules() throws IOException {
        List<Path> modules = new ArrayList<>();
        for (String area : List.of("bundles", "features", "examples")) {
            try (Stream<Path> children = Files.list(repository().resolve(area)).filter(p -> !p.getFileName().toString().equals("target"))) {
                children.filter(Files::isDirectory).sorted().forEach(modules::add);
            }
        }
        return modules;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** feature.properties, or the file named by the manifest's Bundle-Localization (default OSGI-INF/l10n/bundle). */
    private static Path english(Path module) {
        Path feature = module.resolve("feature.properties");
        if (Files.exists(feature)) {
            return feature;
        }
        String localization = null;
        Path manifest = module.resolve("META-INF/MANIFEST.MF");
        if (Files.exists(manifest)) {
            try (InputStream in = Files.newInputStream(manifest)) {
                localization = new Manifest(in).getMainAttributes().getValue("Bundle-Localization");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return module.resolve((localization == null ? "OSGI-INF/l10n/bundle" : localization.trim()) + ".properties");
    }

    private static Path chinese(Path english) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", "_zh_CN.properties"));
    }

    @Test
    void chineseHasExactlyTheEnglishKeysAndNoEmptyText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path module : modules()) {
            Path en = english(module);
            if (!Files.exists(en)) {
                continue;
            }
            Path zh = chinese(en);
            if (!Files.exists(zh)) {
                problems.add(module.getFileName() + ": " + repository().relativize(zh) + " is missing");
                continue;
            }
            Set<String> enKeys = new TreeSet<>(load(en).stringPropertyNames());
            Properties zhProperties = load(zh);
            Set<String> zhKeys = new TreeSet<>(zhProperties.stringPropertyNames());
            for (String key : enKeys) {
                if (!zhKeys.contains(key)) {
                    problems.add(repository().relativize(zh) + ": no text for '" + key + "'");
                } else if (zhProperties.getProperty(key).isBlank()) {
                    problems.add(repository().relativize(zh) + ": empty text for '" + key + "'");
                }
            }
            for (String key : zhKeys) {
                if (!enKeys.contains(key)) {
                    problems.add(repository().relativize(zh) + ": '" + key + "' is not in " + en.getFileName());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyReferencedKeyHasItsText() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path module : modules()) {
            Path en = english(module);
            Set<String> keys = Files.exists(en) ? load(en).stringPropertyNames() : Set.of();
            for (String name : List.of("META-INF/MANIFEST.MF", "plugin.xml", "Application.e4xmi", "fragment.e4xmi", "feature.xml")) {
                Path file = module.resolve(name);
                if (!Files.exists(file)) {
                    continue;
                }
                Matcher matcher = PERCENT_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    checked++;
                    if (!keys.contains(key)) {
                        problems.add(repository().relativize(file) + ": %" + key + " has no text in " + repository().relativize(en));
                    }
                }
            }
            try (Stream<Path> sources = Files.exists(module.resolve("src")) ? Files.walk(module.resolve("src")) : Stream.empty()) {
                for (Path source : sources.filter(p -> p.getFileName().toString().equals("Messages.java")).toList()) {
                    Matcher matcher = MESSAGE_FIELD.matcher(Files.readString(source));
                    while (matcher.find()) {
                        checked++;
                        if (!keys.contains(matcher.group(1))) {
                            problems.add(repository().relativize(source) + ": field " + matcher.group(1) + " has no text in " + repository().relativize(en));
                        }
                    }
                }
            }
        }
        assertFalse(checked == 0, "found no %keys or Messages fields at all: the scan is broken");
        assertEquals(List.of(), problems);
    }
}
