package org.rapport.customers.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;
import org.rapport.customers.ui.api.CustomerHeaderFact;

/**
 * How to reach the customer: the first phone number that works, else the first e-mail address
 * that works, else the first of either (the data-quality fact then says it does not work).
 */
@Component(service = CustomerHeaderFact.class)
public class MainContactFact extends StoredCustomerFact {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;

    @Reference
    private FactSources sources;

    @Override
    public String label() {
        return Messages.fact_main_contact;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    FactSources sources() {
        return sources;
    }

    @Override
    List<EStructuralFeature> fields() {
        return List.of(P.getPhone_Number(), P.getPhone_Valid(), P.getEmailAddress_Address(), P.getEmailAddress_Valid());
    }

    @Override
    Optional<String> value(Customer customer) {
        Optional<String> working = customer.getPhones().stream().filter(Phone::isValid).map(Phone::getNumber).filter(n -> n != null).findFirst()
                .or(() -> customer.getEmails().stream().filter(EmailAddress::isValid).map(EmailAddress::getAddress).filter(a -> a != null).findFirst());
        return working.or(() -> customer.getPhones().stream().map(Phone::getNumber).filter(n -> n != null).findFirst())
                .or(() -> customer.getEmails().stream().map(EmailAddress::getAddress).filter(a -> a != null).findFirst());
    }
}
