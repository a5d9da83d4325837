package org.rapport.cli.api;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.internal.Messages;

/**
 * The commands of one area, {@code rapport-ctl AREA VERB ...}: the base of every command of
 * Rapport's own areas, and the one an extension's area should use. {@link #name()} is the
 * area; {@link #verbs()} are what it can do. The word after the area selects the verb;
 * {@code rapport-ctl AREA --help} and {@code rapport-ctl help AREA} print the area's usage,
 * {@code rapport-ctl AREA VERB --help} and {@code rapport-ctl help AREA VERB} the verb's.
 * <p>
 * Register a subclass as a DS component providing {@link CliCommand}; build the verbs in
 * {@link #verbs()} from the component's references, which DS has set by then.
 */
public abstract class AreaCommand implements CliCommand {

    /** The verbs of this area, in the order {@code help} lists them. */
    public abstract List<Verb> verbs();

    /**
     * The verb run when the word after the area is an option, for an area whose published
     * grammar had no verb ({@code audit --since ...} is {@code audit list --since ...}). None by default.
     */
    protected Optional<String> defaultVerb() {
        return Optional.empty();
    }

    /** The verb of this name, if the area has one. */
    public Optional<Verb> verb(String verbName) {
        return verbs().stream().filter(v -> v.name().equals(verbName)).findFirst();
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        String first = arguments.isEmpty() ? null : arguments.get(0);
        if ("--help".equals(first) || "-h".equals(first)) {
            context.out().println(usage());
            return OK;
        }
        Optional<Verb> verb;
        List<String> rest;
        if (first != null && first.startsWith("-") && defaultVerb().isPresent()) {
            verb = verb(defaultVerb().get());
            rest = arguments;
        } else {
            verb = first == null ? Optional.empty() : verb(first);
            rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
        }
        if (verb.isEmpty()) {
            context.err().println(first == null ? NLS.bind(Messages.no_verb, name(), verbNames())
                    : NLS.bind(Messages.unknown_verb, new Object[] { name(), first, verbNames() }));
            context.err().println(usage());
            return USAGE;
        }
        return verb.get().run(context, "rapport-ctl " + name() + " " + verb.get().name(), rest);
    }

    private String verbNames() {
        return String.join(", ", verbs().stream().map(Verb::name).toList());
    }
}
