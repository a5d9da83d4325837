package org.rapport.persistence.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.rapport.persistence.testmodel.Customer;
import org.rapport.persistence.testmodel.CustomerStatus;
import org.rapport.persistence.testmodel.TestmodelFactory;

/**
 * The benchmark's customers: customer {@code n} is always the same object, whichever side
 * writes it; reference {@code C-<n>} is unique, the name is one of a small list of Chinese and
 * Western names followed by the number.
 */
final class CustomerData {

    static final List<String> NAMES = List.of("王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴霞",
            "Anna Schmidt", "John Smith", "Maria Garcia", "Peter Müller", "Laura Rossi", "James Brown", "Sophie Martin", "Lukas Weber",
            "Emma Wilson", "Olivier Dubois");

    private static final TestmodelFactory F = TestmodelFactory.eINSTANCE;
    private static final LocalDate FIRST_BIRTHDAY = LocalDate.of(1940, 1, 1);
    private static final CustomerStatus[] STATUSES = CustomerStatus.values();

    private CustomerData() {
    }

    static String reference(int n) {
        return "C-" + n;
    }

    static String name(int n) {
        return NAMES.get(n % NAMES.size()) + " " + n;
    }

    /** Customer {@code n}, new (not stored): reference, name, birthday, income and status set. */
    static Customer customer(int n) {
        Customer customer = F.createCustomer();
        customer.setReference(reference(n));
        customer.setName(name(n));
        customer.setBirthday(FIRST_BIRTHDAY.plusDays((n * 7919L) % 25_000));
        customer.setIncome(BigDecimal.valueOf(((n * 104_729L) % 20_000_000L) + 1_500_000L, 2).setScale(4));
        customer.setStatus(STATUSES[n % 7 == 0 ? 2 : n % 3 == 0 ? 1 : 0]);
        return customer;
    }

    /** {@code count} references of stored customers (0 to {@code customers - 1}), in a fixed random order. */
    static List<String> randomReferences(int customers, int count, long seed) {
        Random random = new Random(seed);
        return random.ints(count, 0, customers).mapToObj(CustomerData::reference).toList();
    }

    /**
     * {@code count} name prefixes such as {@code "王芳 13"}: a listed name and one to three leading
     * digits of a number, so a search matches from a handful to thousands of customers.
     */
    static List<String> randomPrefixes(int count, long seed) {
        Random random = new Random(seed);
        return random.ints(count, 0, Integer.MAX_VALUE).mapToObj(r -> {
            String digits = Integer.toString(1 + (r >>> 8) % 999);
            return NAMES.get(r % NAMES.size()) + " " + digits;
        }).toList();
    }
}
