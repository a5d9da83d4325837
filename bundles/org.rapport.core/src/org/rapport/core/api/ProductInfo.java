package org.rapport.core.api;

import org.osgi.framework.Version;

/** What the running installation is: its name and its version. */
public interface ProductInfo {

    /** The product's display name, "Rapport" unless a branded product says otherwise. */
    String name();

    /** The installed product's version, including the build qualifier. */
    Version version();

    /** {@code name() + " " + version()}, as shown by the About dialog and {@code rapport-ctl version}. */
    default String nameAndVersion() {
        return name() + " " + version();
    }
}
