package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.UsageException;
import org.rapport.cli.api.Verb;
import org.rapport.core.api.ClockService;
import org.rapport.loyalty.api.LedgerTexts;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.LoyaltyException;
import org.rapport.loyalty.api.Loyalty.Account;
import org.rapport.loyalty.api.Loyalty.ExpiryRun;
import org.rapport.loyalty.api.Loyalty.Line;
import org.rapport.loyalty.api.Loyalty.Posting;
import org.rapport.loyalty.api.MemberTiers;
import org.rapport.loyalty.api.MemberTiers.Reevaluation;
import org.rapport.loyalty.api.MemberTiers.Tier;
import org.rapport.loyalty.api.LoyaltyProgramme;
import org.rapport.loyalty.api.LoyaltyReports;
import org.rapport.loyalty.api.Promotions;
import org.rapport.loyalty.api.LoyaltyReports.Reminder;
import org.rapport.loyalty.api.LoyaltyReports.Stats;
import org.rapport.loyalty.api.Rewards;
import org.rapport.loyalty.api.Rewards.Redeemed;
import org.rapport.loyalty.api.Rewards.Item;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSession;
import org.rapport.security.api.CurrentUser;
import org.rapport.transfer.api.ImportException;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.ImportResult;
import org.rapport.transfer.api.Progress;
import org.rapport.transfer.api.TransferImport;

/**
 * The loyalty area: {@code rapport-ctl loyalty balance REF | adjust REF POINTS --reason TEXT |
 * expire --as-of DATE | tiers [list | set NAME [--min-spend AMOUNT | --min-points N] [--benefit TEXT ... | --no-benefits] | reevaluate
 * --as-of DATE] | redeem REF REWARD | rewards [list | set REWARD --name NAME --points N [--stock N]
 * [--inactive]]}; the verbs that print records take {@code --format}. The balance prints one record per entry with the customer's balance, debt
 * and tier on every row, so a script reading any row has them; the consumed entries are
 * {@code id:points} pairs separated by {@code ;}, oldest first.
 */
@Component(service = CliCommand.class)
public class LoyaltyCommand extends AreaCommand {

    /** Members between two progress lines of a re-evaluation. */
    private static final int PROGRESS_EVERY = 100_000;
    private static final String REASON = "--reason";
    private static final String AS_OF = "--as-of";
    private static final String MIN_SPEND = "--min-spend";
    private static final String BENEFIT = "--benefit";
    private static final String NO_BENEFITS = "--no-benefits";
    private static final String MIN_POINTS = "--min-points";
    private static final String NAME = "--name";
    private static final String POINTS = "--points";
    private static final String STOCK = "--stock";
    private static final String INACTIVE = "--inactive";
    private static final String REJECTS = "--rejects";
    private static final String ENCODING = "--encoding";
    private static final String DELIMITER = "--delimiter";
    private static final String DUPLICATES = "--duplicates";
    private static final String BATCH_SIZE = "--batch-size";
    private static final Pattern AMOUNT = Pattern.compile("[0-9]+(\\.[0-9]{1,2})?");

    @Reference
    private Loyalty loyalty;
    @Reference
    private MemberTiers tiers;
    @Reference
    private Rewards rewards;
    @Reference
    private LoyaltyReports reports;
    @Reference
    private ClockService clock;
    @Reference
    private TransferImport transfer;
    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;
    @Reference
    private LoyaltyProgramme programme;
    @Reference
    private Promotions promotions;
    @Reference
    private LedgerTexts texts;

    /** For DS. */
    public LoyaltyCommand() {
    }

    /** For tests. */
    public LoyaltyCommand(Loyalty loyalty, MemberTiers tiers, Rewards rewards, LoyaltyReports reports, ClockService clock, TransferImport transfer,
            Authenticator authenticator, CurrentUser current) {
        this.loyalty = loyalty;
        this.reports = reports;
        this.clock = clock;
        this.transfer = transfer;
        this.tiers = tiers;
        this.rewards = rewards;
        this.authenticator = authenticator;
        this.current = current;
    }

