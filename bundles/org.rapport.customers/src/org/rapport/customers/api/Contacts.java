package org.rapport.customers.api;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one spelling of phone numbers and e-mail addresses that the customer model stores
 * ({@code Phone.number}, {@code EmailAddress.address}: their setters apply it), so that a search
 * or a duplicate check normalises its input here and compares by equality.
 */
public final class Contacts {

    /** One {@code @}, no spaces, a dot in the domain that neither starts nor ends it. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.][^@\\s]*\\.[^@\\s.]+");
    /** An optional {@code +} and 3 to 20 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{3,20}");

    private Contacts() {
    }

    /**
     * Whether a normalised e-mail address ({@link #normaliseEmail}) looks deliverable: one {@code @},
     * no spaces, a domain with a dot, at most 254 characters. Imports reject other addresses.
     */
    public static boolean isValidEmail(String normalised) {
        return normalised != null && normalised.length() <= 254 && EMAIL.matcher(normalised).matches();
    }

    /**
     * Whether a normalised phone number ({@link #normalisePhone}) is one: an optional leading
     * {@code +} and 3 to 20 digits. Imports reject other numbers (letters, extensions).
     */
    public static boolean isValidPhone(String normalised) {
        return normalised != null && PHONE.matcher(normalised).matches();
    }

    /**
     * A phone number with its separators removed: full-width characters become ASCII (NFKC), spaces
     * and {@code - . / ( )} are dropped, a leading {@code 00} becomes {@code +}. So
     * {@code "+86 (138) 0013-8000"} and {@code "0086 138 0013 8000"} are both
     * {@code "+8613800138000"}. Nothing else is changed: a national number stays national (no
     * country is guessed), and letters stay, for a data-quality check to flag.
     *
     * @return the normalised number, or null for null or a text with nothing but separators
     */
    public static String normalisePhone(String number) {
        if (number == null) {
            return null;
        }
        String text = Normalizer.normalize(number, Normalizer.Form.NFKC);
        StringBuilder normalised = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && "-./()".indexOf(c) < 0) {
                normalised.append(c);
            }
        }
        if (normalised.length() > 2 && normalised.charAt(0) == '0' && normalised.charAt(1) == '0') {
            normalised.replace(0, 2, "+");
        }
        return normalised.isEmpty() ? null : normalised.toString();
    }

    /**
     * An e-mail address trimmed, with full-width characters made ASCII (NFKC), in lower case and
     * without the angle brackets mail programs put around an address, so
     * {@code " Li.Na@Example.COM "} and {@code "<li.na@example.com>"} are both {@code "li.na@example.com"}.
     *
     * @return the normalised address, or null for null or a blank text
     */
    public static String normaliseEmail(String address) {
        if (address == null) {
            return null;
        }
        String normalised = Normalizer.normalize(address, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (normalised.length() >= 2 && normalised.startsWith("<") && normalised.endsWith(">")) {
            normalised = normalised.substring(1, normalised.length() - 1).strip();
        }
        return normalised.isEmpty() ? null : normalised;
    }
}
