package org.rapport.security.ui.internal.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.rapport.security.api.Area;
import org.rapport.security.api.Roles;
import org.rapport.security.api.SessionUser;
import org.rapport.security.ui.internal.Messages;

/**
 * How areas read in the administration views: a registered {@link Area} by its own label and
 * icon (so an extension's area reads like a built-in one), every area and users and roles by the
 * platform's texts, an area only a model declares by its name.
 */
final class AreaLabels {

    private final Map<String, Area> registered;
    private final ResourceManager images;

    AreaLabels(List<Area> areas, ResourceManager images) {
        this.registered = areas.stream().collect(Collectors.toMap(Area::id, Function.identity(), (a, b) -> a));
        this.images = images;
    }

    String text(String area) {
        if (SessionUser.ALL_AREAS.equals(area)) {
            return Messages.area_all;
        }
        if (Roles.SECURITY.equals(area)) {
            return Messages.area_security;
        }
        Area described = registered.get(area);
        return described == null ? area : described.label();
    }

    /** The area's icon, owned by the resource manager; null without one. */
    Image image(String area) {
        Area described = registered.get(area);
        return described == null ? null : described.icon().map(url -> images.create(ImageDescriptor.createFromURL(url))).orElse(null);
    }
}
