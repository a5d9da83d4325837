package org.rapport.app.internal.parts;

import java.text.MessageFormat;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.app.internal.Images;
import org.rapport.app.internal.Messages;
import org.rapport.app.internal.Perspectives;
import org.rapport.core.api.ProductInfo;
import org.rapport.core.api.RapportHome;

/**
 * The Welcome page in the shared work area: what Rapport is and one card per perspective, each
 * with a button that opens it, so a new user is one click (or Ctrl+Shift+1..4) from their work.
 */
public class WelcomePart {

    static final String CSS_CLASS = "org.eclipse.e4.ui.css.CssClassName";

    @Inject
    @Translation
    private Messages messages;

    private Button firstButton;

    @PostConstruct
    void create(Composite parent, EModelService models, EPartService parts, MApplication application, MWindow window,
            ProductInfo product, RapportHome home) {
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite page = new Composite(scroller, SWT.NONE);
        page.setData(CSS_CLASS, "welcome");
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).margins(32, 24).spacing(20, 16).applyTo(page);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), page);

        Label title = new Label(page, SWT.NONE);
        title.setText(messages.welcome_title);
        title.setFont(JFaceResources.getHeaderFont());
        title.setData(CSS_CLASS, "welcome-title");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
        wrapped(page, messages.welcome_subtitle, 2);
        Perspectives perspectives = new Perspectives(models, parts, application, window);
        // a role that may use one perspective has nothing to switch to
        wrapped(page, perspectives.all().size() == 1 ? messages.welcome_one : messages.welcome_choose, 2);
        for (MPerspective perspective : perspectives.all()) {
            Composite card = new Composite(page, SWT.BORDER);
            card.setData(CSS_CLASS, "welcome-card");
            GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).applyTo(card);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(card);
            Label icon = new Label(card, SWT.NONE);
            icon.setImage(Images.load(resources, perspective.getIconURI()));
            Label name = new Label(card, SWT.NONE);
            name.setText(perspective.getLocalizedLabel());
            name.setFont(JFaceResources.getBannerFont());
            Label description = wrapped(card, messages.welcomeText(perspective.getElementId()), 2);
            description.setData(CSS_CLASS, "welcome-description");
            Button open = new Button(card, SWT.PUSH);
            open.setText(MessageFormat.format(messages.welcome_open, perspective.getLocalizedLabel()));
            open.setToolTipText(perspective.getLocalizedTooltip());
            String id = perspective.getElementId();
            open.addListener(SWT.Selection, e -> perspectives.switchTo(id));
            GridDataFactory.swtDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(open);
            if (firstButton == null) {
                firstButton = open;
            }
        }
        Label footer = wrapped(page, MessageFormat.format(messages.welcome_footer, product.version(), home.path()), 2);
        footer.setData(CSS_CLASS, "welcome-footer");

        scroller.setContent(page);
        scroller.addListener(SWT.Resize, e -> {
            int width = scroller.getClientArea().width;
            scroller.setMinSize(page.computeSize(Math.max(width, 480), SWT.DEFAULT));
        });
    }

    private static Label wrapped(Composite parent, String text, int span) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }

    @Focus
    void focus() {
        if (firstButton != null && !firstButton.isDisposed()) {
            firstButton.setFocus();
        }
    }
}
