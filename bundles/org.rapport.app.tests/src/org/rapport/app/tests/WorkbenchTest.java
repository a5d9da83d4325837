package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.app.api.RapportWorkbench.Position;

/** The real Rapport workbench, started by the test harness from the application model. */
class WorkbenchTest {

    private static final String SWITCH = "org.rapport.app.command.perspective";
    private static final String SWITCH_PARAMETER = "org.rapport.app.command.perspective.id";

    private Workbench workbench;

    @BeforeEach
    void findWorkbench() {
        workbench = Workbench.find();
        switchTo(RapportWorkbench.PERSPECTIVE_SERVICE_DESK);
    }

    @AfterEach
    void backToLight() {
        workbench.execute("org.rapport.app.command.theme", Map.of("org.rapport.app.command.theme.id", "org.rapport.app.theme.light"));
    }

    private void switchTo(String perspectiveId) {
        workbench.execute(SWITCH, Map.of(SWITCH_PARAMETER, perspectiveId));
    }

    private MPerspectiveStack perspectiveStack() {
        List<MPerspectiveStack> stacks = workbench.context().get(EModelService.class).findElements(workbench.window, RapportWorkbench.PERSPECTIVE_STACK,
                MPerspectiveStack.class);
        assertEquals(1, stacks.size());
        return stacks.get(0);
    }

    private MPerspective active() {
        return perspectiveStack().getSelectedElement();
    }

    @Test
    void mainWindowIsTitledRapportAndShowsTheFiveMenus() {
        assertEquals("Rapport", workbench.window.getLocalizedLabel());
        assertTrue(workbench.shell().isVisible());
        assertEquals("Rapport", workbench.shell().getText());
        Menu bar = workbench.shell().getMenuBar();
        assertNotNull(bar, "the main window has no menu bar");
        List<String> menus = Arrays.stream(bar.getItems()).map(MenuItem::getText).map(t -> t.replace("&", "")).toList();
        assertEquals(List.of("File", "Edit", "View", "Window", "Help"), menus);
    }

    @Test
    void theFourPerspectivesAreThereInOrder() {
        List<String> ids = perspectiveStack().getChildren().stream().map(MPerspective::getElementId).toList();
        assertEquals(RapportWorkbench.PERSPECTIVES, ids);
        List<String> labels = perspectiveStack().getChildren().stream().map(MPerspective::getLocalizedLabel).toList();
        assertEquals(List.of("Service desk", "Sales", "Management", "Administration"), labels);
    }

    @Test
    void switchingPerspectivesFollowsTheCommandTheSwitcherAndTheStatusLine() {
        ToolBar switcher = workbench.widget(ToolBar.class, "perspective-switcher");
        Label status = workbench.widget(Label.class, "status-message");
        // start at Sales: the set-up left Service desk active, and only a change is announced
        List<String> order = new java.util.ArrayList<>(RapportWorkbench.PERSPECTIVES.subList(1, RapportWorkbench.PERSPECTIVES.size()));
        order.add(RapportWorkbench.PERSPECTIVES.get(0));
        for (String id : order) {
            switchTo(id);
            MPerspective perspective = active();
            assertEquals(id, perspective.getElementId());
            workbench.waitUntil(() -> status.getText().contains(perspective.getLocalizedLabel()), "status line did not name " + id + ": " + status.getText());
            List<ToolItem> pressed = Arrays.stream(switcher.getItems()).filter(ToolItem::getSelection).toList();
            assertEquals(1, pressed.size(), "exactly one perspective is pressed in the switcher");
            assertEquals(id, pressed.get(0).getData());
            // the shared work area, with the Welcome page, is in every perspective
            MPart welcome = workbench.context().get(EPartService.class).findPart("org.rapport.app.part.welcome");
            assertTrue(workbench.context().get(EPartService.class).isPartVisible(welcome), "Welcome is not visible in " + id);
        }
    }

    @Test
    void theSwitcherButtonsSwitchPerspectives() {
        ToolBar switcher = workbench.widget(ToolBar.class, "perspective-switcher");
        ToolItem management = Arrays.stream(switcher.getItems()).filter(i -> RapportWorkbench.PERSPECTIVE_MANAGEMENT.equals(i.getData())).findFirst()
                .orElseThrow();
        management.setSelection(true);
        management.notifyListeners(SWT.Selection, null);
        workbench.spin();
        assertEquals(RapportWorkbench.PERSPECTIVE_MANAGEMENT, active().getElementId());
    }

