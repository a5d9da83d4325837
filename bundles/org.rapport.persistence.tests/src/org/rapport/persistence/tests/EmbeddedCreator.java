package org.rapport.persistence.tests;

import java.nio.file.Path;
import java.util.Map;

import org.rapport.persistence.internal.EmbeddedDatabase;
import org.rapport.persistence.internal.SettingsLoader;

/** The victim of {@link FirstStartTest}'s killed creation: makes the embedded database of the RAPPORT_HOME given, as a first start does. */
public final class EmbeddedCreator {

    private EmbeddedCreator() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.createIfMissing(SettingsLoader.load(Path.of(args[0]), Map.of()));
        System.out.println("CREATED");
    }
}
