package org.rapport.loyalty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.Format;
import org.rapport.cli.api.RecordPrinter;
import org.rapport.cli.api.UsageException;
import org.rapport.cli.api.Verb;
import org.rapport.loyalty.api.Loyalty;
import org.rapport.loyalty.api.Loyalty.Posting;
import org.rapport.loyalty.api.Loyalty.Referral;
import org.rapport.loyalty.api.LoyaltyProgramme;
import org.rapport.loyalty.api.LoyaltyProgramme.Bonuses;
import org.rapport.loyalty.api.LoyaltyProgramme.Settings;
import org.rapport.loyalty.api.Promotions;
import org.rapport.loyalty.api.Promotions.Promotion;
import org.rapport.loyalty.model.TierBasis;
import org.rapport.security.api.CommandLineSession;

/**
 * The loyalty verbs of the programme's settings and of the earning rules that need a record
 * (promotions, referrals, reviews): {@code settings [show | set ...]}, {@code promotions [list | add
 * REF ... | end REF [--on DATE]]}, {@code referral add REFERRER REFERRED}, {@code review add REF
 * PURCHASE}. Wrong calls are refused before signing in, saying what is wrong.
 */
final class ProgrammeVerbs {

    private static final String POINTS_PER_UNIT = "--points-per-unit";
    private static final String EXPIRY_MONTHS = "--expiry-months";
    private static final String REMINDER_DAYS = "--reminder-days";
    private static final String TIER_BASIS = "--tier-basis";
    private static final String REFERRER_POINTS = "--referrer-points";
    private static final String REFERRED_POINTS = "--referred-points";
    private static final String REVIEW_POINTS = "--review-points";
    private static final String NAME = "--name";
    private static final String FROM = "--from";
    private static final String TO = "--to";
    private static final String CHANNEL = "--channel";
    private static final String MULTIPLIER = "--multiplier";
    private static final String BONUS = "--bonus";
    private static final String ON = "--on";
    private static final int MOST = 1_000_000;

    private final Loyalty loyalty;
    private final LoyaltyProgramme programme;
    private final Promotions promotions;
    private final Supplier<LocalDate> today;

    ProgrammeVerbs(Loyalty loyalty, LoyaltyProgramme programme, Promotions promotions, Supplier<LocalDate> today) {
        this.loyalty = loyalty;
        this.programme = programme;
        this.promotions = promotions;
        this.today = today;
    }

