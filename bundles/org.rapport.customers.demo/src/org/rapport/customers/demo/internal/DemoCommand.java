package org.rapport.customers.demo.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;

/**
 * {@code rapport-ctl demo generate [--customers N] [--purchases M] [--seed S]}: demo data for an
 * empty database, as the system (no sign-in: there are no users yet on a fresh demo database).
 */
@Component(service = CliCommand.class)
public class DemoCommand implements CliCommand {

    static final int DEFAULT_CUSTOMERS = 2_000;
    static final int DEFAULT_PURCHASES = 10_000;

    @Reference
    private Store store;
    @Reference
    private ClockService clock;

    /** For DS. */
    public DemoCommand() {
    }

    /** For tests. */
    public DemoCommand(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return Messages.demo_summary;
    }

    @Override
    public String usage() {
        return Messages.demo_usage;
    }

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        if (arguments.isEmpty() || !arguments.get(0).equals("generate") || arguments.size() % 2 == 0) {
            context.err().println(usage());
            return USAGE;
        }
        int customers = DEFAULT_CUSTOMERS;
        int purchases = DEFAULT_PURCHASES;
        long seed = 1;
        for (int i = 1; i < arguments.size(); i += 2) {
            String option = arguments.get(i);
            String value = arguments.get(i + 1);
            switch (option) {
            case "--customers" -> customers = (int) number(value, 1, option);
            case "--purchases" -> purchases = (int) number(value, 0, option);
            case "--seed" -> seed = number(value, Long.MIN_VALUE, option);
            default -> {
                context.err().println(usage());
                return USAGE;
            }
            }
        }
        try {
            long existing;
            try (UnitOfWork work = store.begin()) {
                List<Number> count = work.query("SELECT COUNT(c) FROM Customer c");
                existing = count.get(0).longValue();
            }
            if (existing > 0) {
                throw new CliException(NLS.bind(Messages.demo_not_empty, existing), FAILED);
            }
            int total = customers;
            long made = new DemoData(seed, clock.now()).generate(store, customers, purchases,
                    done -> context.err().println(NLS.bind(Messages.demo_progress, done, total)));
            context.out().println(NLS.bind(Messages.demo_done, new Object[] { customers, made, seed }));
            return OK;
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), FAILED, e);
        }
    }

    private static long number(String text, long least, String option) throws CliException {
        try {
            long value = Long.parseLong(text);
            if (value >= least && value <= Integer.MAX_VALUE || least == Long.MIN_VALUE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliException(NLS.bind(Messages.demo_bad_number, new Object[] { text, least, option }), USAGE);
    }
}
