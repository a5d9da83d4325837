package org.rapport.customers.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.CustomerImport;
import org.rapport.transfer.api.Findings;
import org.rapport.transfer.api.ImportException;

/**
 * One run's channel codes by spelling ({@link Channels#spelling}): the channels' own spellings,
 * then the mapping file's {@code channel.VALUE=CODE} keys over them.
 */
final class ChannelCodes {

    private final Map<String, String> codes;

    private ChannelCodes(Map<String, String> codes) {
        this.codes = codes;
    }

    static boolean ownsMappingKey(String key) {
        return key.startsWith(CustomerImport.CHANNEL_MAPPING_PREFIX);
    }

    /**
     * @throws ImportException if the mapping maps a value to a code that is no channel
     */
    static ChannelCodes of(Channels channels, Map<String, String> mapping) {
        Map<String, String> codes = new HashMap<>(channels.resolver());
        Set<String> known = Set.copyOf(codes.values());
        mapping.forEach((key, code) -> {
            if (ownsMappingKey(key)) {
                String value = key.substring(CustomerImport.CHANNEL_MAPPING_PREFIX.length());
                if (!known.contains(code.strip())) {
                    throw new ImportException(NLS.bind(Messages.import_bad_channel_mapping,
                            new Object[] { value, code, String.join(", ", known.stream().sorted().toList()) }));
                }
                codes.put(Channels.spelling(value), code.strip());
            }
        });
        return new ChannelCodes(codes);
    }

    /** A channel's code from any of its spellings, null for a blank value; an unknown value is the other channel, with a warning. */
    String code(long line, String raw, Findings findings) {
        if (raw.isBlank()) {
            return null;
        }
        String code = codes.get(Channels.spelling(raw));
        if (code != null) {
            return code;
        }
        findings.warn(line, "channel", raw,
                NLS.bind(Messages.import_warning_channel, String.join(", ", codes.values().stream().distinct().sorted().toList())));
        return Channels.OTHER;
    }
}
