package org.rapport.persistence.internal.migration;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;

import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.URIResource;

/**
 * Lets Liquibase read changelogs from one bundle (and its fragments) only, through
 * {@link Bundle#findEntries}: no class-loader delegation, so a path such as
 * {@code db/changelog.xml} can never be found twice or in another bundle. Includes with
 * {@code relativeToChangelogFile="true"} resolve to the same bundle's {@code bundleentry:} URLs.
 */
final class BundleResourceAccessor extends AbstractResourceAccessor {

    private final Bundle bundle;

    BundleResourceAccessor(Bundle bundle) {
        this.bundle = bundle;
    }

    static String normalize(String path) {
        String normalized = path.replace('\\', '/');
        while (normalized.startsWith("/")) {
            normalized = normalized.substring(1);
        }
        return normalized;
    }

    @Override
    public List<Resource> getAll(String path) throws IOException {
        String normalized = normalize(path);
        int slash = normalized.lastIndexOf('/');
        String folder = slash < 0 ? "/" : "/" + normalized.substring(0, slash);
        String name = normalized.substring(slash + 1);
        Enumeration<URL> entries = bundle.findEntries(folder, name, false);
        if (entries == null || !entries.hasMoreElements()) {
            return null; // Liquibase's contract: null when nothing matches
        }
        // host first, then fragments: the first one wins, as for class-loader resources
        return List.of(resource(normalized, entries.nextElement()));
    }

    @Override
    public List<Resource> search(String path, boolean recursive) throws IOException {
        String folder = "/" + normalize(path);
        List<Resource> found = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*", recursive);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            if (!url.getPath().endsWith("/")) {
                found.add(resource(normalize(url.getPath()), url));
            }
        }
        return found;
    }

    private static Resource resource(String path, URL url) throws IOException {
        try {
            return new URIResource(path, url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Bad bundle entry URL " + url, e);
        }
    }

    @Override
    public List<String> describeLocations() {
        return List.of("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion());
    }

    @Override
    public void close() {
        // nothing to release
    }
}
