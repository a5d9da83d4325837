package org.rapport.customers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.Contacts;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.Phone;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.transfer.api.Findings;
import org.rapport.transfer.api.ImportContext;
import org.rapport.transfer.api.MappedRun;
import org.rapport.transfer.api.Row;
import org.rapport.transfer.api.RowMapper;

/**
 * The {@code customers} import kind. A row is rejected only for what cannot be stored (a missing
 * reference or name, an unreadable birthday, a value too long for its column, a reference that
 * exists); an invalid e-mail or phone is stored and marked invalid, an unknown channel stored as
 * {@link Channels#OTHER}, a birthday in the future kept: each with a warning. New customers that
 * share an e-mail or phone with another are stored and reported as duplicates.
 */
@Component(service = RowMapper.class)
public class CustomerRows extends CustomersRowMapper {

    public static final String ID = "customers";

    @Activate
    public CustomerRows(@Reference(name = "clock") ClockService clock, @Reference(name = "channels") Channels channels) {
        super(ID, Messages.import_kind_customers, CustomerImport.CUSTOMER_COLUMNS, 2, CustomerImport.CUSTOMER_EXTRA_COLUMNS, clock, channels);
    }

    @Override
    public MappedRun<CustomerRow> start(ImportContext context) {
        return new Run(context);
    }

    /** A contact value as it is stored: valid or kept and marked invalid. */
    record Contact(String value, boolean valid) {
    }

    record CustomerRow(String reference, String name, Contact email, Contact phone, LocalDate birthday, String region, String channel, List<String> tags,
            String accountManager) {
    }

    private final class Run extends CustomersRun<CustomerRow> {

        Run(ImportContext context) {
            super(context);
        }

        @Override
        public CustomerRow validate(Row row, Findings batch) {
            RowFindings findings = new RowFindings(batch);
            long line = row.line();
            String reference = ImportValues.text(row, "ref", 32, true, findings);
            String name = ImportValues.text(row, "name", 255, true, findings);
            String rawEmail = row.get("email");
            String email = Contacts.normaliseEmail(rawEmail);
            Contact emailKept = email == null ? null
                    : Contacts.isValidEmail(email) ? new Contact(email, true) : flawed(line, "email", rawEmail, email, 254, Messages.import_warning_email, findings);
            String rawPhone = row.get("phone");
            String phone = Contacts.normalisePhone(rawPhone);
            Contact phoneKept = phone == null ? null
                    : Contacts.isValidPhone(phone) ? new Contact(phone, true)
                            : flawed(line, "phone", rawPhone, rawPhone.strip(), 32, Messages.import_warning_phone, findings);
            LocalDate birthday = null;
            String rawBirthday = row.get("birthday");
            if (!rawBirthday.isBlank()) {
                try {
                    birthday = LocalDate.parse(rawBirthday.strip());
                    if (birthday.isAfter(clock.today())) {
                        findings.warn(line, "birthday", rawBirthday, Messages.import_warning_future);
                    }
                } catch (DateTimeParseException e) {
                    findings.reject(line, "birthday", rawBirthday, Messages.import_reason_date);
                }
            }
            String region = ImportValues.text(row, "region", 64, false, findings);
            String channel = channelCodes.code(line, row.get("channel"), findings);
            Set<String> tags = new LinkedHashSet<>();
            for (String tag : row.get("tags").split(";")) {
                String t = tag.strip();
                if (t.length() > 64) {
                    findings.reject(line, "tags", t, NLS.bind(Messages.import_reason_too_long, 64));
                } else if (!t.isEmpty()) {
                    tags.add(t);
                }
            }
            String manager = ImportValues.text(row, "account_manager", 64, false, findings);
            if (findings.rejected()) {
                return null;
            }
            return new CustomerRow(reference, name, emailKept, phoneKept, birthday, region, channel, List.copyOf(tags),
                    manager == null ? context.user().login() : manager);
        }