    List<Verb> verbs(CommandLineSession session) {
        return List.of(
                Verb.named("settings").usage(Messages.loyalty_usage).optionalParameter("ACTION").option(POINTS_PER_UNIT).option(EXPIRY_MONTHS)
                        .option(REMINDER_DAYS).option(TIER_BASIS).option(REFERRER_POINTS).option(REFERRED_POINTS).option(REVIEW_POINTS)
                        .records(Format.TABLE).action((context, arguments) -> {
                            String action = arguments.parameters().isEmpty() ? "show" : arguments.parameter(0);
                            return switch (action) {
                            case "show" -> session.signedIn((c, a) -> printSettings(c, a.format())).run(context, arguments);
                            case "set" -> {
                                Change change = change(arguments);
                                yield session.signedIn((c, a) -> {
                                    change.apply(programme);
                                    return printSettings(c, a.format());
                                }).run(context, arguments);
                            }
                            default -> throw new UsageException(NLS.bind(Messages.loyalty_bad_settings_action, action));
                            };
                        }).build(),
                Verb.named("promotions").usage(Messages.loyalty_usage).optionalParameter("ACTION").optionalParameter("REF").option(NAME).option(FROM)
                        .option(TO).option(CHANNEL).option(MULTIPLIER).option(BONUS).option(ON).records(Format.TABLE).action((context, arguments) -> {
                            String action = arguments.parameters().isEmpty() ? "list" : arguments.parameter(0);
                            return switch (action) {
                            case "list" -> session.signedIn((c, a) -> printPromotions(c, a.format(), promotions.promotions())).run(context, arguments);
                            case "add" -> {
                                Promotion wanted = promotion(arguments);
                                yield session.signedIn((c, a) -> printPromotions(c, a.format(), List.of(promotions.add(wanted)))).run(context, arguments);
                            }
                            case "end" -> {
                                String ref = reference(arguments);
                                LocalDate on = arguments.has(ON) ? date(ON, arguments.value(ON).orElseThrow()) : null;
                                yield session.signedIn((c, a) -> printPromotions(c, a.format(), List.of(promotions.end(ref, on != null ? on : today.get()))))
                                        .run(context, arguments);
                            }
                            default -> throw new UsageException(NLS.bind(Messages.loyalty_bad_promotions_action, action));
                            };
                        }).build(),
                Verb.named("referral").usage(Messages.loyalty_usage).parameter("ACTION").parameter("REFERRER").parameter("REFERRED").records(Format.TABLE)
                        .action((context, arguments) -> {
                            added(arguments, "referral");
                            return session.signedIn((c, a) -> {
                                Referral done = loyalty.refer(a.parameter(1), a.parameter(2));
                                try (RecordPrinter records = new RecordPrinter(c.out(), a.format(), "referrer", "referred", "at", "by")) {
                                    records.print(done.referrerRef(), done.referredRef(), done.at(), done.recordedBy());
                                }
                                return CliCommand.OK;
                            }).run(context, arguments);
                        }).build(),
                Verb.named("review").usage(Messages.loyalty_usage).parameter("ACTION").parameter("REF").parameter("PURCHASE").records(Format.TABLE)
                        .action((context, arguments) -> {
                            added(arguments, "review");
                            return session.signedIn((c, a) -> {
                                Posting posting = loyalty.review(a.parameter(1), a.parameter(2));
                                try (RecordPrinter records = new RecordPrinter(c.out(), a.format(), "reference", "purchase", "points", "balance")) {
                                    records.print(a.parameter(1), a.parameter(2), posting.points(), loyalty.account(a.parameter(1)).balance());
                                }
                                return CliCommand.OK;
                            }).run(context, arguments);
                        }).build());
    }

    private static void added(Arguments arguments, String verb) throws UsageException {
        if (!arguments.parameter(0).equals("add")) {
            throw new UsageException(NLS.bind(Messages.loyalty_bad_add_action, verb, arguments.parameter(0)));
        }
    }

    private int printSettings(CliContext context, Format format) {
        Settings settings = programme.settings();
        Bonuses bonuses = programme.bonuses();
        try (RecordPrinter records = new RecordPrinter(context.out(), format, "points_per_unit", "expiry_months", "reminder_days", "tier_basis",
                "referrer_points", "referred_points", "review_points")) {
            records.print(settings.pointsPerUnit(), settings.expiryMonths(), settings.reminderDays(), settings.tierBasis().getLiteral().toLowerCase(Locale.ROOT),
                    bonuses.referrerPoints(), bonuses.referredPoints(), bonuses.reviewPoints());
        }
        return CliCommand.OK;
    }

    private static int printPromotions(CliContext context, Format format, List<Promotion> shown) {
        try (RecordPrinter records = new RecordPrinter(context.out(), format, "promotion", "name", "from", "to", "channel", "multiplier", "bonus")) {
            for (Promotion p : shown) {
                records.print(p.reference(), p.name(), p.firstDay(), p.lastDay(), p.channel(), p.multiplier() == null ? null : p.multiplier().toPlainString(),
                        p.bonus());
            }
        }
        return CliCommand.OK;
    }

