package org.rapport.app.internal.dialogs;

import java.text.MessageFormat;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.rapport.app.internal.Messages;
import org.rapport.core.api.ProductInfo;
import org.rapport.core.api.RapportHome;

/** The About dialog: product, version, and the facts support asks for (Java, OS, folders). */
public class AboutDialog extends Dialog {

    private final Messages messages;
    private final ProductInfo product;
    private final RapportHome home;

    public AboutDialog(Shell parent, Messages messages, ProductInfo product, RapportHome home) {
        super(parent);
        this.messages = messages;
        this.product = product;
        this.home = home;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.about_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ((GridLayout) area.getLayout()).numColumns = 1;
        Label heading = new Label(area, SWT.NONE);
        heading.setText(MessageFormat.format(messages.about_heading, product.name()));
        heading.setFont(JFaceResources.getHeaderFont());
        Label version = new Label(area, SWT.NONE);
        version.setText(MessageFormat.format(messages.about_version, product.version()));
        version.setData("org.rapport.widget", "about-version");
        new Label(area, SWT.NONE).setText(messages.about_license);
        new Label(area, SWT.NONE).setText(messages.about_details);
        // a read-only text, so support details can be selected and copied into a ticket
        Text details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.WRAP);
        details.setText(String.join("\n", //
                MessageFormat.format(messages.about_java, System.getProperty("java.version"), System.getProperty("java.vendor")),
                MessageFormat.format(messages.about_os, System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch")),
                MessageFormat.format(messages.about_install, Platform.getInstallLocation() == null ? "-" : Platform.getInstallLocation().getURL()),
                MessageFormat.format(messages.about_data, home.path())));
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.widthHint = 520;
        details.setLayoutData(layout);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }
}
