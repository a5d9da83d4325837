package org.rapport.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Display;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.app.api.WorkbenchSignIn;
import org.rapport.app.internal.handlers.SwitchPerspectiveHandler;
import org.osgi.service.event.EventHandler;
import org.rapport.core.api.DailyJobs;
import org.rapport.core.api.RapportHome;
import org.rapport.security.api.SessionUser;
import org.rapport.security.api.UserAdministration;

/**
 * Hooks into the workbench start. Sign-in comes first, before the model is even loaded; the
 * model hooks run when it is complete (fragments merged).
 * <p>
 * The dialogs live in whichever bundle registers the {@link WorkbenchSignIn} service (in the
 * product {@code org.rapport.security.ui}, which the shell does not depend on); the product's
 * {@code lifeCycleURI} must name a class of this bundle, so this is only the hook.
 */
public class LifeCycle {

    private SessionUser user;
    /** Windows hidden because nobody signed in: shown again before the model is saved. */
    private final List<MWindow> hidden = new ArrayList<>();

    /**
     * Asks who works before any window shows. The signed-in user goes into the application
     * context, so parts and handlers can {@code @Inject SessionUser}; a switch of user restarts the
     * workbench, which makes a new context. Before the dialog, the database opens on another
     * thread under the splash; the libraries' log goes to a file first, so the console stays quiet.
     */
    @PostContextCreate
    void signIn(IEclipseContext context, @org.eclipse.e4.core.di.annotations.Optional WorkbenchSignIn signIn, RapportHome home,
            @org.eclipse.e4.core.di.annotations.Optional UserAdministration users, @Translation Messages messages) {
        LogFile.install(home.path());
        if (signIn == null) {
            // fail closed: without the sign-in service nobody gets in
            StartupSplash.closeJvmSplash();
            System.err.println("Rapport: no sign-in service (WorkbenchSignIn, registered by org.rapport.security.ui) is available; quitting.");
            return;
        }
        Display display = Display.getCurrent();
        if (signIn.asksWhileTheDatabaseOpens()) {
            // the login dialog comes at once; the database opens behind it (docs/performance.md, "Start-up", S2)
            StartupSplash.closeJvmSplash();
        } else {
            try (StartupSplash splash = StartupSplash.open(display, messages.splash_database)) {
                if (users != null) {
                    // the first use opens the database (on a first start, makes it): off the UI thread, so the splash moves
                    splash.whileWorking(messages.splash_database, users::noUsers);
                }
            } catch (ExecutionException e) {
                // the sign-in asks again, and shows the reason (a database that cannot be reached)
            }
        }
        Optional<SessionUser> signedIn = signIn.signIn(display);
        signedIn.ifPresent(u -> {
            user = u;
            context.set(SessionUser.class, u);
            showUntilTheWindowOpens(StartupSplash.open(display, messages.splash_workbench), context.get(IEventBroker.class));
        });
    }

    /** The splash again after the login dialog, while the workbench builds its window. */
    private static void showUntilTheWindowOpens(StartupSplash splash, IEventBroker events) {
        if (events == null) {
            splash.close();
            return;
        }
        EventHandler[] closer = new EventHandler[1];
        closer[0] = event -> {
            splash.close();
            events.unsubscribe(closer[0]);
        };
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, closer[0]);
    }

    @ProcessAdditions
    void prepareModel(MApplication application, EModelService modelService, PerspectiveAccess access, IEventBroker events,
            @org.eclipse.e4.core.di.annotations.Optional DailyJobs dailyJobs, @Translation Messages messages) {
        // before the first theme is applied, which happens as the window is rendered
        DialogPlacement.install(Display.getCurrent());
        DialogFocusReturn.install(Display.getCurrent());
        // the windows' renderer sets the platform's English "Save Parts" question into each window; ours replaces it
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> application.getChildren().stream().filter(w -> w.getContext() != null)
                .forEach(w -> w.getContext().set(ISaveHandler.class, ContextInjectionFactory.make(SaveQuestions.class, w.getContext()))));
        events.subscribe(IThemeEngine.Events.THEME_CHANGED, event -> {
            if (event.getProperty(IThemeEngine.Events.THEME) instanceof ITheme theme) {
                GtkDarkPreference.apply(GtkDarkPreference.isDark(theme.getId()));
            }
        });
        // fragments are merged: the remembered layout's elements they touched lost their contributor, whose messages translate their labels
        ModelTranslations.restoreContributors(application);
        for (MPerspectiveStack stack : modelService.findElements(application, RapportWorkbench.PERSPECTIVE_STACK, MPerspectiveStack.class)) {
            for (MPerspective perspective : stack.getChildren()) {
                perspective.setToBeRendered(true);
                showOnlyStacksWithParts(perspective, modelService);
            }
            // before the role filter: the pristine copies must not remember a perspective as hidden
            Perspectives.rememberOriginals(modelService, application, stack);
        }
        if (user == null) {
            // Quit without showing anything: the workbench ends when no window is to be rendered.
            for (MWindow window : application.getChildren()) {
                if (window.isToBeRendered()) {
                    window.setToBeRendered(false);
                    hidden.add(window);
                }
            }
            return;
        }
        showPermitted(application, modelService, access, user);
        if (dailyJobs != null) {
            DailyJobsAtStart.install(events, dailyJobs, messages);
        }
    }

    @PreSave
    void restoreWindows() {
        hidden.forEach(w -> w.setToBeRendered(true));
        hidden.clear();
    }

    /**
     * Shows the perspectives the user may use and hides the others, with their Window menu items
     * (their keys and Welcome cards follow {@link Perspectives#all()}). Runs at every start, since
     * the remembered layout holds the last user's choice.
     */
    public static void showPermitted(MApplication application, EModelService modelService, PerspectiveAccess access, SessionUser user) {
        for (MPerspectiveStack stack : modelService.findElements(application, RapportWorkbench.PERSPECTIVE_STACK, MPerspectiveStack.class)) {
            for (MPerspective perspective : stack.getChildren()) {
                perspective.setToBeRendered(access.may(user, perspective.getElementId()));
            }
            MPerspective selected = stack.getSelectedElement();
            if (selected == null || !selected.isToBeRendered()) {
                stack.setSelectedElement(stack.getChildren().stream().filter(MUIElement::isToBeRendered).findFirst().orElse(null));
            }
        }
        for (MHandledMenuItem item : modelService.findElements(application, null, MHandledMenuItem.class, null, EModelService.IN_MAIN_MENU)) {
            for (MParameter parameter : item.getParameters()) {
                if (SwitchPerspectiveHandler.PARAMETER.equals(parameter.getName())) {
                    item.setVisible(access.may(user, parameter.getValue()));
                }
            }
        }
    }

    /**
     * An empty part stack would show as a blank frame beside the work area. Hide the empty ones
     * and show again those a fragment has since filled: this runs after fragments are merged, so
     * a view installed later appears even in a remembered layout.
     */
    static void showOnlyStacksWithParts(MPerspective perspective, EModelService modelService) {
        for (MPartStack partStack : modelService.findElements(perspective, null, MPartStack.class)) {
            partStack.setToBeRendered(partStack.getChildren().stream().anyMatch(MUIElement::isToBeRendered));
        }
    }
}
