package org.rapport.customers.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.cli.api.AreaCommand;
import org.rapport.cli.api.Arguments;
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.cli.api.Verb;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerImport.Result;
import org.rapport.customers.api.ImportException;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.ImportKind;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CommandLineSession;
import org.rapport.security.api.CurrentUser;
import org.rapport.transfer.api.Delimiter;

/**
 * Imports of the customers area: {@code rapport-ctl customers import FILE [options]} and
 * {@code customers import-purchases FILE [options]}, and as this command the published aliases
 * {@code rapport-ctl import customers|purchases FILE [--mapping FILE] [--ignore COLUMNS]
 * [--rejects FILE] [--duplicates FILE] [--warnings FILE] [--resume ID] [--encoding NAME] [--delimiter ,|;|tab] [--create-customers] [--no-points] [--batch-size N]}.
 * Prints the import id first, then one {@code label: value} line each for rows imported, rows
 * rejected, duplicates, warnings and the report files. Exit 0 when every row was imported, 1 when a row was
 * rejected or the import failed, 2 for a wrong call.
 */
@Component(service = CliCommand.class)
public class ImportCommand extends AreaCommand {

    private static final String MAPPING = "--mapping";
    private static final String IGNORE = "--ignore";
    private static final String REJECTS = "--rejects";
    private static final String DUPLICATES = "--duplicates";
    private static final String WARNINGS = "--warnings";
    private static final String RESUME = "--resume";
    private static final String CREATE_CUSTOMERS = "--create-customers";
    private static final String BATCH_SIZE = "--batch-size";
    private static final String NO_POINTS = "--no-points";
    private static final String ENCODING = "--encoding";
    private static final String DELIMITER = "--delimiter";

    @Reference
    private CustomerImport importer;
    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;

    /** For DS. */
    public ImportCommand() {
    }

    /** For tests, and for the customers area, which offers the same verbs. */
    public ImportCommand(CustomerImport importer, Authenticator authenticator, CurrentUser current) {
        this.importer = importer;
        this.authenticator = authenticator;
        this.current = current;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return Messages.import_summary;
    }

    @Override
    public String usage() {
        return Messages.import_usage;
    }

    /** The published alias grammar: {@code import customers|purchases FILE ...}. */
    @Override
    public List<Verb> verbs() {
        return List.of(verb(ImportKind.CUSTOMERS, "customers"), verb(ImportKind.PURCHASES, "purchases"));
    }

    /** The import of one kind as a verb of this name; {@code customers import} and {@code import customers} are the same verb. */
    Verb verb(ImportKind kind, String verbName) {
        Verb.Builder verb = Verb.named(verbName).usage(Messages.import_usage).parameter("FILE").option(MAPPING).repeatable(IGNORE).option(REJECTS)
                .option(DUPLICATES).option(WARNINGS).option(RESUME).option(BATCH_SIZE).option(ENCODING).option(DELIMITER);
        if (kind == ImportKind.PURCHASES) {
            verb.flag(CREATE_CUSTOMERS).flag(NO_POINTS);
        }
        String what = kind == ImportKind.CUSTOMERS ? "customers" : "purchases";
        return verb.action((context, arguments) -> {
            // the files are checked before signing in, so a wrong path costs no sign-in attempt
            Path file = Path.of(arguments.parameter(0));
            Options options = options(arguments);
            if (!Files.isRegularFile(file)) {
                throw new CliException(NLS.bind(Messages.import_no_file, file), FAILED);
            }
            return new CommandLineSession(authenticator, current).signedIn((c, a) -> run(c, kind, what, file, options)).run(context, arguments);
        }).build();
    }

    private int run(CliContext context, ImportKind kind, String what, Path file, Options options) throws CliException {
        boolean[] started = { false };
        try {
            Progress progress = new Progress() {
                @Override
                public void started(String id) {
                    started[0] = true;
                    context.out().println("import: " + id);
                    context.out().flush();
                    context.err().println(NLS.bind(Messages.import_started, new Object[] { id, file, what }));
                }

                @Override
                public void rows(long rows) {
                    context.err().println(NLS.bind(Messages.cli_progress_rows, what, rows));
                }
            };
            Result result = importer.importFile(kind, file, options, progress);
            if (result.importId() == null) {
                context.out().println("import: -");
                context.err().println(NLS.bind(Messages.import_refused_file, result.rejectsFile()));
            }
            context.out().println("imported: " + result.imported());
            context.out().println("rejected: " + result.rejected());
            context.out().println("duplicates: " + result.duplicates());
            context.out().println("warnings: " + result.warnings());
            context.out().println("rejects file: " + result.rejectsFile());
            context.out().println("duplicates file: " + result.duplicatesFile());
            context.out().println("warnings file: " + result.warningsFile());
            context.err().println(NLS.bind(Messages.import_done, new Object[] { result.importId() == null ? "-" : result.importId(), result.imported(),
                    result.rejected(), result.duplicates(), result.warnings() }));
            return result.rejected() == 0 && !result.cancelled() ? OK : FAILED;
        } catch (ImportException e) {
            if (!started[0]) {
                // refused whole before any work (its header, an unfinished import of it): scripts read the id line first
                context.out().println("import: -");
            }
            throw new CliException(e.getMessage(), FAILED, e);
        } catch (UncheckedIOException e) {
            throw new CliException(NLS.bind(Messages.cli_io_error, e.getCause().getMessage()), FAILED, e);
        }
    }

    private static Options options(Arguments arguments) throws CliException {
        Options options = Options.defaults().withBatchSize(arguments.number(BATCH_SIZE, 1, Options.defaults().batchSize()));
        if (arguments.has(MAPPING)) {
            options = options.withMapping(mapping(Path.of(arguments.value(MAPPING).orElseThrow())));
        }
        for (String list : arguments.values(IGNORE)) {
            options = options.withIgnored(ignored(options, list));
        }
        if (arguments.has(REJECTS)) {
            options = options.withRejects(Path.of(arguments.value(REJECTS).orElseThrow()));
        }
        if (arguments.has(DUPLICATES)) {
            options = options.withDuplicates(Path.of(arguments.value(DUPLICATES).orElseThrow()));
        }
        if (arguments.has(WARNINGS)) {
            options = options.withWarnings(Path.of(arguments.value(WARNINGS).orElseThrow()));
        }
        if (arguments.has(RESUME)) {
            options = options.withResume(arguments.value(RESUME).orElseThrow());
        }
        if (arguments.has(ENCODING)) {
            options = options.withEncoding(arguments.encoding(ENCODING, options.encoding()));
        }
        options = options.withDelimiter(Delimiter.of(arguments.separator(DELIMITER)));
        options = options.withoutPoints(arguments.has(NO_POINTS));
        return arguments.has(CREATE_CUSTOMERS) ? options.withCreateCustomers(true) : options;
    }

    /** A mapping file: properties {@code ourColumn=theirHeader}, UTF-8. */
    private static Map<String, String> mapping(Path file) throws CliException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(NLS.bind(Messages.cli_io_error, file + ": " + e.getMessage()), FAILED, e);
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> mapping.put(key.strip(), properties.getProperty(key).strip()));
        return mapping;
    }

    /** The columns of {@code --ignore a,b} added to those of an earlier {@code --ignore}. */
    private static Set<String> ignored(Options options, String list) {
        Set<String> ignored = new LinkedHashSet<>(options.ignored());
        for (String header : list.split(",")) {
            if (!header.isBlank()) {
                ignored.add(header.strip());
            }
        }
        return ignored;
    }
}
