package org.rapport.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.core.api.ProductInfo;

/** {@code rapport-ctl version}: prints "Rapport 0.1.0.qualifier" and nothing else. */
@Component(service = CliCommand.class)
public class VersionCommand implements CliCommand {

    @Reference
    private ProductInfo product;

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return Messages.version_summary;
    }

    @Override
    public String usage() {
        return Messages.version_usage;
    }

    @Override
    public int run(CliContext context, List<String> arguments) {
        if (!arguments.isEmpty()) {
            context.err().println(NLS.bind(Messages.too_many_arguments, new Object[] { name(), arguments.get(0), usage() }));
            return USAGE;
        }
        context.out().println(product.nameAndVersion());
        return OK;
    }
}
