package org.rapport.loyalty.ui.internal;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CustomerEditing;
import org.rapport.customers.ui.api.CustomerTab;
import org.rapport.loyalty.api.LedgerTexts;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.Rewards;
import org.rapport.loyalty.api.TierStanding;
import org.rapport.loyalty.model.LoyaltyPackage;
import org.rapport.persistence.api.CommitEvents;
import org.rapport.security.api.CurrentUser;
import org.rapport.ui.api.CommitFollower;
import org.rapport.ui.api.EnumLabels;

/**
 * The Loyalty tab of the customer profile. Each tab follows the store's commits itself (it is
 * made outside the e4 context, so it registers an event handler while it exists): postings from
 * this desktop, another one or the command line show without reopening the profile.
 */
@Component(service = CustomerTab.class)
public class LoyaltyTab implements CustomerTab {

    /** After the Profile (100), Purchases (200) and Interactions (300) tabs. */
    static final int ORDER = 400;

    @Reference
    private Loyalty loyalty;
    @Reference
    private Rewards rewards;
    @Reference
    private TierStanding standing;
    @Reference
    private CurrentUser user;
    @Reference
    private ClockService clock;
    @Reference
    private LedgerTexts texts;
    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Override
    public String label() {
        return Messages.tab_loyalty;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Control create(Composite parent, CustomerEditing editing) {
        LedgerPage page = new LedgerPage(parent, editing.customer().getReference(),
                new LoyaltyServices(loyalty, rewards, standing, user, clock, EnumLabels.ofBundle(LoyaltyTab.class), texts));
        Control control = page.control();
        CommitFollower.follow(context, control, LoyaltyTab::touchesLoyalty, page::refresh);
        return control;
    }

    /** Ledger entries, memberships and tiers, or purchases (the 12-month spend). */
    static boolean touchesLoyalty(String[] names) {
        String purchase = CommitEvents.key(CustomersPackage.Literals.PURCHASE);
        return Arrays.stream(names).anyMatch(n -> n.startsWith(LoyaltyPackage.eNS_URI + "#") || n.equals(purchase));
    }
}
