package org.rapport.cli.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.internal.Messages;

/**
 * One verb of an area, {@code rapport-ctl AREA VERB [PARAMETERS] [OPTIONS]}: which parameters
 * and options it takes, its help, and what it does. The parser is the same for every command,
 * so every command reads options alike ({@code --name VALUE}, {@code --name=VALUE}, {@code --}
 * ends the options), answers {@code --help}, and refuses a wrong call with exit code 2 and a
 * message that names the bad argument. Built with {@link #named(String)}.
 */
public final class Verb {

    /** What the verb does with a parsed call; returns the exit code. */
    @FunctionalInterface
    public interface Action {
        int run(CliContext context, Arguments arguments) throws CliException;
    }

    /** The option that selects the output format of a verb that prints records. */
    public static final String FORMAT = "--format";
    private static final String HELP = "--help";
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-[0-9]+([.,][0-9]+)?");

    private record Option(String name, boolean takesValue, boolean repeatable) {
    }

    private final String name;
    private final String usage;
    private final List<String> required;
    private final List<String> optional;
    private final Map<String, Option> options;
    private final Format defaultFormat;
    private final List<String> documents;
    private final Action action;

    private Verb(Builder builder) {
        this.name = builder.name;
        this.usage = builder.usage;
        this.required = List.copyOf(builder.required);
        this.optional = List.copyOf(builder.optional);
        this.options = Map.copyOf(builder.options);
        this.defaultFormat = builder.defaultFormat;
        this.documents = List.copyOf(builder.documents);
        this.action = builder.action;
    }

    /** Starts a verb of this name (lower case, such as {@code import} or {@code stats}). */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** The help of {@code --help} and {@code rapport-ctl help AREA VERB}, in the user's language. */
    public String usage() {
        return defaultFormat == null ? usage : usage + System.lineSeparator() + Messages.format_option;
    }

    /** Whether the verb prints records and so takes {@code --format}. */
    public boolean printsRecords() {
        return defaultFormat != null;
    }

    /** The same verb under another name, as the documented aliases of the older grammar use it. */
    public Verb as(String alias, String aliasUsage) {
        Builder copy = new Builder(alias).usage(aliasUsage).action(action);
        copy.required.addAll(required);
        copy.optional.addAll(optional);
        copy.options.putAll(options);
        copy.defaultFormat = defaultFormat;
        copy.documents.addAll(documents);
        return copy.build();
    }

    /**
     * Runs the verb: parses the words after its name, prints its help for {@code --help}, else
     * runs its action. A wrong call is reported here, on standard error, with the usage.
     *
     * @param path how the user called it, such as {@code rapport-ctl customers search}, for messages
     */
    public int run(CliContext context, String path, List<String> words) throws CliException {
        Arguments arguments;
        try {
            arguments = parse(words);
        } catch (UsageException e) {
            context.err().println(NLS.bind(Messages.usage_error, path, e.getMessage()));
            context.err().println(usage());
            return CliCommand.USAGE;
        }
        if (arguments.helpRequested()) {
            context.out().println(usage());
            return CliCommand.OK;
        }
        return action.run(context, arguments);
    }

