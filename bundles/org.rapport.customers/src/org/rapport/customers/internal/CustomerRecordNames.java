package org.rapport.customers.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.persistence.api.ModelLabels;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.RecordNames;

/** Customers by reference and name for the audit log; what they hold (phones, purchases...) by their customer when the store loads it with its container, else not at all (the log then names it by kind and number). */
@Component(service = RecordNames.class)
public class CustomerRecordNames implements RecordNames {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;

    @Reference
    private Store store;

    @Override
    public Optional<String> name(String objectClass, long objectId) {
        EClass eClass = ModelLabels.eClass(objectClass).filter(c -> c.getEPackage() == P).orElse(null);
        if (eClass == null) {
            return Optional.empty();
        }
        try (UnitOfWork work = store.begin()) {
            Optional<EObject> found = work.find(eClass, objectId);
            return found.flatMap(object -> {
                EObject holder = object;
                while (holder != null && !(holder instanceof Customer)) {
                    holder = holder.eContainer();
                }
                if (!(holder instanceof Customer customer)) {
                    return Optional.empty();
                }
                String who = customer.getReference() + " " + customer.getName();
                return Optional.of(object == customer ? who : ModelLabels.type(eClass) + " \u00b7 " + who);
            });
        } catch (RuntimeException refusedOrGone) {
            // the reader may not read it, or the database is gone: no name rather than a guess
            return Optional.empty();
        }
    }

    @Override
    public Optional<Record> byReference(String reference) {
        try (UnitOfWork work = store.begin()) {
            List<Customer> found = work.query("SELECT c FROM Customer c WHERE c.reference = ?1", reference.strip());
            return found.stream().findFirst().map(c -> new Record(objectClass(P.getCustomer()), ((PersistentObject) c).persistentId()));
        } catch (RuntimeException refusedOrGone) {
            return Optional.empty();
        }
    }

    /** As the audit trail records a class: {@code nsURI#EClass}. */
    static String objectClass(EClass eClass) {
        return eClass.getEPackage().getNsURI() + "#" + eClass.getName();
    }
}
