package org.rapport.customers.ui.internal;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.CustomerDuplicates;
import org.rapport.customers.api.CustomerDuplicates.Match;
import org.rapport.customers.api.CustomersAreaId;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;
import org.rapport.customers.ui.api.CustomerEvents;
import org.rapport.customers.ui.internal.NewCustomerDialog.Entry;
import org.rapport.persistence.api.PersistentObject;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.security.model.Action;
import org.rapport.security.model.Scope;

/**
 * New customer (File > New Customer…, the toolbar, Ctrl+N, the empty list): asks for the facts the
 * duplicate check needs, asks the customers area whether someone stored may be the same person
 * (same e-mail or phone, or a close name with the same birthday) and offers to open them instead,
 * then stores the customer and opens the profile, where the rest is entered with undo. Only for
 * users whose roles allow creating customers; the store enforces it all the same.
 */
@Creatable
public class NewCustomers {

    private static final CustomersFactory F = CustomersFactory.eINSTANCE;
    private static final String AREA = CustomersAreaId.ID;
    /** A reference that ends in digits: the next one counts on from them, as wide. */
    private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

    @Inject
    private CurrentUser currentUser;
    @Inject
    private Store store;
    @Inject
    private ClockService clock;
    @Inject
    private CustomerDuplicates duplicates;
    @Inject
    private CustomerEditors editors;
    @Inject
    private IEventBroker events;

    /** Whether the signed-in user's roles allow creating customers (the command is hidden and greyed out otherwise). */
    static boolean mayCreate(CurrentUser user) {
        return user.get().map(u -> u.may(AREA, Action.CREATE)).orElse(false);
    }

    /** The whole flow; the identity of the customer stored, or 0 when nothing was stored. */
    long run(Shell shell) {
        NewCustomerDialog dialog = new NewCustomerDialog(shell, suggestedReference());
        dialog.open();
        Entry entry = dialog.entry();
        if (entry == null) {
            return 0;
        }
        List<Match> matches;
        try {
            matches = duplicates.candidates(customer(entry, null));
        } catch (RuntimeException refusedOrGone) {
            MessageDialog.openError(shell, Messages.new_customer_title, refusedOrGone.getMessage());
            return 0;
        }
        if (!matches.isEmpty()) {
            Match first = matches.get(0);
            switch (askAboutDuplicates(shell, entry, matches)) {
            case 0 -> {
                editors.open(first.id(), first.name());
                return 0;
            }
            case 1 -> {
                // save anyway: a different person after all
            }
            default -> {
                return 0;
            }
            }
        }
        return store(shell, entry);
    }

    /** 0: open the existing customer (the default), 1: save anyway, else cancel. */
    int askAboutDuplicates(Shell shell, Entry entry, List<Match> matches) {
        StringBuilder who = new StringBuilder();
        for (Match match : matches.subList(0, Math.min(5, matches.size()))) {
            who.append("\n  \u2022 ").append(match.reference()).append("  ").append(match.name()).append("  (").append(DuplicatesDialog.reason(match.reason()))
                    .append(')');
        }
        if (matches.size() > 5) {
            who.append("\n  \u2026");
        }
        Match first = matches.get(0);
        MessageDialog question = new MessageDialog(shell, Messages.new_customer_duplicates_title, null,
                NLS.bind(Messages.new_customer_duplicates_question, entry.name(), who.toString()), MessageDialog.QUESTION, 0,
                NLS.bind(Messages.new_customer_open_existing, first.reference()), Messages.new_customer_save_anyway,
                org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL);
        return question.open();
    }

    /** Stores the customer and opens the profile; 0 when the store refused (said in a dialog). */
    long store(Shell shell, Entry entry) {
        long id;
        try (UnitOfWork work = store.begin()) {
            if (!work.query("SELECT c.persistentId FROM Customer c WHERE c.reference = ?1", entry.reference()).isEmpty()) {
                MessageDialog.openError(shell, Messages.new_customer_title, NLS.bind(Messages.new_customer_reference_taken, entry.reference()));
                return 0;
            }
            Customer customer = customer(entry, currentUser.get().orElse(null));
            // entered by staff just now: the data counts as confirmed, so the new profile is not flagged at once
            customer.setCreatedAt(clock.now());
            customer.setLastConfirmedAt(customer.getCreatedAt());
            work.add(customer);
            work.commit();
            id = ((PersistentObject) customer).persistentId();
        } catch (RuntimeException refusedOrGone) {
            // refused by the access rules, a reference someone else took meanwhile, the database gone
            MessageDialog.openError(shell, Messages.new_customer_title, NLS.bind(Messages.new_customer_failed, refusedOrGone.getMessage()));
            return 0;
        }
        events.post(CustomerEvents.CHANGED, id);
        editors.open(id, entry.name());
        return id;
    }

    /** The customer entered; a user who may create only their own accounts becomes its account manager. */
    private static Customer customer(Entry entry, SessionUser user) {
        Customer customer = F.createCustomer();
        customer.setReference(entry.reference());
        customer.setName(entry.name());
        customer.setBirthday(entry.birthday());
        if (entry.phone() != null) {
            Phone phone = F.createPhone();
            phone.setNumber(entry.phone());
            phone.setValid(true);
            customer.getPhones().add(phone);
        }
        if (entry.email() != null) {
            EmailAddress email = F.createEmailAddress();
            email.setAddress(entry.email());
            email.setValid(true);
            customer.getEmails().add(email);
        }
        if (user != null && user.scope(AREA, Action.CREATE).orElse(null) == Scope.OWN) {
            customer.setAccountManager(user.login());
        }
        return customer;
    }

    /**
     * The reference after the highest one of the most common form (C-1001 after C-1000, as wide),
     * or C-0001 in an empty database. Only a suggestion: the person may type any, and a taken one
     * is refused when saved.
     */
    String suggestedReference() {
        try (UnitOfWork work = store.begin()) {
            List<String> last = work.page("SELECT c.reference FROM Customer c ORDER BY c.reference DESC", 0, 20);
            if (last.isEmpty()) {
                return "C-0001";
            }
            Matcher numbered = last.stream().map(NUMBERED::matcher).filter(Matcher::matches).findFirst().orElse(null);
            if (numbered == null) {
                return "";
            }
            String digits = numbered.group(2);
            String next = new BigInteger(digits).add(BigInteger.ONE).toString();
            String suggestion = numbered.group(1) + "0".repeat(Math.max(0, digits.length() - next.length())) + next;
            return work.query("SELECT c.persistentId FROM Customer c WHERE c.reference = ?1", suggestion).isEmpty() ? suggestion : "";
        } catch (RuntimeException refusedOrGone) {
            return "";
        }
    }
}
