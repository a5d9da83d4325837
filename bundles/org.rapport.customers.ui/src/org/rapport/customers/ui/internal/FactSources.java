package org.rapport.customers.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.CustomerFigures;
import org.rapport.customers.api.InstallationCurrency;
import org.rapport.persistence.api.Store;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.StaffNames;

/** What the profile's own header facts read from, one service for all of them. */
@Component(service = FactSources.class)
public class FactSources {

    @Reference
    Store store;
    @Reference
    CurrentUser currentUser;
    @Reference
    StaffNames staff;
    @Reference
    ClockService clock;
    @Reference
    CustomerFigures figures;
    @Reference
    InstallationCurrency currency;
}