    /** The options of {@code settings set}, checked before signing in; applied over the stored settings. */
    private record Change(Integer pointsPerUnit, Integer expiryMonths, Integer reminderDays, TierBasis tierBasis, Integer referrerPoints,
            Integer referredPoints, Integer reviewPoints) {

        void apply(LoyaltyProgramme programme) {
            if (pointsPerUnit != null || expiryMonths != null || reminderDays != null || tierBasis != null) {
                Settings now = programme.settings();
                programme.update(new Settings(pointsPerUnit != null ? pointsPerUnit : now.pointsPerUnit(), expiryMonths != null ? expiryMonths : now.expiryMonths(),
                        reminderDays != null ? reminderDays : now.reminderDays(), tierBasis != null ? tierBasis : now.tierBasis()));
            }
            if (referrerPoints != null || referredPoints != null || reviewPoints != null) {
                Bonuses now = programme.bonuses();
                programme.update(new Bonuses(referrerPoints != null ? referrerPoints : now.referrerPoints(),
                        referredPoints != null ? referredPoints : now.referredPoints(), reviewPoints != null ? reviewPoints : now.reviewPoints()));
            }
        }
    }

    private static Change change(Arguments arguments) throws UsageException {
        TierBasis basis = null;
        if (arguments.has(TIER_BASIS)) {
            String word = arguments.value(TIER_BASIS).orElseThrow().strip();
            basis = switch (word.toLowerCase(Locale.ROOT)) {
            case "spend" -> TierBasis.SPEND;
            case "points" -> TierBasis.POINTS;
            default -> throw new UsageException(NLS.bind(Messages.loyalty_bad_tier_basis, word));
            };
        }
        Change change = new Change(number(arguments, POINTS_PER_UNIT, 1), number(arguments, EXPIRY_MONTHS, 1), number(arguments, REMINDER_DAYS, 0), basis,
                number(arguments, REFERRER_POINTS, 0), number(arguments, REFERRED_POINTS, 0), number(arguments, REVIEW_POINTS, 0));
        if (change.equals(new Change(null, null, null, null, null, null, null))) {
            throw new UsageException(Messages.loyalty_settings_nothing);
        }
        return change;
    }

    /** A whole number of at least {@code least} for an option, or null when it is absent. */
    private static Integer number(Arguments arguments, String option, int least) throws UsageException {
        if (!arguments.has(option)) {
            return null;
        }
        String text = arguments.value(option).orElseThrow().strip();
        if (text.matches("[0-9]{1,7}")) {
            int value = Integer.parseInt(text);
            if (value >= least && value <= MOST) {
                return value;
            }
        }
        throw new UsageException(NLS.bind(Messages.loyalty_bad_setting, new Object[] { option, text, least, MOST }));
    }

    private static String reference(Arguments arguments) throws UsageException {
        if (arguments.parameters().size() < 2) {
            throw new UsageException(NLS.bind(Messages.promotion_bad_reference, ""));
        }
        return arguments.parameter(1);
    }

    private static Promotion promotion(Arguments arguments) throws UsageException {
        String ref = reference(arguments);
        String name = arguments.value(NAME).orElseThrow(() -> new UsageException(NLS.bind(Messages.promotion_bad_name, "", 255)));
        LocalDate from = date(FROM, arguments.value(FROM).orElseThrow(() -> new UsageException(NLS.bind(Messages.loyalty_bad_day, FROM, ""))));
        LocalDate to = date(TO, arguments.value(TO).orElseThrow(() -> new UsageException(NLS.bind(Messages.loyalty_bad_day, TO, ""))));
        BigDecimal multiplier = null;
        if (arguments.has(MULTIPLIER)) {
            String text = arguments.value(MULTIPLIER).orElseThrow().strip();
            if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,2})?")) {
                throw new UsageException(NLS.bind(Messages.promotion_bad_multiplier, text));
            }
            multiplier = new BigDecimal(text);
        }
        Long bonus = null;
        if (arguments.has(BONUS)) {
            String text = arguments.value(BONUS).orElseThrow().strip();
            if (!text.matches("[0-9]{1,9}") || Long.parseLong(text) == 0) {
                throw new UsageException(NLS.bind(Messages.loyalty_bad_setting, new Object[] { BONUS, text, 1, 999_999_999 }));
            }
            bonus = Long.valueOf(text);
        }
        return new Promotion(ref, name, from, to, arguments.value(CHANNEL).orElse(null), multiplier, bonus);
    }

    private static LocalDate date(String option, String text) throws UsageException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException(NLS.bind(Messages.loyalty_bad_day, option, text));
        }
    }
}