    /** For tests: with the programme's settings, the promotions and the ledger's texts. */
    public LoyaltyCommand(Loyalty loyalty, MemberTiers tiers, Rewards rewards, LoyaltyReports reports, ClockService clock, TransferImport transfer,
            Authenticator authenticator, CurrentUser current, LoyaltyProgramme programme, Promotions promotions, LedgerTexts texts) {
        this(loyalty, tiers, rewards, reports, clock, transfer, authenticator, current);
        this.programme = programme;
        this.promotions = promotions;
        this.texts = texts;
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
        List<Verb> verbs = new ArrayList<>(List.of(
                Verb.named("balance").usage(Messages.loyalty_usage).parameter("REF").records(Format.TABLE).action(session.signedIn(this::balance)).build(),
                Verb.named("adjust").usage(Messages.loyalty_usage).parameter("REF").parameter("POINTS").option(REASON).records(Format.TABLE)
                        .action((context, arguments) -> {
                            // a wrong call is refused before signing in
                            long points = points(arguments.parameter(1));
                            String reason = arguments.value(REASON).orElseThrow(() -> new UsageException(Messages.reason_required));
                            return session.signedIn((c, a) -> adjust(c, a.format(), a.parameter(0), points, reason)).run(context, arguments);
                        }).build(),
                Verb.named("expire").usage(Messages.loyalty_usage).option(AS_OF).records(Format.TABLE).action((context, arguments) -> {
                    LocalDate asOf = date(arguments.value(AS_OF).orElseThrow(() -> new UsageException(NLS.bind(Messages.loyalty_bad_date, ""))));
                    return session.signedIn((c, a) -> expire(c, a.format(), asOf)).run(context, arguments);
                }).build(),
                Verb.named("tiers").usage(Messages.loyalty_usage).optionalParameter("ACTION").optionalParameter("NAME").option(MIN_SPEND).option(MIN_POINTS)
                        .repeatable(BENEFIT).flag(NO_BENEFITS).option(AS_OF).records(Format.TABLE).action((context, arguments) -> {
                            String action = arguments.parameters().isEmpty() ? "list" : arguments.parameter(0);
                            return switch (action) {
                            case "list" -> session.signedIn((c, a) -> printTiers(c, a.format(), tiers.tiers())).run(context, arguments);
                            case "set" -> {
                                String name = arguments.parameters().size() < 2 ? null : arguments.parameter(1);
                                if (name == null) {
                                    throw new UsageException(NLS.bind(Messages.tier_bad_name, "", 32));
                                }
                                BigDecimal minSpend = arguments.has(MIN_SPEND) ? amount(arguments.value(MIN_SPEND).orElseThrow()) : null;
                                Long minPoints = arguments.has(MIN_POINTS) ? count(arguments.value(MIN_POINTS).orElseThrow()) : null;
                                boolean benefits = arguments.has(BENEFIT) || arguments.has(NO_BENEFITS);
                                if (minSpend == null && minPoints == null && !benefits) {
                                    throw new UsageException(Messages.tier_no_threshold);
                                }
                                if (arguments.has(BENEFIT) && arguments.has(NO_BENEFITS)) {
                                    throw new UsageException(Messages.tier_benefits_or_none);
                                }
                                List<String> benefitList = arguments.values(BENEFIT);
                                // refused before anything is stored: a threshold set and its benefits refused would be half the change
                                try {
                                    TierService.checkBenefits(benefitList);
                                } catch (LoyaltyException refused) {
                                    throw new UsageException(refused.getMessage());
                                }
                                yield session.signedIn((c, a) -> {
                                    Tier tier = minSpend == null && minPoints == null ? null : tiers.set(name, minSpend, minPoints);
                                    if (benefits) {
                                        tier = tiers.setBenefits(name, benefitList);
                                    }
                                    return printTiers(c, a.format(), List.of(tier));
                                }).run(context, arguments);
                            }
                            case "reevaluate" -> {
                                LocalDate asOf = date(arguments.value(AS_OF).orElseThrow(() -> new UsageException(NLS.bind(Messages.loyalty_bad_date, ""))));
                                yield session.signedIn((c, a) -> reevaluate(c, a.format(), asOf)).run(context, arguments);
                            }
                            default -> throw new UsageException(NLS.bind(Messages.loyalty_bad_tiers_action, action));
                            };
                        }).build(),
                Verb.named("stats").usage(Messages.loyalty_usage).option(AS_OF).records(Format.TABLE).action((context, arguments) -> {
                    LocalDate asOf = arguments.has(AS_OF) ? date(arguments.value(AS_OF).orElseThrow()) : null;
                    return session.signedIn((c, a) -> stats(c, a.format(), asOf)).run(context, arguments);
                }).build(),
                Verb.named("reminders").usage(Messages.loyalty_usage).option(AS_OF).records(Format.TABLE).action((context, arguments) -> {
                    LocalDate asOf = date(arguments.value(AS_OF).orElseThrow(() -> new UsageException(NLS.bind(Messages.loyalty_bad_date, ""))));
                    return session.signedIn((c, a) -> {
                        try (RecordPrinter records = new RecordPrinter(c.out(), a.format(), "reference", "expires", "points")) {
                            for (Reminder reminder : reports.reminders(asOf)) {
                                records.print(reminder.customerRef(), reminder.expiresOn(), reminder.points());
                            }
                        }
                        return OK;
                    }).run(context, arguments);
                }).build(),
                Verb.named("import").usage(Messages.loyalty_usage).parameter("KIND").parameter("FILE").option(REJECTS).option(DUPLICATES).option(BATCH_SIZE).option(ENCODING).option(DELIMITER)
                        .records(Format.TABLE).action((context, arguments) -> {
                            if (!arguments.parameter(0).equals("balances")) {
                                throw new UsageException(NLS.bind(Messages.loyalty_bad_import_kind, arguments.parameter(0)));
                            }
                            Path file = Path.of(arguments.parameter(1));
                            if (!Files.isRegularFile(file)) {
                                throw new CliException(NLS.bind(Messages.loyalty_no_file, file), FAILED);
                            }
                            ImportOptions defaults = ImportOptions.defaults();
                            ImportOptions options = new ImportOptions(Map.of(), arguments.value(REJECTS).map(Path::of).orElse(null),
                                    arguments.value(DUPLICATES).map(Path::of).orElse(null), null, Set.of(),
                                    arguments.number(BATCH_SIZE, 1, defaults.batchSize()), Set.of(), null, arguments.encoding(ENCODING, defaults.encoding()),
                                    Delimiter.of(arguments.separator(DELIMITER)));
                            return session.signedIn((c, a) -> importBalances(c, a.format(), file, options)).run(context, arguments);
                        }).build(),
                Verb.named("redeem").usage(Messages.loyalty_usage).parameter("REF").parameter("REWARD").records(Format.TABLE)
                        .action(session.signedIn((c, a) -> {
                            Redeemed done = rewards.redeem(a.parameter(0), a.parameter(1));
                            try (RecordPrinter records = new RecordPrinter(c.out(), a.format(), "reference", "reward", "points", "balance", "left")) {
                                records.print(done.customerRef(), done.rewardRef(), done.points(), done.balance(), done.left());
                            }
                            return OK;
                        })).build(),
                Verb.named("rewards").usage(Messages.loyalty_usage).optionalParameter("ACTION").optionalParameter("REWARD").option(NAME).option(POINTS)
                        .option(STOCK).flag(INACTIVE).records(Format.TABLE).action((context, arguments) -> {
                            String action = arguments.parameters().isEmpty() ? "list" : arguments.parameter(0);
                            if (action.equals("list")) {
                                return session.signedIn((c, a) -> printRewards(c, a.format(), rewards.rewards())).run(context, arguments);
                            }
                            if (!action.equals("set") || arguments.parameters().size() < 2) {
                                throw new UsageException(NLS.bind(Messages.loyalty_bad_rewards_action, action));
                            }
                            String name = arguments.value(NAME).orElseThrow(() -> new UsageException(NLS.bind(Messages.reward_bad_name, "", 255)));
                            long points = count(POINTS, arguments.value(POINTS).orElseThrow(() -> new UsageException(NLS.bind(Messages.loyalty_bad_number, POINTS, ""))));
                            Integer stock = arguments.has(STOCK) ? Math.toIntExact(count(STOCK, arguments.value(STOCK).orElseThrow())) : null;
                            boolean active = !arguments.has(INACTIVE);
                            return session.signedIn((c, a) -> printRewards(c, a.format(), List.of(rewards.set(a.parameter(1), name, points, stock, active))))
                                    .run(context, arguments);
                        }).build()));
        verbs.addAll(new ProgrammeVerbs(loyalty, programme, promotions, this::today).verbs(session));
        return verbs;
    }

