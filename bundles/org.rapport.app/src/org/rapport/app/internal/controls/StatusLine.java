package org.rapport.app.internal.controls;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rapport.app.api.RapportWorkbench;
import org.rapport.app.internal.Messages;
import org.rapport.core.api.ProductInfo;

/**
 * The status line at the bottom of the main window: the latest message posted to
 * {@link RapportWorkbench#TOPIC_STATUS} on the left, the product and version on the right.
 */
public class StatusLine {

    private Label message;

    @PostConstruct
    void create(Composite parent, @Translation Messages messages, ProductInfo product) {
        Composite line = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        line.setLayout(layout);
        message = new Label(line, SWT.NONE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        message.setText(messages.status_ready);
        message.setData("org.rapport.widget", "status-message");
        Label version = new Label(line, SWT.NONE);
        version.setText(product.nameAndVersion());
        version.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
    }

    @Inject
    @Optional
    void show(@UIEventTopic(RapportWorkbench.TOPIC_STATUS) String text) {
        if (message != null && !message.isDisposed()) {
            message.setText(text == null ? "" : text);
            message.getParent().layout();
        }
    }
}
