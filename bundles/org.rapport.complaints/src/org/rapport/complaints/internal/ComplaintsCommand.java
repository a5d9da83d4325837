package org.rapport.complaints.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.rapport.complaints.api.BusinessCalendar;
import org.rapport.complaints.api.Categories;
import org.rapport.complaints.api.Complaints;
import org.rapport.complaints.api.Complaints.CalendarChange;
import org.rapport.complaints.api.Complaints.Clock;
import org.rapport.complaints.api.Complaints.ComplaintView;
import org.rapport.complaints.api.Complaints.DueAnswer;
import org.rapport.complaints.api.Complaints.Escalation;
import org.rapport.complaints.api.ComplaintsException;
import org.rapport.complaints.api.CompensationCatalogue;
import org.rapport.complaints.api.FollowUps;
import org.rapport.complaints.api.KnowledgeBase;
import org.rapport.complaints.api.QualityReviews;
import org.rapport.complaints.api.Complaints.Intake;
import org.rapport.complaints.api.Complaints.NewComplaint;
import org.rapport.complaints.api.Lifecycle;
import org.rapport.complaints.model.CompensationKind;
import org.rapport.complaints.model.Complaint;
import org.rapport.complaints.model.Severity;
import org.rapport.security.api.Authenticator;
import org.rapport.transfer.api.ImportException;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.ImportResult;
import org.rapport.transfer.api.Progress;
import org.rapport.transfer.api.TransferImport;
import org.rapport.security.api.CommandLineSession;
import org.rapport.security.api.CurrentUser;

/**
 * {@code rapport-ctl complaints calendar set | policy set | due | act | show | list | tick}, with the catalogue, the
 * knowledge base, quality review and follow-ups in verbs of their own: the
 * service desk headless, for administrators checking calendars and for IT's scheduler.
 */
@Component(service = CliCommand.class)
public class ComplaintsCommand extends AreaCommand {

    private static final String ZONE = "--zone";
    private static final String HOURS = "--hours";
    private static final String HOLIDAYS = "--holidays";
    private static final String WORKDAY = "--workday";
    private static final String DATE = "--date";
    private static final String TIER = "--tier";
    private static final String CALENDAR = "--calendar";
    private static final String ACKNOWLEDGE = "--acknowledge";
    private static final String SOLUTION = "--solution";
    private static final String RESOLVE = "--resolve";
    private static final String FROM = "--from";
    private static final String ADD = "--add";
    private static final String AT = "--at";
    private static final String CSAT = "--csat";
    private static final String NPS = "--nps";
    private static final String NOTE = "--note";
    private static final String OVERDUE = "--overdue";
    private static final String AS_OF = "--as-of";
    private static final String RESUME = "--resume";
    private static final String POINTS = "--points";
    private static final String CHANNEL = "--channel";
    private static final String AMOUNT = "--amount";
    private static final String REJECTS = "--rejects";
    private static final String ENCODING = "--encoding";
    private static final String DELIMITER = "--delimiter";
    private static final String CUSTOMER = "--customer";
    private static final String CATEGORY = "--category";
    private static final String SEVERITY = "--severity";
    private static final String SUBJECT = "--subject";

    @Reference
    private Complaints complaints;
    @Reference
    private TransferImport transfer;
    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;
    @Reference
    private CompensationCatalogue catalogue;
    @Reference
    private KnowledgeBase knowledge;
    @Reference
    private QualityReviews reviews;
    @Reference
    private FollowUps followUps;
    @Reference
    private Categories categories;

    /** For DS. */
    public ComplaintsCommand() {
    }

    /** For tests. */
    public ComplaintsCommand(Complaints complaints, TransferImport transfer, Authenticator authenticator, CurrentUser current) {
        this.complaints = complaints;
        this.transfer = transfer;
        this.authenticator = authenticator;
        this.current = current;
    }

    /** For tests, with the catalogue, the knowledge base, the reviews and the follow-ups. */
    public ComplaintsCommand(Complaints complaints, TransferImport transfer, Authenticator authenticator, CurrentUser current, CompensationCatalogue catalogue,
            KnowledgeBase knowledge, QualityReviews reviews, FollowUps followUps) {
        this(complaints, transfer, authenticator, current);
        this.catalogue = catalogue;
        this.knowledge = knowledge;
        this.reviews = reviews;
        this.followUps = followUps;
    }

