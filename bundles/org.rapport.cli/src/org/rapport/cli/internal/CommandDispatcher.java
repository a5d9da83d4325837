package org.rapport.cli.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;

/**
 * Turns one command line into one command run and an exit code. Everything a person reads goes
 * to the context's error stream; only a command's results go to its output stream.
 */
@Component(service = CommandDispatcher.class)
public class CommandDispatcher {

    @Reference
    private CommandRegistry registry;

    public CommandDispatcher() {
    }

    CommandDispatcher(CommandRegistry registry) {
        this.registry = registry;
    }

    public int dispatch(CliContext context, List<String> commandLine) {
        if (commandLine.isEmpty()) {
            context.err().println(Messages.no_command);
            HelpCommand.printCommandList(context.err(), registry.all());
            return CliCommand.USAGE;
        }
        String name = commandLine.get(0);
        if (name.equals("--help") || name.equals("-h")) {
            // rapport-ctl --help is rapport-ctl help
            name = "help";
            commandLine = List.of(name);
        }
        Optional<CliCommand> command = registry.find(name);
        if (command.isEmpty()) {
            context.err().println(NLS.bind(Messages.unknown_command, name));
            return CliCommand.USAGE;
        }
        try {
            return command.get().run(context, commandLine.subList(1, commandLine.size()));
        } catch (CliException e) {
            context.err().println(NLS.bind(Messages.command_failed, name, e.getMessage()));
            return e.exitCode();
        } catch (RuntimeException e) {
            // an unexpected failure still gets one readable line; the stack trace is for the log
            context.err().println(NLS.bind(Messages.command_failed, name, String.valueOf(e)));
            e.printStackTrace(context.err());
            return CliCommand.FAILED;
        }
    }
}