    @Test
    void welcomeCardsOpenTheirPerspective() {
        MPart welcome = workbench.context().get(EPartService.class).findPart("org.rapport.app.part.welcome");
        Control page = (Control) welcome.getWidget();
        Button openSales = findButton(page, "Open Sales");
        assertNotNull(openSales, "the Welcome page has no 'Open Sales' button");
        openSales.notifyListeners(SWT.Selection, null);
        workbench.spin();
        assertEquals(RapportWorkbench.PERSPECTIVE_SALES, active().getElementId());
    }

    private static Button findButton(Control control, String text) {
        if (control instanceof Button button && text.equals(button.getText())) {
            return button;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void emptyStacksAreHiddenAndResetRestoresTheOriginalLayout() {
        switchTo(RapportWorkbench.PERSPECTIVE_SALES);
        EModelService models = workbench.context().get(EModelService.class);
        MPartStack left = (MPartStack) models.find(RapportWorkbench.stack(RapportWorkbench.PERSPECTIVE_SALES, Position.LEFT), active());
        assertNotNull(left);
        assertFalse(left.isToBeRendered(), "an empty stack must not show as a blank frame");

        // the user opens a view in the left stack, then asks for the original layout back
        MPart view = models.createModelElement(MPart.class);
        view.setElementId("org.rapport.app.tests.scratch");
        view.setLabel("Scratch");
        left.setToBeRendered(true);
        left.getChildren().add(view);
        workbench.context().get(EPartService.class).showPart(view, EPartService.PartState.VISIBLE);
        workbench.spin();
        assertTrue(view.isToBeRendered());

        workbench.execute("org.eclipse.ui.window.resetPerspective", Map.of());
        MPerspective reset = active();
        assertEquals(RapportWorkbench.PERSPECTIVE_SALES, reset.getElementId());
        assertEquals(1, perspectiveStack().getChildren().stream().filter(p -> p.getElementId().equals(RapportWorkbench.PERSPECTIVE_SALES)).count());
        assertEquals(RapportWorkbench.PERSPECTIVES, perspectiveStack().getChildren().stream().map(MPerspective::getElementId).toList(),
                "reset keeps the perspectives in their order");
        assertTrue(models.findElements(reset, "org.rapport.app.tests.scratch", MPart.class).isEmpty(), "the scratch view survived the reset");
        MPartStack freshLeft = (MPartStack) models.find(RapportWorkbench.stack(RapportWorkbench.PERSPECTIVE_SALES, Position.LEFT), reset);
        assertTrue(freshLeft.getChildren().isEmpty());
        assertFalse(freshLeft.isToBeRendered());
    }

    @Test
    void themeSwitchesBetweenLightAndDark() {
        IThemeEngine engine = workbench.context().get(IThemeEngine.class);
        assertNotNull(engine, "no CSS theme engine in the workbench");
        workbench.execute("org.rapport.app.command.theme", Map.of("org.rapport.app.command.theme.id", "org.rapport.app.theme.dark"));
        assertEquals("org.rapport.app.theme.dark", engine.getActiveTheme().getId());
        workbench.execute("org.rapport.app.command.theme", Map.of("org.rapport.app.command.theme.id", "org.rapport.app.theme.light"));
        assertEquals("org.rapport.app.theme.light", engine.getActiveTheme().getId());
    }

    /** Dark -> Light once left labels, tabs and the status line white on white: the window after a round trip is the window before it. */
    @Test
    void aThemeRoundTripGivesTheSameWindowBack() {
        Map<String, String> light = colours(workbench.shell());
        workbench.execute("org.rapport.app.command.theme", Map.of("org.rapport.app.command.theme.id", "org.rapport.app.theme.dark"));
        Map<String, String> dark = colours(workbench.shell());
        workbench.execute("org.rapport.app.command.theme", Map.of("org.rapport.app.command.theme.id", "org.rapport.app.theme.light"));
        Map<String, String> back = colours(workbench.shell());
        List<String> changed = light.keySet().stream().filter(k -> !light.get(k).equals(back.get(k))).map(k -> k + ": " + light.get(k) + " -> " + back.get(k))
                .toList();
        assertTrue(changed.isEmpty(), "colours the round trip changed:\n" + String.join("\n", changed));
        assertTrue(dark.values().stream().filter(v -> !light.containsValue(v)).count() > 0, "the dark theme changed some colours");
    }

    /** Tall dialogs once opened at the top of the screen: every dialog opens centred over the window. */
    @Test
    void aDialogOpensCentredOverTheWindow() {
        org.eclipse.swt.widgets.Shell window = workbench.shell();
        org.eclipse.jface.dialogs.Dialog dialog = new org.eclipse.jface.dialogs.Dialog(window) {
            @Override
            protected Control createDialogArea(org.eclipse.swt.widgets.Composite parent) {
                Control area = super.createDialogArea(parent);
                ((org.eclipse.swt.layout.GridData) area.getLayoutData()).heightHint = Math.min(600, window.getBounds().height - 100);
                return area;
            }
        };
        dialog.setBlockOnOpen(false);
        dialog.open();
        workbench.spin();
        try {
            org.eclipse.swt.graphics.Rectangle outer = window.getBounds();
            org.eclipse.swt.graphics.Rectangle inner = dialog.getShell().getBounds();
            int dx = Math.abs((outer.x + outer.width / 2) - (inner.x + inner.width / 2));
            int dy = Math.abs((outer.y + outer.height / 2) - (inner.y + inner.height / 2));
            assertTrue(dx <= 2 && dy <= 2, "the dialog " + inner + " is centred over the window " + outer);
        } finally {
            dialog.close();
        }
    }

    /** Both style sheets name the same selectors and properties: a theme switch changes only what the new sheet names. */
    @Test
    void theStyleSheetsMirrorEachOther() throws Exception {
        assertEquals(rules("css/light.css"), rules("css/dark.css"));
    }

    private static java.util.Set<String> rules(String path) throws java.io.IOException {
        java.net.URL url = org.osgi.framework.FrameworkUtil.getBundle(Workbench.class).getEntry(path);
        assertNotNull(url, path);
        String css;
        try (java.io.InputStream in = url.openStream()) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        java.util.Set<String> rules = new java.util.TreeSet<>();
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("([^{}]+)\\{([^}]*)\\}").matcher(css);
        while (block.find()) {
            for (String selector : block.group(1).split(",")) {
                for (String declaration : block.group(2).split(";")) {
                    if (declaration.contains(":")) {
                        rules.add(selector.strip().replaceAll("\\s+", " ") + " { " + declaration.substring(0, declaration.indexOf(':')).strip() + " }");
                    }
                }
            }
        }
        return rules;
    }

    /** Foreground and background of every control in the window, by its place in the tree. */
    private static Map<String, String> colours(Control root) {
        Map<String, String> colours = new java.util.LinkedHashMap<>();
        collect(root, "0", colours);
        return colours;
    }

    private static void collect(Control control, String path, Map<String, String> colours) {
        if (!control.isVisible()) {
            return;
        }
        colours.put(path + " " + control.getClass().getSimpleName(), control.getForeground().getRGB() + " on " + control.getBackground().getRGB());
        if (control instanceof org.eclipse.swt.custom.CTabFolder folder) {
            for (org.eclipse.swt.custom.CTabItem item : folder.getItems()) {
                colours.put(path + " tab " + item.getText(), String.valueOf(item.getForeground() == null ? null : item.getForeground().getRGB()) + " selected "
                        + (item.getSelectionForeground() == null ? null : item.getSelectionForeground().getRGB()));
            }
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            Control[] children = composite.getChildren();
            for (int i = 0; i < children.length; i++) {
                collect(children[i], path + "/" + i, colours);
            }
        }
    }

    @Test
    void everyMenuCommandHasAHandlerOrIsLeftToTheParts() {
        // commands the workbench itself handles must be enabled from the start
        for (String command : List.of("org.eclipse.ui.help.aboutAction", "org.eclipse.ui.window.preferences", "org.rapport.app.command.welcome",
                "org.rapport.app.command.keys", "org.eclipse.ui.window.resetPerspective")) {
            var parameterized = workbench.context().get(org.eclipse.e4.core.commands.ECommandService.class).createCommand(command, Map.of());
            assertTrue(workbench.context().get(org.eclipse.e4.core.commands.EHandlerService.class).canExecute(parameterized), command);
        }
        assertSame(workbench.application, workbench.context().get(org.eclipse.e4.ui.model.application.MApplication.class));
    }
}
