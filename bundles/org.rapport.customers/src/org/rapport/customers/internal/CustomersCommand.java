package org.rapport.customers.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.UsageException;
import org.rapport.cli.api.Verb;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.Channels.ChannelInfo;
import org.rapport.customers.api.CustomerExport;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.CustomerSearch;
import org.rapport.customers.api.CustomerSearch.Hit;
import org.rapport.customers.api.CustomerSearch.Stats;
import org.rapport.customers.model.ImportKind;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSession;
import org.rapport.security.api.CurrentUser;

/**
 * The customers area: {@code rapport-ctl customers import FILE | import-purchases FILE | export FILE
 * | stats | search TEXT [--limit N] | channels | add-channel CODE LABEL [--alias SPELLING]...}. The stats print one {@code label: value} line each with
 * stable English labels (see the admin guide); a search prints one tab-separated line per
 * customer: reference, name, e-mail, phone, region. Both take {@code --format table|csv|json}.
 */
@Component(service = CliCommand.class)
public class CustomersCommand extends AreaCommand {

    private static final String LIMIT = "--limit";
    private static final String ALIAS = "--alias";

    @Reference
    private CustomerSearch search;
    @Reference
    private CustomerImport importer;
    @Reference
    private CustomerExport exporter;
    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;
    @Reference
    private Channels channels;

    /** For DS. */
    public CustomersCommand() {
    }

    /** For tests of stats and search only. */
    public CustomersCommand(CustomerSearch search, Authenticator authenticator, CurrentUser current) {
        this(search, null, null, authenticator, current);
    }

    /** For tests of every verb but the channels'. */
    public CustomersCommand(CustomerSearch search, CustomerImport importer, CustomerExport exporter, Authenticator authenticator, CurrentUser current) {
        this(search, importer, exporter, null, authenticator, current);
    }

    /** For tests of every verb. */
    public CustomersCommand(CustomerSearch search, CustomerImport importer, CustomerExport exporter, Channels channels, Authenticator authenticator,
            CurrentUser current) {
        this.channels = channels;
        this.search = search;
        this.importer = importer;
        this.exporter = exporter;
        this.authenticator = authenticator;
        this.current = current;
    }

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public String summary() {
        return Messages.customers_summary;
    }

    @Override
    public String usage() {
        return Messages.customers_area_usage + System.lineSeparator() + Messages.customers_usage;
    }

    @Override
    public List<Verb> verbs() {
        CommandLineSession session = new CommandLineSession(authenticator, current);
        List<Verb> verbs = new ArrayList<>();
        if (importer != null) {
            // the same verbs as the published 'import customers|purchases', under the area's grammar
            ImportCommand imports = new ImportCommand(importer, authenticator, current);
            String help = Messages.customers_import_usage + System.lineSeparator() + Messages.import_usage;
            verbs.add(imports.verb(ImportKind.CUSTOMERS, "import").as("import", help));
            verbs.add(imports.verb(ImportKind.PURCHASES, "import-purchases").as("import-purchases", help));
        }
        if (exporter != null) {
            verbs.add(new ExportCommand(exporter, authenticator, current).verb("export",
                    Messages.customers_export_usage + System.lineSeparator() + Messages.export_usage));
        }
        verbs.add(Verb.named("stats").usage(Messages.customers_usage).records(Format.TSV).action(session.signedIn(this::stats)).build());
        verbs.add(Verb.named("search").usage(Messages.customers_usage).parameter("TEXT").option(LIMIT).records(Format.TSV)
                .action((context, arguments) -> {
                    // a wrong call is refused before signing in
                    int limit = arguments.number(LIMIT, 1, CustomerSearch.DEFAULT_LIMIT);
                    if (arguments.parameter(0).isBlank()) {
                        throw new UsageException(Messages.customers_blank_search);
                    }
                    return session.signedIn((c, a) -> search(c, a, limit)).run(context, arguments);
                }).build());
        if (channels != null) {
            verbs.add(Verb.named("channels").usage(Messages.customers_channels_usage).records(Format.TSV).action(session.signedIn(this::channels)).build());
            verbs.add(Verb.named("add-channel").usage(Messages.customers_add_channel_usage).parameter("CODE").parameter("LABEL").repeatable(ALIAS)
                    .action(session.signedIn(this::addChannel)).build());
        }
        return verbs;
    }

    private int channels(CliContext context, Arguments arguments) {
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "code", "label", "built_in", "aliases")) {
            for (ChannelInfo channel : channels.channels()) {
                records.print(channel.code(), channel.label(), channel.builtIn(), String.join(";", channel.aliases()));
            }
        }
        return OK;
    }

    /** Refusals (not an administrator, a code or spelling taken) end the command as failed, with their message. */
    private int addChannel(CliContext context, Arguments arguments) {
        ChannelInfo added = channels.add(arguments.parameter(0), arguments.parameter(1), arguments.values(ALIAS));
        context.out().println("added: " + added.code());
        return OK;
    }

    private int stats(CliContext context, Arguments arguments) {
        Stats s = search.stats();
        String first = s.firstPurchase() == null ? "-" : s.firstPurchase().toString();
        String last = s.lastPurchase() == null ? "-" : s.lastPurchase().toString();
        if (arguments.format() == Format.TSV) {
            // the published 'label: value' lines
            context.out().println("customers: " + s.customers());
            context.out().println("purchases: " + s.purchases());
            context.out().println("revenue: " + s.revenue().toPlainString());
            context.out().println("customers with 2+ purchases: " + s.repeatCustomers());
            context.out().println("first purchase: " + first);
            context.out().println("last purchase: " + last);
            return OK;
        }
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "customers", "purchases", "revenue", "repeat_customers",
                "first_purchase", "last_purchase")) {
            records.print(s.customers(), s.purchases(), s.revenue(), s.repeatCustomers(), s.firstPurchase(), s.lastPurchase());
        }
        return OK;
    }

    private int search(CliContext context, Arguments arguments, int limit) {
        String text = arguments.parameter(0);
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "reference", "name", "email", "phone", "region")) {
            for (Hit hit : search.search(text, limit)) {
                records.print(hit.reference(), hit.name(), hit.email(), hit.phone(), hit.region());
            }
        }
        return OK;
    }
}