        @Override
        public long store(UnitOfWork work, List<Validated<CustomerRow>> values, Findings findings) {
            List<CustomerRow> rows = values.stream().map(Validated::value).toList();
            List<String> references = rows.stream().map(CustomerRow::reference).distinct().toList();
            List<String> emails = rows.stream().map(CustomerRow::email).filter(e -> e != null).map(Contact::value).distinct().toList();
            List<String> phones = rows.stream().map(CustomerRow::phone).filter(p -> p != null).map(Contact::value).distinct().toList();
            Set<String> existing = new HashSet<>(
                    UnitOfWorkLookups.<String> lookUp(work, "SELECT c.reference FROM Customer c WHERE c.reference IN ?1", references));
            Map<String, List<String>> sameButCase = sameButCase(work, references, existing);
            Map<String, List<String>> emailOwners = owners(work,
                    "SELECT e.address, c.reference FROM Customer c JOIN c.emails e WHERE e.address IN ?1 ORDER BY c.reference", emails);
            Map<String, List<String>> phoneOwners = owners(work,
                    "SELECT p.number, c.reference FROM Customer c JOIN c.phones p WHERE p.number IN ?1 ORDER BY c.reference", phones);
            Instant now = clock.now();
            long imported = 0;
            for (Validated<CustomerRow> value : values) {
                long line = value.line();
                CustomerRow row = value.value();
                if (existing.contains(row.reference())) {
                    findings.reject(line, "ref", row.reference(), Messages.import_reason_reference_exists);
                    continue;
                }
                existing.add(row.reference());
                List<String> spellings = sameButCase.computeIfAbsent(caseKey(row.reference()), k -> new ArrayList<>());
                spellings.forEach(other -> findings.duplicate(line, row.reference(), other, "ref"));
                spellings.add(row.reference());
                if (row.email() != null) {
                    List<String> owners = emailOwners.computeIfAbsent(row.email().value(), k -> new ArrayList<>());
                    owners.forEach(owner -> findings.duplicate(line, row.reference(), owner, "email"));
                    owners.add(row.reference());
                }
                if (row.phone() != null) {
                    List<String> owners = phoneOwners.computeIfAbsent(row.phone().value(), k -> new ArrayList<>());
                    owners.forEach(owner -> findings.duplicate(line, row.reference(), owner, "phone"));
                    owners.add(row.reference());
                }
                work.add(customer(row, now));
                imported++;
            }
            return imported;
        }
    }

    private static Customer customer(CustomerRow row, Instant now) {
        Customer customer = ImportValues.newCustomer(row.reference(), row.name(), row.accountManager(), now);
        if (row.email() != null) {
            EmailAddress email = CustomersFactory.eINSTANCE.createEmailAddress();
            email.setAddress(row.email().value());
            email.setValid(row.email().valid());
            customer.getEmails().add(email);
        }
        if (row.phone() != null) {
            Phone phone = CustomersFactory.eINSTANCE.createPhone();
            phone.setNumber(row.phone().value());
            phone.setValid(row.phone().valid());
            customer.getPhones().add(phone);
        }
        customer.setBirthday(row.birthday());
        customer.setRegion(row.region());
        if (row.channel() != null) {
            customer.setChannel(row.channel());
        }
        customer.getTags().addAll(row.tags());
        return customer;
    }

    /**
     * A contact value that fails its check, kept as it was written and marked invalid, so the
     * customer is not lost for it; left out only when it does not fit its column. Either way a warning.
     */
    private static Contact flawed(long line, String field, String raw, String kept, int max, String reason, Findings findings) {
        if (kept.length() > max) {
            findings.warn(line, field, raw, NLS.bind(Messages.import_warning_too_long, max));
            return null;
        }
        findings.warn(line, field, raw, reason);
        return new Contact(kept, false);
    }

    /**
     * The stored references that differ from these only in case, by {@link #caseKey}: a reference
     * is case-sensitive (C-1 and c-1 are two customers), but a new one that equals another but for
     * case is most likely the same customer typed differently, so it is imported and reported as a
     * duplicate. Stored spellings all in upper or all in lower case are found (an index look-up
     * each, as exact references are); mixed spellings only within one batch of the file.
     */
    private static Map<String, List<String>> sameButCase(UnitOfWork work, List<String> references, Set<String> existing) {
        Set<String> variants = new HashSet<>();
        for (String reference : references) {
            variants.add(reference.toUpperCase(Locale.ROOT));
            variants.add(reference.toLowerCase(Locale.ROOT));
        }
        variants.removeAll(references);
        Map<String, List<String>> spellings = new HashMap<>();
        List<String> stored = new ArrayList<>(existing);
        stored.addAll(UnitOfWorkLookups.<String> lookUp(work, "SELECT c.reference FROM Customer c WHERE c.reference IN ?1", List.copyOf(variants)));
        for (String reference : stored) {
            spellings.computeIfAbsent(caseKey(reference), k -> new ArrayList<>()).add(reference);
        }
        return spellings;
    }

    private static String caseKey(String reference) {
        return reference.toLowerCase(Locale.ROOT);
    }

    /** Each value's owners (value, reference rows of the query), each owner once, by reference. */
    private static Map<String, List<String>> owners(UnitOfWork work, String jpql, List<String> values) {
        Map<String, List<String>> owners = new HashMap<>();
        for (Object[] found : UnitOfWorkLookups.<Object[]> lookUp(work, jpql, values)) {
            List<String> references = owners.computeIfAbsent((String) found[0], k -> new ArrayList<>());
            if (!references.contains(found[1])) {
                references.add((String) found[1]);
            }
        }
        return owners;
    }
}
