package org.rapport.customers.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.persistence.api.ModelLabels;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.RecordNames;

/**
 * Customers by reference and name for the audit log, and what they hold (phones, e-mail addresses,
 * purchases...) by their customer ("Phone of C-1001 Wang Fang"): the customer is looked up through
 * the containment, under the reader's access rules, so a reader who may not read the customer
 * gets no name (the log then names the record by kind and number).
 */
@Component(service = RecordNames.class)
public class CustomerRecordNames implements RecordNames {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;

    @Reference
    private Store store;

    /** For DS. */
    public CustomerRecordNames() {
    }

    /** For tests. */
    public CustomerRecordNames(Store store) {
        this.store = store;
    }

    @Override
    public Optional<String> name(String objectClass, long objectId) {
        EClass eClass = ModelLabels.eClass(objectClass).filter(c -> c.getEPackage() == P).orElse(null);
        if (eClass == null) {
            return Optional.empty();
        }
        try (UnitOfWork work = store.begin()) {
            if (eClass == P.getCustomer()) {
                return work.<Customer> find(eClass, objectId).map(CustomerRecordNames::who);
            }
            // a record loaded alone does not know its container: its customer is found through the containment
            for (EReference holds : P.getCustomer().getEAllContainments()) {
                if (holds.getEReferenceType().isSuperTypeOf(eClass)) {
                    List<Customer> holders = work.query("SELECT c FROM Customer c JOIN c." + holds.getName() + " x WHERE x.persistentId = ?1", objectId);
                    if (!holders.isEmpty()) {
                        return Optional.of(NLS.bind(Messages.record_of, ModelLabels.type(eClass), who(holders.get(0))));
                    }
                }
            }
            return Optional.empty();
        } catch (RuntimeException refusedOrGone) {
            // the reader may not read it, or the database is gone: no name rather than a guess
            return Optional.empty();
        }
    }

    private static String who(Customer customer) {
        return customer.getName() == null ? customer.getReference() : customer.getReference() + " " + customer.getName();
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