    /** For tests: the category tree's service. */
    ComplaintsCommand withCategories(Categories tree) {
        this.categories = tree;
        return this;
    }

    @Override
    public String name() {
        return "complaints";
    }

    @Override
    public String summary() {
        return Messages.complaints_summary;
    }

    @Override
    public String usage() {
        return Messages.complaints_usage;
    }

    @Override
    public List<Verb> verbs() {
        CommandLineSession session = new CommandLineSession(authenticator, current);
        String usage = Messages.complaints_usage;
        return List.of(
                Verb.named("calendar").usage(usage).parameter("set").parameter("NAME").option(ZONE).option(HOURS).option(HOLIDAYS).repeatable(WORKDAY)
                        .repeatable(DATE).action(session.signedIn(refusals(this::calendar))).build(),
                Verb.named("policy").usage(usage).parameter("set").parameter("SEVERITY").option(TIER).option(CALENDAR).option(ACKNOWLEDGE)
                        .option(SOLUTION).option(RESOLVE).action(session.signedIn(refusals(this::policy))).build(),
                Verb.named("due").usage(usage).option(CALENDAR).option(FROM).option(ADD).records(Format.TABLE)
                        .action(session.signedIn(refusals(this::due))).build(),
                Verb.named("import").usage(usage).parameter("FILE").option(RESUME).option(REJECTS).option(ENCODING).option(DELIMITER)
                        .action(session.signedIn(refusals(this::importFile))).build(),
                Verb.named("act").usage(usage).parameter("REF").parameter("STEP").option(AT).option(CSAT).option(NPS).option(NOTE)
                        .action(session.signedIn(refusals(this::act))).build(),
                Verb.named("contact").usage(usage).parameter("REF").option(CHANNEL).option(AT).option(NOTE).option(CUSTOMER).option(CATEGORY)
                        .option(SEVERITY).option(SUBJECT)
                        .action(session.signedIn(refusals(this::contact))).build(),
                Verb.named("compensate").usage(usage).parameter("REF").parameter("KIND").option(POINTS).option(AMOUNT).option(NOTE)
                        .action(session.signedIn(refusals(this::compensate))).build(),
                Verb.named("show").usage(usage).parameter("REF").option(AS_OF).records(Format.TABLE).action(session.signedIn(refusals(this::show))).build(),
                Verb.named("list").usage(usage).flag(OVERDUE).option(AS_OF).records(Format.TABLE).action(session.signedIn(refusals(this::list))).build(),
                Verb.named("tick").usage(usage).option(AS_OF).records(Format.TABLE).action(session.signedIn(refusals(this::tick))).build(),
                new CatalogueVerbs(catalogue).verb(session, usage, ComplaintsCommand::refusals),
                new KnowledgeVerbs(knowledge).verb(session, usage, ComplaintsCommand::refusals),
                new ReviewVerbs(reviews).verb(session, usage, ComplaintsCommand::refusals),
                new FollowUpVerbs(followUps, this::asOf).verb(session, usage, ComplaintsCommand::refusals),
                new CategoryVerbs(categories).verb(session, usage, ComplaintsCommand::refusals));
    }

    /** A refused step or bad value ends the command with its message, as a failure. */
    static Verb.Action refusals(Verb.Action action) {
        return (context, arguments) -> {
            try {
                return action.run(context, arguments);
            } catch (ComplaintsException refused) {
                throw new CliException(refused.getMessage(), CliCommand.FAILED, refused);
            }
        };
    }

