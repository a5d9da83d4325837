package org.rapport.persistence.internal.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import liquibase.Scope;
import liquibase.exception.ServiceNotFoundException;
import liquibase.servicelocator.ServiceLocator;

/**
 * Liquibase's plugin lookup, done one class at a time. liquibase-core lists, in its
 * {@code META-INF/services}, plugins that need packages it imports optionally (loadData and
 * loadUpdateData need opencsv). With {@link java.util.ServiceLoader}, one such class throws
 * {@link NoClassDefFoundError} out of the iteration and Liquibase's factory keeps an empty list
 * for the life of the JVM ("Unknown change type 'createTable'"). Here a plugin that cannot be
 * loaded is skipped and the others are kept.
 */
final class TolerantServiceLocator implements ServiceLocator {

    private final ClassLoader loader;

    TolerantServiceLocator(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public <T> List<T> findInstances(Class<T> type) throws ServiceNotFoundException {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources("META-INF/services/" + type.getName());
            while (files.hasMoreElements()) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(files.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        int comment = line.indexOf('#');
                        String name = (comment < 0 ? line : line.substring(0, comment)).trim();
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new ServiceNotFoundException(e);
        }
        List<T> instances = new ArrayList<>();
        for (String name : names) {
            try {
                Class<?> implementation = Class.forName(name, false, loader);
                if (type.isAssignableFrom(implementation)) {
                    instances.add(type.cast(implementation.getConstructor().newInstance()));
                }
            } catch (LinkageError | ReflectiveOperationException | RuntimeException e) {
                Scope.getCurrentScope().getLog(getClass()).fine("Skipping Liquibase plugin " + name + ": " + e);
            }
        }
        return Collections.unmodifiableList(instances);
    }
}
