package org.rapport.app.internal;

import java.net.MalformedURLException;
import java.net.URI;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/** Loads model icon URIs ({@code platform:/plugin/...}) through a resource manager that owns them. */
public final class Images {

    private Images() {
    }

    /** The image, or null when the URI is empty or does not load; a missing icon is never fatal. */
    public static Image load(ResourceManager resources, String iconUri) {
        if (iconUri == null || iconUri.isBlank()) {
            return null;
        }
        try {
            return resources.create(ImageDescriptor.createFromURL(URI.create(iconUri).toURL()));
        } catch (MalformedURLException | IllegalArgumentException | org.eclipse.jface.resource.DeviceResourceException e) {
            return null;
        }
    }
}
