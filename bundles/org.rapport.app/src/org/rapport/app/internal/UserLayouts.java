package org.rapport.app.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.ResourceHandler;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IModelResourceHandler;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.osgi.service.datalocation.Location;
import org.rapport.security.api.SessionUser;

/**
 * Keeps each user's layout, open profiles included, apart: the product's model resource handler,
 * which the workbench makes after the sign-in ({@link LifeCycle}) and before it reads the
 * remembered model. It is the platform's own handler, pointed at a folder of the signed-in user,
 * so a Switch User never shows the next person the tabs (customer names, references) that the
 * last one left open. Without a signed-in user (the workbench then quits) the shared folder is
 * used and nothing of anyone's is read.
 */
public class UserLayouts implements IModelResourceHandler {

    /** Under the workbench's data folder, one folder per user. */
    static final String FOLDER = "users";

    private final IModelResourceHandler platform;

    @Inject
    public UserLayouts(IEclipseContext context, @Optional SessionUser user, @Optional @Named(E4Workbench.INSTANCE_LOCATION) Location instance) {
        IEclipseContext own = context.createChild("Rapport layout folder");
        if (user != null && instance != null && instance.getURL() != null) {
            own.set(E4Workbench.INSTANCE_LOCATION, instance.createLocation(null, folderOf(instance.getURL(), user.login()), false));
        }
        platform = ContextInjectionFactory.make(ResourceHandler.class, own);
    }

    /** The data folder of one user's workbench under the shared one; the login is encoded so no login names another folder. */
    static URL folderOf(URL instance, String login) {
        try {
            URI base = URI.create(instance.toExternalForm().endsWith("/") ? instance.toExternalForm() : instance.toExternalForm() + "/");
            String name = "user-" + URLEncoder.encode(login, StandardCharsets.UTF_8).replace("*", "%2A");
            return new URI(base.getScheme(), base.getSchemeSpecificPart() + FOLDER + "/" + name + "/", null).toURL();
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("Rapport cannot name the layout folder of " + login + " under " + instance, e);
        }
    }

    @Override
    public Resource loadMostRecentModel() {
        return platform.loadMostRecentModel();
    }

    @Override
    public Resource createResourceWithApp(MApplication application) {
        return platform.createResourceWithApp(application);
    }

    @Override
    public void save() throws IOException {
        platform.save();
    }
}
