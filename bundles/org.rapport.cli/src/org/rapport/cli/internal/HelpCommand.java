package org.rapport.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.Verb;

/** {@code rapport-ctl help [AREA [VERB]]}. */
@Component(service = CliCommand.class)
public class HelpCommand implements CliCommand {

    @Reference
    private CommandRegistry registry;

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return Messages.help_summary;
    }

    @Override
    public String usage() {
        return Messages.help_usage;
    }

    @Override
    public int run(CliContext context, List<String> arguments) {
        if (arguments.isEmpty()) {
            printCommandList(context.out(), registry.all());
            return OK;
        }
        if (arguments.size() > 2) {
            context.err().println(NLS.bind(Messages.too_many_arguments, new Object[] { name(), arguments.get(2), usage() }));
            return USAGE;
        }
        if (arguments.size() == 2) {
            return verbHelp(context, arguments.get(0), arguments.get(1));
        }
        return registry.find(arguments.get(0)).map(command -> {
            context.out().println(command.usage());
            context.out().println();
            context.out().println(command.summary());
            return OK;
        }).orElseGet(() -> {
            context.err().println(NLS.bind(Messages.unknown_command, arguments.get(0)));
            return USAGE;
        });
    }

    /** {@code help AREA VERB}: the verb's usage, the same as {@code AREA VERB --help}. */
    private int verbHelp(CliContext context, String area, String verb) {
        Optional<CliCommand> command = registry.find(area);
        if (command.isEmpty()) {
            context.err().println(NLS.bind(Messages.unknown_command, area));
            return USAGE;
        }
        if (!(command.get() instanceof AreaCommand areaCommand)) {
            context.err().println(NLS.bind(Messages.too_many_arguments, new Object[] { name(), verb, usage() }));
            return USAGE;
        }
        Optional<Verb> found = areaCommand.verb(verb);
        if (found.isEmpty()) {
            String verbs = String.join(", ", areaCommand.verbs().stream().map(Verb::name).toList());
            context.err().println(NLS.bind(Messages.unknown_verb, new Object[] { area, verb, verbs }));
            return USAGE;
        }
        context.out().println(found.get().usage());
        return OK;
    }

    static void printCommandList(PrintStream out, List<CliCommand> commands) {
        out.println(Messages.usage);
        out.println();
        out.println(Messages.commands);
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (CliCommand command : commands) {
            out.println("  " + pad(command.name(), width) + "  " + command.summary());
        }
        out.println();
        out.println(Messages.usage_more);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
