package org.rapport.customers.internal;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Verb;
import org.rapport.customers.api.CustomerExport;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSession;
import org.rapport.security.api.CurrentUser;

/**
 * The export of the customers area, {@code rapport-ctl customers export FILE}, and as this
 * command its published alias {@code rapport-ctl export customers FILE}: prints
 * {@code exported: N}; exit 0, 1 on failure or refusal, 2 for a wrong call.
 */
@Component(service = CliCommand.class)
public class ExportCommand extends AreaCommand {

    @Reference
    private CustomerExport exporter;
    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;

    /** For DS. */
    public ExportCommand() {
    }

    /** For tests, and for the customers area, which offers the same verb. */
    public ExportCommand(CustomerExport exporter, Authenticator authenticator, CurrentUser current) {
        this.exporter = exporter;
        this.authenticator = authenticator;
        this.current = current;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return Messages.export_summary;
    }

    @Override
    public String usage() {
        return Messages.export_usage;
    }

    /** The published alias grammar: {@code export customers FILE}. */
    @Override
    public List<Verb> verbs() {
        return List.of(verb("customers", Messages.export_usage));
    }

    /** The export as a verb of this name; {@code customers export} and {@code export customers} are the same verb. */
    Verb verb(String verbName, String help) {
        return Verb.named(verbName).usage(help).parameter("FILE").action(new CommandLineSession(authenticator, current).signedIn((context, arguments) -> {
            Path file = Path.of(arguments.parameter(0));
            try {
                long count = exporter.exportCustomers(file, CliSupport.progress(context, "customers"));
                context.out().println("exported: " + count);
                context.err().println(NLS.bind(Messages.export_done, count, file));
                return OK;
            } catch (UncheckedIOException e) {
                throw new CliException(NLS.bind(Messages.cli_io_error, e.getCause().getMessage()), FAILED, e);
            }
        })).build();
    }
}