    /** The words after the verb's name as this verb's arguments; refuses anything it does not declare. */
    public Arguments parse(List<String> words) throws UsageException {
        List<String> parameters = new ArrayList<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        boolean help = false;
        boolean optionsEnded = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // a negative number is a value (adjust C-1 -50), never an option: no option name starts with a digit
            if (optionsEnded || !word.startsWith("-") || word.equals("-") || NEGATIVE_NUMBER.matcher(word).matches()) {
                parameters.add(word);
                continue;
            }
            if (word.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (word.equals(HELP) || word.equals("-h")) {
                help = true;
                continue;
            }
            int equals = word.indexOf('=');
            String optionName = equals > 0 ? word.substring(0, equals) : word;
            Option option = options.get(optionName);
            if (option == null || !option.takesValue() && equals > 0) {
                throw new UsageException(NLS.bind(Messages.unknown_option, optionName));
            }
            String value = null;
            if (option.takesValue()) {
                if (equals > 0) {
                    value = word.substring(equals + 1);
                } else if (i + 1 < words.size()) {
                    value = words.get(++i);
                } else {
                    throw new UsageException(NLS.bind(Messages.missing_value, optionName));
                }
            }
            List<String> given = values.computeIfAbsent(optionName, n -> new ArrayList<>());
            if (!given.isEmpty() && !option.repeatable()) {
                throw new UsageException(NLS.bind(Messages.repeated_option, optionName));
            }
            given.add(value);
        }
        if (help) {
            return new Arguments(parameters, Map.of(), defaultFormat, null, true);
        }
        if (parameters.size() > required.size() + optional.size()) {
            throw new UsageException(NLS.bind(Messages.unexpected_argument, parameters.get(required.size() + optional.size())));
        }
        if (parameters.size() < required.size()) {
            throw new UsageException(NLS.bind(Messages.missing_parameter, required.get(parameters.size())));
        }
        List<String> formatGiven = values.remove(FORMAT);
        String document = formatGiven == null ? null : documents.stream().filter(d -> d.equals(formatGiven.get(0).toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        return new Arguments(parameters, values, document == null ? format(formatGiven) : defaultFormat, document, false);
    }

    private Format format(List<String> given) throws UsageException {
        if (given == null) {
            return defaultFormat;
        }
        String word = given.get(0);
        return Arrays.stream(Format.values()).filter(f -> f.word().equals(word.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new UsageException(NLS.bind(Messages.bad_format, word)));
    }

    /** Declares a verb's parameters and options; every method returns the builder. */
    public static final class Builder {
        private final String name;
        private String usage = "";
        private final List<String> required = new ArrayList<>();
        private final List<String> optional = new ArrayList<>();
        private final Map<String, Option> options = new LinkedHashMap<>();
        private Format defaultFormat;
        private final List<String> documents = new ArrayList<>();
        private Action action;

        private Builder(String name) {
            this.name = name;
        }

        /** The help text, in the user's language; by convention its first line is the synopsis. */
        public Builder usage(String text) {
            this.usage = text;
            return this;
        }

        /** A parameter that must be given, named as in the usage (FILE, TEXT). */
        public Builder parameter(String parameterName) {
            required.add(parameterName);
            return this;
        }

        /** A parameter that may be left out; optional parameters follow the required ones. */
        public Builder optionalParameter(String parameterName) {
            optional.add(parameterName);
            return this;
        }

        /** An option without a value, such as {@code --yes}. */
        public Builder flag(String option) {
            options.put(option, new Option(option, false, false));
            return this;
        }

        /** An option with one value, such as {@code --limit N}, given at most once. */
        public Builder option(String option) {
            options.put(option, new Option(option, true, false));
            return this;
        }

        /** An option with a value that may be given several times, such as {@code --role ROLE}. */
        public Builder repeatable(String option) {
            options.put(option, new Option(option, true, true));
            return this;
        }

        /** The verb prints records: it takes {@code --format table|csv|json} (and {@code tsv}), with this default. */
        public Builder records(Format byDefault) {
            options.put(FORMAT, new Option(FORMAT, true, false));
            this.defaultFormat = byDefault;
            return this;
        }

        /**
         * The verb also writes documents in these formats, which {@code --format} accepts beside
         * the record formats ({@code rapport-ctl report NAME --format pdf}); the verb's action
         * finds the one asked for in {@link Arguments#document()}. Needs {@link #records(Format)}.
         */
        public Builder documents(String... words) {
            documents.addAll(List.of(words));
            return this;
        }

        public Builder action(Action verbAction) {
            this.action = verbAction;
            return this;
        }

        public Verb build() {
            if (action == null) {
                throw new IllegalStateException("verb " + name + " has no action");
            }
            return new Verb(this);
        }
    }
}
