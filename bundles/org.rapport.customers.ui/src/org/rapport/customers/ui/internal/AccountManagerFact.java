package org.rapport.customers.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.ui.api.CustomerHeaderFact;

/** Who owns the account, by the name colleagues know them by (the customer stores the login); "nobody" when nobody does. */
@Component(service = CustomerHeaderFact.class)
public class AccountManagerFact extends StoredCustomerFact {

    @Reference
    private FactSources sources;

    @Override
    public String label() {
        return Messages.fact_account_manager;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    FactSources sources() {
        return sources;
    }

    @Override
    List<EStructuralFeature> fields() {
        return List.of(CustomersPackage.Literals.CUSTOMER__ACCOUNT_MANAGER);
    }

    @Override
    Optional<String> value(Customer customer) {
        String login = customer.getAccountManager();
        return Optional.of(login == null || login.isBlank() ? Messages.header_nobody : sources.staff.nameOf(login));
    }
}
