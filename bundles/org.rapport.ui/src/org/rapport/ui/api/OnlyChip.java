package org.rapport.ui.api;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The chip above a list that says it shows only some of its rows (those behind a report's
 * figure), with a button that clears it; it takes no room while hidden. The list's parent lays
 * it out in a {@code GridLayout}.
 */
public final class OnlyChip {

    /** The key of the widgets' data that names them for the workbench tests ({@code <prefix>-only-text}, {@code <prefix>-only-clear}). */
    public static final String WIDGET = "org.rapport.widget";

    private final Composite chip;
    private final Label text;

    /**
     * @param span the columns of the parent's grid it spans
     * @param prefix what the tests find its text and button by
     * @param clear the button's text and tooltip, in the list's own words
     * @param cleared what the list does when the user clears the chip (it calls {@link #hide} or not)
     */
    public OnlyChip(Composite parent, int span, String prefix, String clear, String clearTooltip, Runnable cleared) {
        chip = new Composite(parent, SWT.BORDER);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 2).applyTo(chip);
        GridDataFactory.fillDefaults().span(span, 1).exclude(true).applyTo(chip);
        chip.setVisible(false);
        text = new Label(chip, SWT.NONE);
        text.setData(WIDGET, prefix + "-only-text");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(text);
        Button button = new Button(chip, SWT.PUSH | SWT.FLAT);
        button.setText(clear);
        button.setToolTipText(clearTooltip);
        button.setData(WIDGET, prefix + "-only-clear");
        button.addListener(SWT.Selection, e -> cleared.run());
    }

    /** Shows the chip with this text (its tooltip: {@code whole}, the text may be shortened by the layout), or with null hides it. */
    public void show(String words, String whole) {
        boolean shown = words != null;
        text.setText(shown ? words : "");
        text.setToolTipText(shown ? whole : null);
        chip.setVisible(shown);
        ((GridData) chip.getLayoutData()).exclude = !shown;
        chip.getParent().layout(true, true);
    }
}
