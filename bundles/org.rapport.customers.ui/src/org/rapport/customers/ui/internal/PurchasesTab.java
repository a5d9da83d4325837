package org.rapport.customers.ui.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.rapport.ui.api.Formats;
import org.rapport.ui.api.HistoryTable;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.InstallationCurrency;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.ui.api.CustomerEditing;
import org.rapport.customers.ui.api.CustomerTab;

/** Every purchase, newest first, with the count and the net total above; amounts in the installation's currency, aligned right. */
@Component(service = CustomerTab.class)
public class PurchasesTab implements CustomerTab {

    @Reference
    private Channels channels;
    @Reference
    private InstallationCurrency currency;

    @Override
    public String label() {
        return Messages.tab_purchases;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Control create(Composite parent, CustomerEditing editing) {
        Customer customer = editing.customer();
        List<Purchase> purchases = customer.getPurchases().stream()
                .sorted(Comparator.comparing(Purchase::getAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        BigDecimal total = purchases.stream().map(Purchase::getAmount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        Label summary = new Label(page, SWT.NONE);
        summary.setText(NLS.bind(Messages.purchases_total, purchases.size(), money(total)));
        Table table = HistoryTable.create(page, purchases,
                new HistoryTable.Column<>(Messages.purchase_at, 190, p -> Formats.dateTime(p.getAt())),
                new HistoryTable.Column<>(Messages.purchase_product, 220, Purchase::getProduct),
                new HistoryTable.Column<>(Messages.purchase_quantity, 60, p -> Integer.toString(p.getQuantity()), SWT.RIGHT),
                new HistoryTable.Column<>(Messages.purchase_amount, 130, p -> money(p.getAmount()), SWT.RIGHT),
                new HistoryTable.Column<>(Messages.purchase_channel, 90, p -> channels.label(p.getChannel())),
                new HistoryTable.Column<>(Messages.purchase_store, 160, Purchase::getStore));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        return page;
    }

    /** An amount in the installation's currency; without it, when its setting is wrong (the header says where). */
    private String money(BigDecimal amount) {
        try {
            return Formats.money(amount, currency.currency());
        } catch (IllegalStateException badSetting) {
            return Formats.money(amount);
        }
    }
}
