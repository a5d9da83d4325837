package org.rapport.customers.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.rapport.customers.ui.api.CustomerHeaderFact;
import org.rapport.ui.api.Colors;

/**
 * One key fact of the profile header: its name in small letters above its value, the value in
 * bold; amounts aligned to the right (name and value), problems in the theme's colour for them.
 */
record FactView(Label label, Label value, CustomerHeaderFact.Kind kind) {

    /** The key under which a fact's composite carries its view. */
    static final String KEY = "rapport.fact";

    static void show(Composite facts, CustomerEditorPart.Fact fact) {
        Composite box = new Composite(facts, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(box);
        int align = fact.kind() == CustomerHeaderFact.Kind.AMOUNT ? SWT.RIGHT : SWT.LEFT;
        Label label = new Label(box, align);
        label.setText(fact.label());
        label.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
        Label value = new Label(box, align);
        value.setText(fact.value());
        value.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        if (fact.kind() == CustomerHeaderFact.Kind.PROBLEM) {
            Colors.markProblem(value);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
        box.setData(KEY, new FactView(label, value, fact.kind()));
    }

    /** A fact's name and value as one line, as the header read before facts had two lines: "Revenue, total: ¥1,234.00". */
    static String text(Control box) {
        FactView view = (FactView) box.getData(KEY);
        return NLS.bind(Messages.header_fact, view.label().getText(), view.value().getText());
    }
}
