package org.rapport.app.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.rapport.app.internal.Messages;
import org.rapport.app.internal.dialogs.AboutDialog;
import org.rapport.core.api.ProductInfo;
import org.rapport.core.api.RapportHome;

/** Help > About Rapport. */
public class AboutHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Translation Messages messages, ProductInfo product, RapportHome home) {
        new AboutDialog(shell, messages, product, home).open();
    }
}
