package org.rapport.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;

/** {@code rapport-ctl help [COMMAND]}. */
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
        if (arguments.size() > 1) {
            context.err().println(NLS.bind(Messages.too_many_arguments, new Object[] { name(), arguments.get(1), usage() }));
            return USAGE;
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
