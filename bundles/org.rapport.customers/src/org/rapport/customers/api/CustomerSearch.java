package org.rapport.customers.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Finding customers and counting them, as far as the signed-in user may read them. */
public interface CustomerSearch {

    /** Results of {@link #search} unless the caller asks for another limit. */
    int DEFAULT_LIMIT = 50;

    /**
     * One customer found: what a result list shows.
     *
     * @param email the first e-mail address, or null
     * @param phone the first phone number, or null
     */
    record Hit(String reference, String name, String email, String phone, String region) {
    }

    /**
     * Counts over all customers and purchase records the user may read. A purchase is a sale
     * record, whatever its amount (0 is a gift); returns are records of their own.
     *
     * @param purchases sale records
     * @param revenue net: the sum of the amounts of all records, returns (negative) included
     * @param repeatCustomers customers with two or more sale records
     * @param firstPurchase the day of the first sale in the clock's zone, null without sales
     * @param lastPurchase the day of the last sale, null without sales
     */
    record Stats(long customers, long purchases, BigDecimal revenue, long repeatCustomers, LocalDate firstPurchase, LocalDate lastPurchase) {
    }

    /**
     * Customers whose reference is the text, whose e-mail address or phone number is the text
     * after normalisation ({@link Contacts}), whose name starts with the text in any case, or,
     * for Latin letters, whose Chinese name's pinyin or its initials start with them (王芳 for
     * {@code wang}, {@code wangf}, {@code wf}); in that order (names by name), each once, at most
     * {@code limit}. A text with {@code @} is
     * an e-mail address only, as in the Customers list: not also a reference, a phone number or
     * the start of a name.
     */
    List<Hit> search(String text, int limit);

    Stats stats();
}
