package org.rapport.reports.ui.internal;

import static org.rapport.testing.ui.WorkbenchDriver.spin;
import static org.rapport.testing.ui.WorkbenchDriver.waitUntil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.osgi.framework.ServiceRegistration;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.Reports;
import org.rapport.testing.Services;

/** What the dashboards' workbench tests do in the window: switch perspectives, open a dashboard of their own tiles, find widgets. */
final class DashboardDriver {

    static final Duration WAIT = Duration.ofSeconds(60);

    private DashboardDriver() {
    }

    /** Registers the test's own measures and waits until the reports service offers them; the caller unregisters them. */
    static List<ServiceRegistration<ReportProvider>> register(Class<?> test, List<? extends ReportProvider> measures) {
        Reports reports = Services.await(Reports.class);
        List<ServiceRegistration<ReportProvider>> registered = new ArrayList<>();
        for (ReportProvider measure : measures) {
            registered.add(Services.contextOf(test).registerService(ReportProvider.class, measure, null));
            waitUntil(WAIT, () -> reports.find(measure.name()).isPresent(), "the reports service offers " + measure.name());
        }
        return registered;
    }

    /** Switches perspective through the application's command, as its button does. */
    static void perspective(MWindow window, String id) {
        ParameterizedCommand command = window.getContext().get(ECommandService.class).createCommand("org.rapport.app.command.perspective",
                Map.of("org.rapport.app.command.perspective.id", id));
        window.getContext().get(EHandlerService.class).executeHandler(command);
        spin();
    }

    /** A dashboard part of the test's own tiles in Management's bottom stack, computed; the caller closes the part. */
    static MPart ownDashboard(MWindow window, String partId, String tiles) {
        MPart part = openDashboard(window, partId, tiles);
        DashboardPart dashboard = (DashboardPart) part.getObject();
        waitUntil(WAIT, dashboard::complete, "the test dashboard is computed");
        return part;
    }

    /** A dashboard part of the test's own tiles in Management's bottom stack, its tiles still computing; the caller closes the part. */
    static MPart openDashboard(MWindow window, String partId, String tiles) {
        perspective(window, org.rapport.app.api.RapportWorkbench.PERSPECTIVE_MANAGEMENT);
        EModelService models = window.getContext().get(EModelService.class);
        MPart part = models.createModelElement(MPart.class);
        part.setElementId(partId);
        part.setLabel("Test dashboard");
        part.setContributionURI("bundleclass://org.rapport.reports.ui/org.rapport.reports.ui.internal.DashboardPart");
        part.getPersistedState().put(DashboardPart.DASHBOARD, Dashboards.MANAGEMENT);
        part.getPersistedState().put(Dashboards.TILES, tiles);
        part.setCloseable(true);
        ((MPartStack) models.find("org.rapport.app.stack.management.bottom", window)).getChildren().add(part);
        window.getContext().get(EPartService.class).showPart(part, PartState.ACTIVATE);
        spin();
        return part;
    }

    /** The table of a part that lists (the customer list, the complaints queue) once it has {@code expected} rows. */
    static Table waitForTable(MWindow window, String partId, int expected, String what) {
        Table[] table = new Table[1];
        waitUntil(WAIT, () -> {
            MPart list = window.getContext().get(EPartService.class).findPart(partId);
            if (list == null || !(list.getWidget() instanceof Composite composite)) {
                return false;
            }
            table[0] = firstTable(composite);
            return table[0] != null && table[0].getItemCount() == expected;
        }, what);
        return table[0];
    }

    static Table firstTable(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Table t) {
                return t;
            }
            if (child instanceof Composite c) {
                Table found = firstTable(c);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The widget the tests know by this name ({@link DashboardPart#WIDGET}). */
    static Control find(Composite composite, String id) {
        for (Control child : composite.getChildren()) {
            if (id.equals(child.getData(DashboardPart.WIDGET))) {
                return child;
            }
            if (child instanceof Composite c) {
                Control found = find(c, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
