package org.rapport.customers.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The channels customers come, buy and are in touch through (DOMAIN.md section 1): the built-in
 * ones, {@link #BUILT_IN}, and those an administrator added. Customers, purchases and interactions
 * store a channel's code; people read its label. Imports accept the code, the label and the usual
 * spellings of each channel in any case ({@link #resolver()}).
 */
public interface Channels {

    String STORE = "store";
    String WEB_SHOP = "web-shop";
    String APP = "app";
    String SOCIAL_MEDIA = "social-media";
    String HOTLINE = "hotline";
    String FIELD_SALES = "field-sales";
    String OTHER = "other";
    /** The domain's channels, in the order lists offer them; they cannot be removed or renamed. */
    List<String> BUILT_IN = List.of(STORE, WEB_SHOP, APP, SOCIAL_MEDIA, HOTLINE, FIELD_SALES, OTHER);

    /**
     * A channel.
     *
     * @param code what records store: lower-case letters, digits and hyphens
     * @param label its name in the user's language (an added channel's label in every language)
     * @param builtIn whether it is one of {@link #BUILT_IN}
     * @param aliases the other spellings an import accepts, lower case
     */
    record ChannelInfo(String code, String label, boolean builtIn, List<String> aliases) {
    }

    /** Every channel: the built-in ones in their order, then the added ones by code. */
    List<ChannelInfo> channels();

    /** A channel's label; the code itself for a code no channel has (so a stored value always shows). */
    String label(String code);

    /**
     * What imports use to read a channel: each spelling ({@link #spelling} of a code, a label or an
     * alias) to its code. A snapshot: channels added later need a new one.
     */
    Map<String, String> resolver();

    /**
     * Adds a channel; administrators only (the audit trail records it).
     *
     * @param aliases other spellings an import should accept; none is another channel's spelling
     * @throws org.rapport.security.api.AccessDeniedException unless an administrator is signed in
     * @throws IllegalArgumentException for a code that is not lower-case letters, digits and hyphens
     *         (at most 32), a code or spelling another channel has, or a missing or too long label,
     *         with a message naming it
     */
    ChannelInfo add(String code, String label, List<String> aliases);

    /** How spellings are compared: trimmed, lower case, runs of spaces and underscores as one hyphen. */
    static String spelling(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }
}
