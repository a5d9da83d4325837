package org.rapport.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingContext;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.app.api.RapportWorkbench;

/**
 * The application model as the product loads it. The test harness's 3.x compatibility layer
 * rewrites key bindings in the live model, so bindings are checked here, on the model file.
 */
class ApplicationModelTest {

    private static MApplication model;

    @BeforeAll
    static void load() {
        ResourceSetImpl resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
        Resource resource = resources.getResource(URI.createPlatformPluginURI("org.rapport.app/Application.e4xmi", true), true);
        model = (MApplication) resource.getContents().get(0);
    }

    private static MTrimmedWindow mainWindow() {
        return model.getChildren().stream().filter(MTrimmedWindow.class::isInstance).map(MTrimmedWindow.class::cast)
                .filter(w -> RapportWorkbench.MAIN_WINDOW.equals(w.getElementId())).findFirst().orElseThrow();
    }

    /** The contexts active in the main window: its own and the application's, with their parents. */
    private static Set<String> activeContexts() {
        Set<String> active = new HashSet<>();
        List<MBindingContext> declared = new ArrayList<>(mainWindow().getBindingContexts());
        declared.addAll(model.getBindingContexts());
        for (MBindingContext context : declared) {
            active.add(context.getElementId());
        }
        // a child context is active only when named; its parents are active with it
        for (MBindingContext root : model.getRootContext()) {
            addParentsOfActive(root, active, new ArrayList<>());
        }
        return active;
    }

    private static void addParentsOfActive(MBindingContext context, Set<String> active, List<String> parents) {
        if (active.contains(context.getElementId())) {
            active.addAll(parents);
        }
        parents.add(context.getElementId());
        for (MBindingContext child : context.getChildren()) {
            addParentsOfActive(child, active, parents);
        }
        parents.remove(parents.size() - 1);
    }

    private static List<MKeyBinding> bindingsInActiveTables() {
        Set<String> active = activeContexts();
        return model.getBindingTables().stream().filter(t -> active.contains(t.getBindingContext().getElementId()))
                .map(MBindingTable::getBindings).flatMap(List::stream).toList();
    }

    private static String keysOf(String commandId, Map<String, String> parameters) {
        List<String> keys = bindingsInActiveTables().stream().filter(b -> b.getCommand().getElementId().equals(commandId))
                .filter(b -> b.getParameters().stream().collect(Collectors.toMap(p -> p.getName(), p -> p.getValue())).equals(parameters))
                .map(MKeyBinding::getKeySequence).toList();
        assertEquals(1, keys.size(), () -> "expected one active key for " + commandId + " " + parameters + ", found " + keys);
        return keys.get(0);
    }

    @Test
    void everyBindingTableIsActiveInTheMainWindow() {
        Set<String> active = activeContexts();
        for (MBindingTable table : model.getBindingTables()) {
            assertTrue(active.contains(table.getBindingContext().getElementId()),
                    () -> "binding table " + table.getElementId() + " uses context " + table.getBindingContext().getElementId()
                            + " which the main window never activates; its keys would do nothing");
        }
    }

    @Test
    void perspectivesAreOnCtrlShiftOneToFour() {
        for (int i = 0; i < RapportWorkbench.PERSPECTIVES.size(); i++) {
            String keys = keysOf("org.rapport.app.command.perspective", Map.of("org.rapport.app.command.perspective.id", RapportWorkbench.PERSPECTIVES.get(i)));
            assertEquals("M1+M2+" + (i + 1), keys);
        }
    }

    @Test
    void standardCommandsHaveTheirUsualKeys() {
        assertEquals("M1+Q", keysOf("org.eclipse.ui.file.exit", Map.of()));
        assertEquals("M1+S", keysOf("org.eclipse.ui.file.save", Map.of()));
        assertEquals("M1+Z", keysOf("org.eclipse.ui.edit.undo", Map.of()));
        assertEquals("M1+,", keysOf("org.eclipse.ui.window.preferences", Map.of()));
    }

    @Test
    void noKeyIsBoundTwiceAndEveryKeyParses() throws Exception {
        Set<String> seen = new HashSet<>();
        for (MKeyBinding binding : bindingsInActiveTables()) {
            assertNotNull(KeySequence.getInstance(binding.getKeySequence()));
            assertTrue(seen.add(binding.getKeySequence()), () -> binding.getKeySequence() + " is bound twice");
        }
        assertFalse(seen.isEmpty());
    }

    @Test
    void everyHandlerAndCommandReferenceResolves() {
        TreeIterator<EObject> all = ((EObject) model).eAllContents();
        while (all.hasNext()) {
            EObject element = all.next();
            for (EObject reference : element.eCrossReferences()) {
                assertFalse(reference.eIsProxy(), () -> "unresolved reference from " + element);
            }
        }
    }
}
