package org.rapport.customers.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.customers.api.CustomerDuplicates;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;

/** Duplicate candidates by contact data or by name and birthday, and the merge, over the store. */
@Component(service = CustomerDuplicates.class)
public class DuplicatesService implements CustomerDuplicates {

    private static final CustomersPackage P = CustomersPackage.eINSTANCE;
    /** Names that differ by at most this many letters are close. */
    private static final int CLOSE = 2;

    @Reference
    private Store store;

    /** For DS. */
    public DuplicatesService() {
    }

    /** For tests. */
    public DuplicatesService(Store store) {
        this.store = store;
    }

    @Override
    public List<Match> candidates(long customerId) {
        try (UnitOfWork work = store.begin()) {
            return candidates(work, find(work, customerId), customerId);
        }
    }

    @Override
    public List<Match> candidates(Customer unsaved) {
        try (UnitOfWork work = store.begin()) {
            // identities are positive: no stored customer is left out as the one asked about
            return candidates(work, unsaved, 0);
        }
    }

    private static List<Match> candidates(UnitOfWork work, Customer customer, long customerId) {
        Map<Long, Match> matches = new LinkedHashMap<>();
        // one query per value: Derby keeps a poor plan for IN lists (see the import)
        for (EmailAddress email : customer.getEmails()) {
            add(matches, customerId, work.query("SELECT c FROM Customer c JOIN c.emails e WHERE e.address = ?1", email.getAddress()), Reason.EMAIL);
        }
        for (Phone phone : customer.getPhones()) {
            add(matches, customerId, work.query("SELECT c FROM Customer c JOIN c.phones p WHERE p.number = ?1", phone.getNumber()), Reason.PHONE);
        }
        if (customer.getBirthday() != null && customer.getName() != null) {
            List<Customer> born = work.query("SELECT c FROM Customer c WHERE c.birthday = ?1", customer.getBirthday());
            String name = simplified(customer.getName());
            add(matches, customerId, born.stream().filter(c -> c.getName() != null && distance(name, simplified(c.getName())) <= CLOSE).toList(),
                    Reason.NAME_AND_BIRTHDAY);
        }
        return List.copyOf(matches.values());
    }

    private static void add(Map<Long, Match> matches, long self, List<Customer> found, Reason reason) {
        for (Customer other : found) {
            long id = id(other);
            if (id != self) {
                matches.putIfAbsent(id, new Match(id, other.getReference(), other.getName(), reason));
            }
        }
    }

    @Override
    public Merged merge(long survivorId, long duplicateId) {
        if (survivorId == duplicateId) {
            throw new IllegalArgumentException(NLS.bind(Messages.merge_same, survivorId));
        }
        try (UnitOfWork work = store.begin()) {
            Customer survivor = find(work, survivorId);
            Customer duplicate = find(work, duplicateId);
            int purchases = duplicate.getPurchases().size();
            int interactions = duplicate.getInteractions().size();
            // moved, not copied: each keeps its identity, so whatever refers to a purchase still finds it
            survivor.getPurchases().addAll(duplicate.getPurchases());
            survivor.getInteractions().addAll(duplicate.getInteractions());
            survivor.getImportantDates().addAll(duplicate.getImportantDates());
            int contacts = 0;
            for (EmailAddress email : List.copyOf(duplicate.getEmails())) {
                if (survivor.getEmails().stream().noneMatch(e -> e.getAddress().equals(email.getAddress()))) {
                    survivor.getEmails().add(email);
                    contacts++;
                }
            }
            for (Phone phone : List.copyOf(duplicate.getPhones())) {
                if (survivor.getPhones().stream().noneMatch(p -> p.getNumber().equals(phone.getNumber()))) {
                    survivor.getPhones().add(phone);
                    contacts++;
                }
            }
            for (String tag : duplicate.getTags()) {
                if (!survivor.getTags().contains(tag)) {
                    survivor.getTags().add(tag);
                }
            }
            if (survivor.getAddress() == null && duplicate.getAddress() != null) {
                // a copy: the engine stores moves between containment lists; a single contained object is not covered
                survivor.setAddress(EcoreUtil.copy(duplicate.getAddress()));
            }
            for (EAttribute attribute : P.getCustomer().getEAllAttributes()) {
                if (!attribute.isMany() && !attribute.isID() && !survivor.eIsSet(attribute) && duplicate.eIsSet(attribute)
                        && attribute != P.getCustomer_Reference()) {
                    survivor.eSet(attribute, duplicate.eGet(attribute));
                }
            }
            int references = repoint(work, duplicate, survivor);
            work.remove(duplicate);
            work.commit();
            return new Merged(survivor.getReference(), duplicate.getReference(), purchases, interactions, contacts, references);
        }
    }

    /** Records of any model with a single reference to the duplicate now point at the survivor. */
    private static int repoint(UnitOfWork work, Customer duplicate, Customer survivor) {
        List<UnitOfWork.Referrer> referrers = work.referrers(duplicate);
        referrers.forEach(r -> r.referrer().eSet(r.reference(), survivor));
        return referrers.size();
    }

    private static Customer find(UnitOfWork work, long id) {
        return work.<Customer>find(P.getCustomer(), id).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.merge_no_customer, id)));
    }

    private static long id(EObject object) {
        return ((PersistentObject) object).persistentId();
    }

    /** A name as people mean it: letters and digits only, lower case, accents aside. */
    static String simplified(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The Levenshtein distance: letters to insert, delete or replace to turn one into the other. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
