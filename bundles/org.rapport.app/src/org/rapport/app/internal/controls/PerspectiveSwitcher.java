package org.rapport.app.internal.controls;

import java.text.MessageFormat;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.osgi.service.event.Event;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.app.internal.Images;
import org.rapport.app.internal.Messages;
import org.rapport.app.internal.Perspectives;

/**
 * The perspective switcher at the top right: one toggle per perspective, the active one pressed.
 * It follows the model, so a perspective contributed by a fragment appears here too.
 */
public class PerspectiveSwitcher {

    @Inject
    private EModelService modelService;
    @Inject
    private EPartService partService;
    @Inject
    private MApplication application;
    @Inject
    private MWindow window;
    @Inject
    private IEventBroker events;
    @Inject
    @Translation
    private Messages messages;

    private ToolBar toolBar;
    private LocalResourceManager resources;

    @PostConstruct
    void create(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new FillLayout());
        toolBar = new ToolBar(holder, SWT.FLAT | SWT.RIGHT);
        toolBar.setData("org.rapport.widget", "perspective-switcher");
        resources = new LocalResourceManager(JFaceResources.getResources(), toolBar);
        rebuild();
    }

    private Perspectives perspectives() {
        return new Perspectives(modelService, partService, application, window);
    }

    private void rebuild() {
        if (toolBar == null || toolBar.isDisposed()) {
            return;
        }
        for (ToolItem item : toolBar.getItems()) {
            item.dispose();
        }
        Perspectives perspectives = perspectives();
        MPerspective active = perspectives.active().orElse(null);
        for (MPerspective perspective : perspectives.all()) {
            ToolItem item = new ToolItem(toolBar, SWT.RADIO);
            item.setText(perspective.getLocalizedLabel());
            item.setToolTipText(perspective.getLocalizedTooltip());
            item.setImage(Images.load(resources, perspective.getIconURI()));
            item.setData(perspective.getElementId());
            item.setSelection(perspective == active);
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    perspectives().switchTo((String) item.getData());
                }
            });
        }
        toolBar.getParent().requestLayout();
    }

    @Inject
    @Optional
    void selectedPerspectiveChanged(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
        if (isPerspectiveStack(event) && event.getProperty(UIEvents.EventTags.NEW_VALUE) instanceof MPerspective perspective) {
            rebuild();
            events.post(RapportWorkbench.TOPIC_STATUS, MessageFormat.format(messages.status_perspective, perspective.getLocalizedLabel()));
        }
    }

    @Inject
    @Optional
    void perspectivesChanged(@UIEventTopic(UIEvents.ElementContainer.TOPIC_CHILDREN) Event event) {
        if (isPerspectiveStack(event)) {
            rebuild();
        }
    }

    private boolean isPerspectiveStack(Event event) {
        Object element = event.getProperty(UIEvents.EventTags.ELEMENT);
        return element instanceof org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack stack
                && RapportWorkbench.PERSPECTIVE_STACK.equals(stack.getElementId());
    }
}