    private int balance(CliContext context, Arguments arguments) {
        Account account = loyalty.account(arguments.parameter(0));
        Locale locale = Locale.getDefault();
        // the stored words for scripts (tier, rule, by), and beside them what a reader reads, in the reader's language
        String tier = account.tier().orElse(null);
        String tierName = tier == null ? null : texts.tier(tier, locale);
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "reference", "balance", "debt", "tier", "tier_name", "entry", "at",
                "kind", "points", "open", "rule", "rule_name", "description", "source", "related", "expires", "by", "reason", "consumed")) {
            if (account.lines().isEmpty()) {
                records.print(account.customerRef(), account.balance(), account.debt(), tier, tierName, null, null, null, null, null, null, null, null, null,
                        null, null, null, null, null);
            }
            for (Line line : account.lines()) {
                String consumed = line.consumed().stream().map(t -> t.earningId() + ":" + t.points()).collect(Collectors.joining(";"));
                records.print(account.customerRef(), account.balance(), account.debt(), tier, tierName, line.id(), line.at(), line.kind().getLiteral(),
                        line.points(), line.open(), line.rule(), texts.rule(line.rule(), locale), texts.describe(account.customerRef(), line, locale),
                        line.sourceRef(), line.relatedRef(), line.expiresOn(), line.recordedBy(), line.reason(), consumed);
            }
        }
        return OK;
    }

    private int adjust(CliContext context, Format format, String reference, long points, String reason) {
        Posting posting = loyalty.adjust(reference, points, reason);
        long balance = loyalty.account(reference).balance();
        try (RecordPrinter records = new RecordPrinter(context.out(), format, "reference", "points", "balance", "reason")) {
            records.print(reference, posting.points(), balance, reason.strip());
        }
        return OK;
    }

    private int expire(CliContext context, Format format, LocalDate asOf) {
        ExpiryRun run = loyalty.expire(asOf);
        try (RecordPrinter records = new RecordPrinter(context.out(), format, "as_of", "customers", "points")) {
            records.print(run.asOf(), run.customers(), run.points());
        }
        return OK;
    }

    private static int printTiers(CliContext context, Format format, List<Tier> shown) {
        try (RecordPrinter records = new RecordPrinter(context.out(), format, "tier", "rank", "min_spend", "min_points", "discount_percent",
                "priority_service", "dedicated_advisor", "birthday_gift", "benefits")) {
            for (Tier tier : shown) {
                records.print(tier.name(), tier.rank(), tier.minSpend(), tier.minPoints(), tier.discountPercent(), tier.priorityService(),
                        tier.dedicatedAdvisor(), tier.birthdayGift(), String.join("; ", tier.benefits()));
            }
        }
        return OK;
    }

    private int reevaluate(CliContext context, Format format, LocalDate asOf) {
        // a long run says how far it is, on standard error, so that the output stays one record
        int[] told = { 0 };
        Reevaluation run = tiers.reevaluate(asOf, (done, total) -> {
            if (done - told[0] >= PROGRESS_EVERY && done < total) {
                told[0] = done;
                context.err().println(NLS.bind(Messages.reevaluation_progress, done, total));
            }
            return true;
        });
        try (RecordPrinter records = new RecordPrinter(context.out(), format, "as_of", "members", "upgraded", "downgraded")) {
            records.print(run.asOf(), run.members(), run.upgraded(), run.downgraded());
        }
        return OK;
    }

    /** One row per tier, the programme's figures on every row, so a script reading any row has them. */
    private int stats(CliContext context, Format format, LocalDate asOf) {
        Stats stats = reports.stats(asOf != null ? asOf : today());
        try (RecordPrinter records = new RecordPrinter(context.out(), format, "as_of", "members", "issued", "redeemed", "expired", "reversed",
                "outstanding", "tier", "tier_members")) {
            stats.perTier().forEach((tier, members) -> records.print(stats.asOf(), stats.members(), stats.issued(), stats.redeemed(), stats.expired(),
                    stats.reversed(), stats.outstanding(), tier, members));
        }
        return OK;
    }

    private int importBalances(CliContext context, Format format, Path file, ImportOptions options) {
        ImportResult result;
        try {
            result = transfer.importFile(BalanceRows.ID, file, options, new Progress() {
            });
        } catch (ImportException e) {
            throw new LoyaltyException(e.getMessage());
        }
        try (RecordPrinter records = new RecordPrinter(context.out(), format, "import", "imported", "rejected", "duplicates", "rejects_file",
                "duplicates_file")) {
            records.print(result.importId(), result.imported(), result.rejected(), result.duplicates(), result.rejectsFile(), result.duplicatesFile());
        }
        return result.rejected() == 0 ? OK : FAILED;
    }

    private LocalDate today() {
        return clock.now().atZone(clock.zone()).toLocalDate();
    }

    private static int printRewards(CliContext context, Format format, List<Item> shown) {
        try (RecordPrinter records = new RecordPrinter(context.out(), format, "reward", "name", "points", "stock", "left", "active")) {
            for (Item reward : shown) {
                records.print(reward.reference(), reward.name(), reward.points(), reward.stock(), reward.left(), reward.active());
            }
        }
        return OK;
    }

    /** A whole number of 0 or more given for an option. */
    private static long count(String option, String text) throws UsageException {
        if (!text.strip().matches("[0-9]{1,9}")) {
            throw new UsageException(NLS.bind(Messages.loyalty_bad_number, option, text));
        }
        return Long.parseLong(text.strip());
    }

    /** An amount for a threshold: 0 or more, at most 2 decimals. */
    private static BigDecimal amount(String text) throws UsageException {
        if (!AMOUNT.matcher(text.strip()).matches()) {
            throw new UsageException(NLS.bind(Messages.tier_bad_threshold, text));
        }
        return new BigDecimal(text.strip());
    }

    private static Long count(String text) throws UsageException {
        if (!text.strip().matches("[0-9]{1,18}")) {
            throw new UsageException(NLS.bind(Messages.tier_bad_threshold, text));
        }
        return Long.valueOf(text.strip());
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
