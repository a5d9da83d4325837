package org.rapport.cli.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.cli.api.CliCommand;

/** Every {@link CliCommand} service in the framework, by name; the first of a name wins. */
@Component(service = CommandRegistry.class)
public class CommandRegistry {

    private static final Logger LOG = Logger.getLogger(CommandRegistry.class.getName());

    private final ConcurrentSkipListMap<String, CliCommand> commands = new ConcurrentSkipListMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(CliCommand command) {
        CliCommand previous = commands.putIfAbsent(command.name(), command);
        if (previous != null && previous != command) {
            LOG.warning(() -> "rapport-ctl: command '" + command.name() + "' of " + command.getClass().getName()
                    + " ignored; the name is taken by " + previous.getClass().getName());
        }
    }

    void removeCommand(CliCommand command) {
        commands.remove(command.name(), command);
    }

    public Optional<CliCommand> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** All commands, sorted by name. */
    public List<CliCommand> all() {
        return List.copyOf(commands.values());
    }
}