    private int calendar(CliContext context, Arguments arguments) throws CliException {
        subcommand(arguments);
        String name = arguments.parameter(1);
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        if (arguments.value(HOLIDAYS).isPresent()) {
            Path file = Path.of(arguments.value(HOLIDAYS).get());
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                HolidayFeed.read(reader, file.toString()).forEach(holiday -> holidays.put(holiday.date(), holiday.name()));
            } catch (IOException e) {
                throw new CliException(NLS.bind(Messages.cli_unreadable, file, e.getMessage()), CliCommand.FAILED, e);
            }
        }
        Set<LocalDate> workdays = new LinkedHashSet<>();
        for (String day : arguments.values(WORKDAY)) {
            workdays.add(date(WORKDAY, day));
        }
        Map<LocalDate, String> dates = new LinkedHashMap<>();
        for (String given : arguments.values(DATE)) {
            String[] parts = given.strip().split("[ =]", 2);
            if (parts.length != 2) {
                throw new UsageException(NLS.bind(Messages.cli_bad_date_hours, given));
            }
            dates.put(date(DATE, parts[0]), parts[1]);
        }
        BusinessCalendar calendar = complaints.setCalendar(new CalendarChange(name, arguments.value(ZONE).orElse(null),
                arguments.value(HOURS).orElse(null), holidays, workdays, dates));
        context.out().println(NLS.bind(Messages.cli_calendar_set, new Object[] { calendar.name(), calendar.zone(),
                HoursFormat.formatWeek(calendar.week()), calendar.holidays().size(), calendar.workdays().size(), calendar.dates().size() }));
        return OK;
    }

    private int policy(CliContext context, Arguments arguments) throws CliException {
        subcommand(arguments);
        Severity severity = severity(arguments.parameter(1));
        Duration acknowledge = BusinessDurations.parse(arguments.value(ACKNOWLEDGE).orElseThrow(() -> new UsageException(Messages.policy_incomplete)));
        Duration resolve = BusinessDurations.parse(arguments.value(RESOLVE).orElseThrow(() -> new UsageException(Messages.policy_incomplete)));
        Duration solution = arguments.value(SOLUTION).map(BusinessDurations::parse).orElse(null);
        String calendar = arguments.value(CALENDAR).orElse(Complaints.ALWAYS_OPEN);
        complaints.setPolicy(severity, arguments.value(TIER).orElse(null), calendar, acknowledge, solution, resolve);
        context.out().println(NLS.bind(Messages.cli_policy_set, new Object[] { Labels.severity(severity),
                arguments.value(TIER).orElse(Messages.cli_every_tier), calendar, BusinessDurations.write(acknowledge),
                solution == null ? "-" : BusinessDurations.write(solution), BusinessDurations.write(resolve) }));
        return OK;
    }

    private int due(CliContext context, Arguments arguments) throws CliException {
        String name = arguments.value(CALENDAR).orElse(Complaints.ALWAYS_OPEN);
        ZoneId zone = complaints.calendar(name).zone();
        Instant from = instant(FROM, arguments.value(FROM).orElseThrow(() -> new UsageException(NLS.bind(Messages.cli_option_missing, FROM))), zone);
        Duration add = BusinessDurations.parse(arguments.value(ADD).orElseThrow(() -> new UsageException(NLS.bind(Messages.cli_option_missing, ADD))));
        DueAnswer answer = complaints.due(name, from, add);
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "calendar", "from", "add", "due", "explanation")) {
            records.print(name, OffsetDateTime.ofInstant(from, zone), BusinessDurations.write(add),
                    answer.due().map(due -> OffsetDateTime.ofInstant(due, zone)).orElse(null), answer.explanation());
        }
        return OK;
    }

    private int importFile(CliContext context, Arguments arguments) throws CliException {
        ImportOptions defaults = ImportOptions.defaults();
        ImportOptions options = new ImportOptions(defaults.mapping(), arguments.value(REJECTS).map(Path::of).orElse(null), null,
                arguments.value(RESUME).orElse(null), defaults.flags(), defaults.batchSize(), defaults.ignored(), null,
                arguments.encoding(ENCODING, defaults.encoding()), Delimiter.of(arguments.separator(DELIMITER)));
        try {
            ImportResult result = transfer.importFile(ComplaintRows.KIND, Path.of(arguments.parameter(0)), options, Progress.NONE);
            context.out().println(NLS.bind(Messages.cli_imported, new Object[] { result.importId(), result.imported(), result.rejected(),
                    result.rejectsFile(), result.duplicates(), result.duplicatesFile() }));
            return result.rejected() == 0 && !result.cancelled() ? OK : FAILED;
        } catch (ImportException refused) {
            throw new CliException(refused.getMessage(), CliCommand.FAILED, refused);
        } catch (java.io.UncheckedIOException unreadable) {
            throw new CliException(NLS.bind(Messages.cli_unreadable, arguments.parameter(0), unreadable.getCause().getMessage()), CliCommand.FAILED,
                    unreadable);
        }
    }

    private int act(CliContext context, Arguments arguments) throws CliException {
        Lifecycle step = Lifecycle.ofWord(arguments.parameter(1))
                .orElseThrow(() -> new UsageException(NLS.bind(Messages.cli_bad_step, arguments.parameter(1))));
        Instant at = asOf(AT, arguments);
        Integer csat = answer(arguments, CSAT, Messages.csat_required);
        Integer recommend = answer(arguments, NPS, Messages.recommend_range);
        Complaint complaint = complaints.act(arguments.parameter(0), step, at, arguments.value(NOTE).orElse(null), csat, recommend);
        context.out().println(NLS.bind(Messages.cli_acted, new Object[] { complaint.getReference(), Labels.status(complaint.getStatus()),
                complaint.getEscalationLevel() }));
        return OK;
    }

    /** A follow-up's answer given with {@code option}, null when not given; {@code refusal} binds the reference and the text given. */
    private static Integer answer(Arguments arguments, String option, String refusal) throws UsageException {
        if (arguments.value(option).isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(arguments.value(option).get().strip());
        } catch (NumberFormatException e) {
            throw new UsageException(NLS.bind(refusal, arguments.parameter(0), arguments.value(option).get()));
        }
    }

    private int contact(CliContext context, Arguments arguments) throws CliException {
        Instant at = asOf(AT, arguments);
        String channel = arguments.value(CHANNEL).orElseThrow(() -> new UsageException(NLS.bind(Messages.cli_option_missing, CHANNEL)));
        if (arguments.value(CUSTOMER).isPresent()) {
            // a contact under a reference of its own: joins the customer's open complaint of the category, else opens one
            String subject = arguments.value(SUBJECT).orElseThrow(() -> new UsageException(NLS.bind(Messages.cli_option_missing, SUBJECT)));
            Severity severity = severity(arguments.value(SEVERITY).orElse(Severity.GENERAL.getLiteral()));
            Intake intake = complaints.intake(new NewComplaint(arguments.parameter(0), arguments.value(CUSTOMER).get(), at, channel,
                    arguments.value(CATEGORY).orElse(null), severity, subject, arguments.value(NOTE).orElse(null)));
            Complaint complaint = intake.complaint();
            context.out().println(intake.joined() ? NLS.bind(Messages.cli_contact_joined, new Object[] { arguments.parameter(0), complaint.getReference(),
                    complaint.getRepeatContacts() }) : NLS.bind(Messages.cli_contact_opened, complaint.getReference()));
            return OK;
        }
        Complaint complaint = complaints.contact(arguments.parameter(0), channel, at, arguments.value(NOTE).orElse(null));
        context.out().println(NLS.bind(Messages.cli_contacted, complaint.getReference(), complaint.getRepeatContacts()));
        return OK;
    }


    /** ENTRY is a catalogue entry's code; a kind with --points or --amount still gives one outside the catalogue. */
    private int compensate(CliContext context, Arguments arguments) throws CliException {
        String entry = arguments.parameter(1).strip();
        boolean inCatalogue = catalogue != null && catalogue.offers(true).stream().anyMatch(offer -> offer.getCode().equals(entry));
        if (inCatalogue) {
            if (arguments.has(POINTS) || arguments.has(AMOUNT)) {
                throw new UsageException(NLS.bind(Messages.cli_catalogue_fixed, entry));
            }
            Complaint complaint = catalogue.compensate(arguments.parameter(0), entry, arguments.value(NOTE).orElse(null));
            context.out().println(NLS.bind(Messages.cli_compensated, complaint.getReference(), complaint.getCompensations()
                    .get(complaint.getCompensations().size() - 1).getDescription()));
            return OK;
        }
        CompensationKind kind = CliWords.compensationKind(entry).orElseThrow(() -> new UsageException(NLS.bind(Messages.cli_bad_compensation, entry)));
        Long points = CliWords.number(arguments, POINTS);
        BigDecimal amount = CliWords.amount(arguments, AMOUNT);
        Complaint complaint = complaints.compensate(arguments.parameter(0), kind, points, amount, arguments.value(NOTE).orElse(null));
        context.out().println(NLS.bind(Messages.cli_compensated, complaint.getReference(), Labels.compensation(kind)));
        return OK;
    }

    private int show(CliContext context, Arguments arguments) throws CliException {
        Instant asOf = asOf(arguments);
        ComplaintView view = complaints.show(arguments.parameter(0), asOf);
        try (RecordPrinter records = clockRecords(context, arguments)) {
            print(records, view);
        }
        return OK;
    }

    private int list(CliContext context, Arguments arguments) throws CliException {
        List<ComplaintView> views = complaints.list(arguments.has(OVERDUE), asOf(arguments));
        try (RecordPrinter records = clockRecords(context, arguments)) {
            for (ComplaintView view : views) {
                print(records, view);
            }
        }
        return OK;
    }

    private int tick(CliContext context, Arguments arguments) throws CliException {
        List<Escalation> escalations = complaints.tick(asOf(arguments));
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "reference", "from_level", "to_level", "status", "clock")) {
            for (Escalation escalation : escalations) {
                records.print(escalation.reference(), escalation.fromLevel(), escalation.toLevel(), escalation.status().getLiteral().toLowerCase(Locale.ROOT),
                        escalation.clock());
            }
        }
        return OK;
    }

    /** One row per clock, with the complaint's status and level on every row, so a script reading any row has them. */
    private static RecordPrinter clockRecords(CliContext context, Arguments arguments) {
        return new RecordPrinter(context.out(), arguments.format(), "reference", "customer", "severity", "status", "level", "assignee", "opened_at",
                "clock", "business", "due", "met", "overdue", "explanation");
    }

    private static void print(RecordPrinter records, ComplaintView view) {
        Complaint complaint = view.complaint();
        for (Clock clock : view.clocks()) {
            records.print(complaint.getReference(), complaint.getCustomer().getReference(), complaint.getSeverity().getLiteral().toLowerCase(Locale.ROOT),
                    complaint.getStatus().getLiteral().toLowerCase(Locale.ROOT), complaint.getEscalationLevel(), complaint.getAssignee(),
                    complaint.getOpenedAt(), clock.name(), BusinessDurations.write(clock.business()), clock.due().orElse(null),
                    clock.met().orElse(null), clock.overdue(), clock.explanation());
        }
    }

    private static void subcommand(Arguments arguments) throws UsageException {
        if (!arguments.parameter(0).equals("set")) {
            throw new UsageException(NLS.bind(Messages.cli_bad_subcommand, arguments.parameter(0)));
        }
    }

    private static Severity severity(String word) throws UsageException {
        Severity severity = Severity.get(word.strip().toUpperCase(Locale.ROOT));
        if (severity == null) {
            throw new UsageException(NLS.bind(Messages.cli_bad_severity, word));
        }
        return severity;
    }

    private Instant asOf(Arguments arguments) throws UsageException {
        return asOf(AS_OF, arguments);
    }

    /** The option's date-time; without an offset in the installation's zone (the clock service's), not the system's. */
    private Instant asOf(String option, Arguments arguments) throws UsageException {
        return arguments.value(option).isPresent() ? instant(option, arguments.value(option).get(), installationZone()) : null;
    }

    /** The clock service's zone, which the shipped 24x7 calendar runs in. */
    private ZoneId installationZone() {
        return complaints.calendar(Complaints.ALWAYS_OPEN).zone();
    }

    /** An ISO-8601 date-time with offset, or without one in {@code zone}. */
    static Instant instant(String option, String text, ZoneId zone) throws UsageException {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
            } catch (DateTimeException bad) {
                throw new UsageException(NLS.bind(Messages.cli_bad_date_time, option, text));
            }
        }
    }

    private static LocalDate date(String option, String text) throws UsageException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException bad) {
            throw new UsageException(NLS.bind(Messages.cli_bad_date, option, text));
        }
    }
}
