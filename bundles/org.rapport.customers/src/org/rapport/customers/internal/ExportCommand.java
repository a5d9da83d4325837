package org.rapport.customers.internal;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.customers.api.CustomerExport;
import org.rapport.persistence.api.StoreException;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CurrentUser;

/** {@code rapport-ctl export customers FILE}: prints {@code exported: N}; exit 0, 1 on failure or refusal, 2 for a wrong call. */
@Component(service = CliCommand.class)
public class ExportCommand implements CliCommand {

    @Reference
    private CustomerExport exporter;
    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;

    /** For DS. */
    public ExportCommand() {
    }

    /** For tests. */
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

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        if (arguments.size() != 2 || !arguments.get(0).equals("customers") || arguments.get(1).startsWith("-")) {
            context.err().println(usage());
            return USAGE;
        }
        Path file = Path.of(arguments.get(1));
        try {
            CliSupport.signIn(context, authenticator);
            long count = exporter.exportCustomers(file, CliSupport.progress(context, "customers"));
            context.out().println("exported: " + count);
            context.err().println(NLS.bind(Messages.export_done, count, file));
            return OK;
        } catch (AccessDeniedException | StoreException e) {
            throw new CliException(e.getMessage(), FAILED, e);
        } catch (UncheckedIOException e) {
            throw new CliException(NLS.bind(Messages.cli_io_error, e.getCause().getMessage()), FAILED, e);
        } finally {
            current.signOut();
        }
    }
}
