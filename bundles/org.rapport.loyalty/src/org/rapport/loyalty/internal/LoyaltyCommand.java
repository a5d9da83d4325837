package org.rapport.loyalty.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
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
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.loyalty.api.Loyalty.ExpiryRun;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.api.Loyalty.Posting;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSession;
import org.rapport.security.api.CurrentUser;

/**
 * The loyalty area: {@code rapport-ctl loyalty balance REF | adjust REF POINTS --reason TEXT |
 * expire --as-of DATE}. The balance prints one record per entry with the customer's balance, debt
 * and tier on every row, so a script reading any row has them; the consumed entries are
 * {@code id:points} pairs separated by {@code ;}, oldest first.
 */
@Component(service = CliCommand.class)
public class LoyaltyCommand extends AreaCommand {

    private static final String REASON = "--reason";
    private static final String AS_OF = "--as-of";

    @Reference
    private Loyalty loyalty;
    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;

    /** For DS. */
    public LoyaltyCommand() {
    }

    /** For tests. */
    public LoyaltyCommand(Loyalty loyalty, Authenticator authenticator, CurrentUser current) {
        this.loyalty = loyalty;
        this.authenticator = authenticator;
        this.current = current;
    }

    @Override
    public String name() {
        return "loyalty";
    }

    @Override
    public String summary() {
        return Messages.loyalty_summary;
    }

    @Override
    public String usage() {
        return Messages.loyalty_usage;
    }

    @Override
    public List<Verb> verbs() {
        CommandLineSession session = new CommandLineSession(authenticator, current);
        return List.of(
                Verb.named("balance").usage(Messages.loyalty_usage).parameter("REF").records(Format.TABLE).action(session.signedIn(this::balance)).build(),
                Verb.named("adjust").usage(Messages.loyalty_usage).parameter("REF").parameter("POINTS").option(REASON).action((context, arguments) -> {
                    // a wrong call is refused before signing in
                    long points = points(arguments.parameter(1));
                    String reason = arguments.value(REASON).orElseThrow(() -> new UsageException(Messages.reason_required));
                    return session.signedIn((c, a) -> adjust(c, a.parameter(0), points, reason)).run(context, arguments);
                }).build(),
                Verb.named("expire").usage(Messages.loyalty_usage).option(AS_OF).action((context, arguments) -> {
                    LocalDate asOf = date(arguments.value(AS_OF).orElseThrow(() -> new UsageException(NLS.bind(Messages.loyalty_bad_date, ""))));
                    return session.signedIn((c, a) -> expire(c, asOf)).run(context, arguments);
                }).build());
    }

    private int balance(CliContext context, Arguments arguments) {
        Account account = loyalty.account(arguments.parameter(0));
        String tier = account.tier().orElse(null);
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "reference", "balance", "debt", "tier", "entry", "at", "kind",
                "points", "open", "rule", "source", "related", "expires", "by", "reason", "consumed")) {
            if (account.lines().isEmpty()) {
                records.print(account.customerRef(), account.balance(), account.debt(), tier, null, null, null, null, null, null, null, null, null, null,
                        null, null);
            }
            for (Line line : account.lines()) {
                String consumed = line.consumed().stream().map(t -> t.earningId() + ":" + t.points()).collect(Collectors.joining(";"));
                records.print(account.customerRef(), account.balance(), account.debt(), tier, line.id(), line.at(), line.kind().getLiteral(), line.points(),
                        line.open(), line.rule(), line.sourceRef(), line.relatedRef(), line.expiresOn(), line.recordedBy(), line.reason(), consumed);
            }
        }
        return OK;
    }

    private int adjust(CliContext context, String reference, long points, String reason) {
        Posting posting = loyalty.adjust(reference, points, reason);
        context.out().println(NLS.bind(Messages.loyalty_adjusted, posting.points(), loyalty.account(reference).balance()));
        return OK;
    }

    private int expire(CliContext context, LocalDate asOf) {
        ExpiryRun run = loyalty.expire(asOf);
        context.out().println(NLS.bind(Messages.loyalty_expired, new Object[] { run.asOf(), run.customers(), run.points() }));
        return OK;
    }

    private static long points(String text) throws UsageException {
        try {
            long points = Long.parseLong(text.strip());
            if (points != 0) {
                return points;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value
        }
        throw new UsageException(NLS.bind(Messages.loyalty_bad_points, text));
    }

    private static LocalDate date(String text) throws UsageException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(NLS.bind(Messages.loyalty_bad_date, text));
        }
    }
}
