package org.rapport.complaints.internal;

import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.UsageException;
import org.rapport.cli.api.Verb;
import org.rapport.complaints.api.CompensationCatalogue;
import org.rapport.complaints.api.CompensationCatalogue.OfferDraft;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.CompensationOffer;
import org.rapport.security.api.CommandLineSession;

/** {@code rapport-ctl complaints catalogue list | add | retire}: the compensation catalogue. */
final class CatalogueVerbs {

    private static final String ALL = "--all";
    private static final String NAME = "--name";
    private static final String KIND = "--kind";
    private static final String POINTS = "--points";
    private static final String AMOUNT = "--amount";

    private final CompensationCatalogue catalogue;

    CatalogueVerbs(CompensationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Verb verb(CommandLineSession session, String usage, UnaryOperator<Verb.Action> refusals) {
        return Verb.named("catalogue").usage(usage).parameter("list|add|retire").optionalParameter("CODE").flag(ALL).option(NAME).option(KIND)
                .option(POINTS).option(AMOUNT).records(Format.TABLE).action(session.signedIn(refusals.apply(this::run))).build();
    }

    private int run(CliContext context, Arguments arguments) throws CliException {
        switch (arguments.parameter(0)) {
            case "list" -> {
                try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "code", "name", "kind", "points", "amount", "active")) {
                    for (CompensationOffer offer : catalogue.offers(arguments.has(ALL))) {
                        records.print(offer.getCode(), offer.getName(), CliWords.lower(offer.getKind()), offer.getPoints(), offer.getAmount(), offer.isActive());
                    }
                }
            }
            case "add" -> {
                String code = CliWords.parameter(arguments, 1, "CODE");
                String kindWord = arguments.value(KIND).orElseThrow(() -> new UsageException(NLS.bind(Messages.cli_option_missing, KIND)));
                CompensationKind kind = CliWords.compensationKind(kindWord)
                        .orElseThrow(() -> new UsageException(NLS.bind(Messages.cli_bad_compensation, kindWord)));
                CompensationOffer offer = catalogue.add(new OfferDraft(code, arguments.value(NAME).orElse(null), kind,
                        CliWords.number(arguments, POINTS), CliWords.amount(arguments, AMOUNT)));
                context.out().println(NLS.bind(Messages.cli_catalogue_added, offer.getCode(), offer.getName()));
            }
            case "retire" -> {
                CompensationOffer offer = catalogue.retire(CliWords.parameter(arguments, 1, "CODE"));
                context.out().println(NLS.bind(Messages.cli_catalogue_retired, offer.getCode()));
            }
            default -> throw new UsageException(NLS.bind(Messages.cli_bad_word, arguments.parameter(0), "list, add, retire"));
        }
        return 0;
    }
}
