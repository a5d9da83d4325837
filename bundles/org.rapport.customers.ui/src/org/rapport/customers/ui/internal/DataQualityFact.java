package org.rapport.customers.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.api.DataQuality;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CustomerHeaderFact;

/** What needs care in the customer's data (DOMAIN.md section 1), in the theme's colour for problems; left out when all is well. */
@Component(service = CustomerHeaderFact.class)
public class DataQualityFact extends StoredCustomerFact {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;

    @Reference
    private FactSources sources;

    @Override
    public String label() {
        return Messages.column_quality;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Kind kind() {
        return Kind.PROBLEM;
    }

    @Override
    FactSources sources() {
        return sources;
    }

    @Override
    List<EStructuralFeature> fields() {
        // a masked mark reads as "does not work", a masked date as "never confirmed": both would be false alarms
        return List.of(P.getPhone_Number(), P.getPhone_Valid(), P.getEmailAddress_Address(), P.getEmailAddress_Valid(), P.getCustomer_LastConfirmedAt());
    }

    @Override
    Optional<String> value(Customer customer) {
        Set<DataQuality.Flag> flags = DataQuality.flags(customer, sources.clock.now());
        return flags.isEmpty() ? Optional.empty() : Optional.of(String.join("  \u00b7  ", flags.stream().map(EnumLabels::of).toList()));
    }
}
