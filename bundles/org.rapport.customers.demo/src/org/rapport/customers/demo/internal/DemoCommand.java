package org.rapport.customers.demo.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.UsageException;
import org.rapport.cli.api.Verb;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.StoreException;
import org.rapport.persistence.api.UnitOfWork;

/**
 * {@code rapport-ctl demo generate [--customers N] [--purchases M] [--seed S]}: demo data for an
 * empty database, as the system (no sign-in: there are no users yet on a fresh demo database).
 */
@Component(service = CliCommand.class)
public class DemoCommand extends AreaCommand {

    static final int DEFAULT_CUSTOMERS = 2_000;
    static final int DEFAULT_PURCHASES = 10_000;

    @Reference
    private Store store;
    @Reference
    private ClockService clock;
    /** With the complaints area installed, the demo has a few complaints too. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.rapport.complaints.api.Complaints complaints;
    /** With the complaints area installed, a knowledge base and a quality review too. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.rapport.complaints.api.KnowledgeBase knowledge;
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.rapport.complaints.api.QualityReviews reviews;
    /** The category tree the demo complaints are filed under. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.rapport.complaints.api.Categories categories;
    /** With the loyalty area installed, the demo has promotions and referrals too (the purchases' points come from its commit reaction). */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.rapport.loyalty.api.Loyalty loyalty;
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.rapport.loyalty.api.Promotions promotions;

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
    public List<Verb> verbs() {
        return List.of(Verb.named("generate").usage(Messages.demo_usage).option("--customers").option("--purchases").option("--seed").action(this::generate)
                .build());
    }

    private int generate(CliContext context, Arguments arguments) throws CliException {
        int customers = (int) number(arguments, "--customers", 1, DEFAULT_CUSTOMERS);
        int purchases = (int) number(arguments, "--purchases", 0, DEFAULT_PURCHASES);
        long seed = number(arguments, "--seed", Long.MIN_VALUE, 1);
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
            org.rapport.loyalty.api.Loyalty ledger = loyalty;
            org.rapport.loyalty.api.Promotions offers = promotions;
            int promoted = ledger != null && offers != null ? DemoLoyalty.promotions(offers, clock.today()) : 0;
            DemoData data = new DemoData(seed, clock.now());
            long made = data.generate(store, customers, purchases, done -> context.err().println(NLS.bind(Messages.demo_progress, done, total)));
            context.out().println(NLS.bind(Messages.demo_done, new Object[] { customers, made, seed }));
            if (promoted > 0) {
                int referred = DemoLoyalty.referrals(ledger, store, data, customers, clock.now(), clock.zone());
                context.out().println(NLS.bind(Messages.demo_loyalty, promoted, referred));
            }
            org.rapport.complaints.api.Complaints desk = complaints;
            if (desk != null) {
                context.out().println(NLS.bind(Messages.demo_complaints, DemoComplaints.open(desk, categories, store, clock.now())));
                org.rapport.complaints.api.KnowledgeBase articles = knowledge;
                org.rapport.complaints.api.QualityReviews quality = reviews;
                if (articles != null && quality != null) {
                    context.out().println(NLS.bind(Messages.demo_knowledge, DemoKnowledge.write(articles), DemoKnowledge.review(quality, clock.today())));
                }
            }
            return OK;
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), FAILED, e);
        }
    }

    private static long number(Arguments arguments, String option, long least, long otherwise) throws CliException {
        return arguments.value(option).isEmpty() ? otherwise : number(arguments.value(option).get(), least, option);
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
        throw new UsageException(NLS.bind(Messages.demo_bad_number, new Object[] { text, least, option }));
    }
}
