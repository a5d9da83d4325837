package org.rapport.reports.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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
import org.rapport.reports.api.Figure;
import org.rapport.reports.api.FigureColumn;
import org.rapport.reports.api.ReportException;
import org.rapport.reports.api.ReportExports;
import org.rapport.reports.api.ReportPeriod;
import org.rapport.reports.api.ReportProgress;
import org.rapport.reports.api.ReportProvider;
import org.rapport.reports.api.ReportQuery;
import org.rapport.reports.api.ReportResult;
import org.rapport.reports.api.ReportRow;
import org.rapport.reports.api.Reports;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSession;
import org.rapport.security.api.CurrentUser;

/**
 * {@code rapport-ctl report list} and {@code rapport-ctl report NAME --from DATE --to DATE [--by
 * DIMENSION] [--filter DIMENSION=VALUE]... [--format table|csv|json|pdf] [--out FILE]}, for IT's
 * schedules. A report prints one record per row of the breakdown and the total last (key empty):
 * {@code key, label} and per figure its value and its base. In the table a share is a percentage
 * (42.9 %); in CSV and JSON it is a fraction (0.428571), as computed. A figure with no data is
 * empty (JSON null). {@code --out} writes CSV or PDF through {@link ReportExports}: audited, with
 * the user's name in the file.
 */
@Component(service = CliCommand.class)
public class ReportCommand extends AreaCommand {

    private static final String RUN = "run";
    private static final String FROM = "--from";
    private static final String TO = "--to";
    private static final String BY = "--by";
    private static final String FILTER = "--filter";
    private static final String OUT = "--out";
    private static final String PDF = "pdf";

    @Reference
    private Reports reports;
    @Reference
    private ReportExports exports;
    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;

    /** For DS. */
    public ReportCommand() {
    }

    /** For tests. */
    public ReportCommand(Reports reports, ReportExports exports, Authenticator authenticator, CurrentUser current) {
        this.reports = reports;
        this.exports = exports;
        this.authenticator = authenticator;
        this.current = current;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return Messages.report_summary;
    }

    @Override
    public String usage() {
        return Messages.report_usage;
    }

    @Override
    public List<Verb> verbs() {
        CommandLineSession session = new CommandLineSession(authenticator, current);
        return List.of(Verb.named("list").usage(Messages.report_usage).records(Format.TABLE).action(session.signedIn(this::list)).build(),
                Verb.named(RUN).usage(Messages.report_usage).parameter("NAME").option(FROM).option(TO).option(BY).repeatable(FILTER).option(OUT)
                        .records(Format.TABLE).documents(PDF).action((context, arguments) -> {
                            // a wrong call is refused before signing in
                            Request request = request(arguments);
                            return session.signedIn((c, a) -> run(c, a, request)).run(context, arguments);
                        }).build());
    }

    /** {@code report NAME ...} is {@code report run NAME ...}: a measure's name is the word after the area. */
    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        if (!arguments.isEmpty() && !arguments.get(0).startsWith("-") && verb(arguments.get(0)).isEmpty()) {
            List<String> named = new ArrayList<>(arguments.size() + 1);
            named.add(RUN);
            named.addAll(arguments);
            return super.run(context, named);
        }
        return super.run(context, arguments);
    }

    /** A parsed report call. */
    private record Request(String name, ReportQuery query, Optional<Path> out) {
    }

    private static Request request(Arguments arguments) throws UsageException {
        LocalDate from = date(arguments, FROM);
        LocalDate to = date(arguments, TO);
        if (to.isBefore(from)) {
            throw new UsageException(NLS.bind(Messages.report_period_backwards, to, from));
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (String filter : arguments.values(FILTER)) {
            int equals = filter.indexOf('=');
            if (equals <= 0) {
                throw new UsageException(NLS.bind(Messages.report_bad_filter, filter));
            }
            if (filters.put(filter.substring(0, equals), filter.substring(equals + 1)) != null) {
                throw new UsageException(NLS.bind(Messages.report_filter_twice, filter.substring(0, equals)));
            }
        }
        Optional<Path> out = arguments.value(OUT).map(Path::of);
        boolean pdf = arguments.document().isPresent();
        if (pdf && out.isEmpty()) {
            throw new UsageException(Messages.report_pdf_needs_out);
        }
        if (out.isPresent() && !pdf && arguments.format() != Format.CSV) {
            throw new UsageException(Messages.report_out_csv_or_pdf);
        }
        return new Request(arguments.parameter(0), new ReportQuery(new ReportPeriod(from, to), arguments.value(BY).orElse(null), filters), out);
    }

    private static LocalDate date(Arguments arguments, String option) throws UsageException {
        String text = arguments.value(option).orElseThrow(() -> new UsageException(NLS.bind(Messages.report_missing_option, option)));
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(NLS.bind(Messages.report_bad_date, option, text));
        }
    }

    private int list(CliContext context, Arguments arguments) {
        try (RecordPrinter records = new RecordPrinter(context.out(), arguments.format(), "name", "title", "dimensions", "definition")) {
            for (ReportProvider measure : reports.available()) {
                records.print(measure.name(), measure.title(), String.join(",", new TreeSet<>(measure.dimensions())), measure.definition());
            }
        }
        return OK;
    }

    private int run(CliContext context, Arguments arguments, Request request) throws CliException {
        ReportResult result;
        ReportProvider measure;
        try {
            result = reports.run(request.name(), request.query(), ReportProgress.NONE);
            measure = reports.find(request.name()).orElseThrow();
            if (request.out().isPresent()) {
                if (arguments.document().isPresent()) {
                    exports.pdf(measure, result, request.out().get());
                } else {
                    exports.csv(measure, result, request.out().get());
                }
                context.out().println(NLS.bind(Messages.report_written, request.out().get().toAbsolutePath()));
                return OK;
            }
        } catch (ReportException e) {
            throw new CliException(e.getMessage(), FAILED, e);
        }
        print(context, arguments.format(), measure, result);
        return OK;
    }

    private static void print(CliContext context, Format format, ReportProvider measure, ReportResult result) {
        List<String> names = new ArrayList<>(List.of("key", "label"));
        for (FigureColumn column : result.columns()) {
            names.add(column.key());
            names.add(column.key() + "_base");
        }
        if (format == Format.TABLE) {
            context.out().println(heading(measure, result));
        }
        try (RecordPrinter records = new RecordPrinter(context.out(), format, names.toArray(String[]::new))) {
            for (ReportRow row : result.rows()) {
                records.print(values(format, result, row));
            }
            records.print(values(format, result, result.total()));
        }
    }

    /** The title, period and filters over the table. */
    static String heading(ReportProvider measure, ReportResult result) {
        StringBuilder heading = new StringBuilder(measure.title()).append(", ").append(result.query().period());
        result.query().filters().forEach((dimension, value) -> heading.append(", ").append(dimension).append('=').append(value));
        return heading.toString();
    }

    private static Object[] values(Format format, ReportResult result, ReportRow row) {
        List<Object> values = new ArrayList<>(List.of(row.key() == null ? "" : row.key(), row.label()));
        if (format == Format.JSON) {
            values.set(0, row.key());
        }
        for (int i = 0; i < result.columns().size(); i++) {
            Figure figure = row.figures().get(i);
            values.add(format == Format.TABLE ? FigureText.forPeople(figure, result.columns().get(i).unit()) : FigureText.forMachines(figure));
            values.add(figure.base());
        }
        return values.toArray();
    }
}
