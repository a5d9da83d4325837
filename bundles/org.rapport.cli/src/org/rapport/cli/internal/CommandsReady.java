package org.rapport.cli.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.rapport.cli.api.CliCommand;

/**
 * Declarative Services registers components asynchronously: when the command line starts, a
 * command whose dependencies are still being activated is not yet in the registry. This waits,
 * briefly, until every enabled component that provides a {@link CliCommand} is satisfied, so
 * "unknown command" never means "not started yet".
 */
final class CommandsReady {

    private static final String COMMAND = CliCommand.class.getName();

    private CommandsReady() {
    }

    /** Returns the commands still waiting for their dependencies when the time ran out (empty: all ready). */
    static List<String> await(ServiceComponentRuntime scr, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> pending = pending(scr);
            if (pending.isEmpty() || System.nanoTime() > deadline) {
                return pending;
            }
            Thread.sleep(10);
        }
    }

    private static List<String> pending(ServiceComponentRuntime scr) {
        return scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.serviceInterfaces != null && Arrays.asList(d.serviceInterfaces).contains(COMMAND))
                .filter(scr::isComponentEnabled)
                .filter(d -> scr.getComponentConfigurationDTOs(d).stream().noneMatch(CommandsReady::registered))
                .map(d -> d.name).toList();
    }

    private static boolean registered(ComponentConfigurationDTO configuration) {
        return configuration.state == ComponentConfigurationDTO.SATISFIED || configuration.state == ComponentConfigurationDTO.ACTIVE;
    }
}
