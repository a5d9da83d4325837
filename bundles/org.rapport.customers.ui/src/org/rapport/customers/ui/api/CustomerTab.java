package org.rapport.customers.ui.api;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A tab of the customer profile (the 360 view). Register an implementation as an OSGi service (a
 * DS {@code @Component(service = CustomerTab.class)}) and every customer editor opened afterwards
 * shows it, ordered by {@link #order()}: loyalty points, complaints, care tasks come this way.
 * The built-in tabs are Profile (100), Purchases (200) and Interactions (300).
 */
public interface CustomerTab {

    /** The tab's title, translated. */
    String label();

    /** Where the tab goes: lower comes first. */
    int order();

    /**
     * Builds the tab's content for one customer. The customer belongs to the editor's unit of
     * work: read it freely (lists are read on first use); the store's access rules apply, so a
     * field the user may not read is empty. Change it through {@code editing}, so that changes are
     * undoable and saved with the profile.
     *
     * @param parent the tab's composite, with no layout set
     * @return the control to show
     */
    Control create(Composite parent, CustomerEditing editing);
}
