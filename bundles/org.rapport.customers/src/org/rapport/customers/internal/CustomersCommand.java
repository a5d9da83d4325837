package org.rapport.customers.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.customers.api.CustomerSearch;
import org.rapport.customers.api.CustomerSearch.Hit;
import org.rapport.customers.api.CustomerSearch.Stats;
import org.rapport.persistence.api.StoreException;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CurrentUser;

/**
 * {@code rapport-ctl customers stats | search TEXT [--limit N]}. The stats print one
 * {@code label: value} line each with stable English labels (see the admin guide); a search prints
 * one tab-separated line per customer: reference, name, e-mail, phone, region.
 */
@Component(service = CliCommand.class)
public class CustomersCommand implements CliCommand {

    @Reference
    private CustomerSearch search;
    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;

    /** For DS. */
    public CustomersCommand() {
    }

    /** For tests. */
    public CustomersCommand(CustomerSearch search, Authenticator authenticator, CurrentUser current) {
        this.search = search;
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
        return Messages.customers_usage;
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        boolean stats = arguments.equals(List.of("stats"));
        String text = null;
        int limit = CustomerSearch.DEFAULT_LIMIT;
        if (!stats && arguments.size() >= 2 && arguments.get(0).equals("search")) {
            for (int i = 1; i < arguments.size() && limit > 0; i++) {
                String word = arguments.get(i);
                if (word.equals("--limit") && i + 1 < arguments.size()) {
                    Integer n = CliSupport.positive(arguments.get(++i));
                    limit = n == null ? -1 : n;
                } else if (text == null && !word.startsWith("--")) {
                    text = word;
                } else {
                    limit = -1;
                }
            }
        }
        if (!stats && (text == null || text.isBlank() || limit < 1)) {
            context.err().println(usage());
            return USAGE;
        }
        try {
            CliSupport.signIn(context, authenticator);
            if (stats) {
                Stats s = search.stats();
                context.out().println("customers: " + s.customers());
                context.out().println("purchases: " + s.purchases());
                context.out().println("revenue: " + s.revenue().toPlainString());
                context.out().println("customers with 2+ purchases: " + s.repeatCustomers());
                context.out().println("first purchase: " + (s.firstPurchase() == null ? "-" : s.firstPurchase()));
                context.out().println("last purchase: " + (s.lastPurchase() == null ? "-" : s.lastPurchase()));
            } else {
                for (Hit hit : search.search(text, limit)) {
                    context.out().println(String.join("\t", cell(hit.reference()), cell(hit.name()), cell(hit.email()), cell(hit.phone()),
                            cell(hit.region())));
                }
            }
            return OK;
        } catch (AccessDeniedException | StoreException e) {
            throw new CliException(e.getMessage(), FAILED, e);
        } finally {
            current.signOut();
        }
    }

    /** A value for a tab-separated line: empty for none, tabs and line breaks as spaces. */
    private static String cell(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
