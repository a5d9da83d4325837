package org.rapport.cli.api;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.internal.Messages;

/**
 * One parsed call of a {@link Verb}: its parameters (the words that are no options, in order)
 * and its options. Only what the verb declared can be here; the parser has refused the rest.
 */
public final class Arguments {

    private final List<String> parameters;
    private final Map<String, List<String>> options;
    private final Format format;
    private final String document;
    private final boolean help;

    Arguments(List<String> parameters, Map<String, List<String>> options, Format format, String document, boolean help) {
        this.parameters = List.copyOf(parameters);
        this.options = Map.copyOf(options);
        this.format = format;
        this.document = document;
        this.help = help;
    }

    /** The parameters, in the order given. */
    public List<String> parameters() {
        return parameters;
    }

    /** Parameter {@code index}, or null when fewer were given (only for optional parameters). */
    public String parameter(int index) {
        return index < parameters.size() ? parameters.get(index) : null;
    }

    /** Whether the option (a flag, or an option with a value) was given. */
    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** The value of a single-valued option. */
    public Optional<String> value(String option) {
        List<String> values = options.get(option);
        return values == null ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a repeatable option, in the order given; empty when absent. */
    public List<String> values(String option) {
        return options.getOrDefault(option, List.of());
    }

    /** A whole number of at least {@code least}; {@code otherwise} when the option is absent. */
    public int number(String option, int least, int otherwise) throws UsageException {
        Optional<String> text = value(option);
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, naming the option
        }
        throw new UsageException(NLS.bind(Messages.bad_number, new Object[] { option, text.get(), least }));
    }

    /** The text encoding an option names (such as {@code GB18030}); {@code otherwise} when the option is absent. */
    public Charset encoding(String option, Charset otherwise) throws UsageException {
        Optional<String> name = value(option);
        if (name.isEmpty()) {
            return otherwise;
        }
        try {
            return Charset.forName(name.get().strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UsageException(NLS.bind(Messages.bad_encoding, option, name.get()));
        }
    }

    /**
     * The separator between a CSV file's fields that an option names: {@code ,}, {@code ;} or
     * {@code tab} (a tab character too); null when the option is absent.
     */
    public Character separator(String option) throws UsageException {
        Optional<String> word = value(option);
        if (word.isEmpty()) {
            return null;
        }
        String given = word.get().equals("\t") ? "tab" : word.get().strip().toLowerCase(Locale.ROOT);
        return switch (given) {
        case "," -> ',';
        case ";" -> ';';
        case "tab" -> '\t';
        default -> throw new UsageException(NLS.bind(Messages.bad_separator, option, word.get()));
        };
    }

    /** The format asked for with {@code --format}, or the verb's default. */
    public Format format() {
        return format;
    }

    /**
     * The document format asked for with {@code --format} (such as {@code pdf}), one the verb
     * declared with {@link Verb.Builder#documents}; empty when records were asked for, in
     * {@link #format()}.
     */
    public Optional<String> document() {
        return Optional.ofNullable(document);
    }

    /** Whether {@code --help} was given: the verb prints its usage instead of running. */
    public boolean helpRequested() {
        return help;
    }
}
