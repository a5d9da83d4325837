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
import org.rapport.cli.api.CliCommand;
import org.rapport.cli.api.CliContext;
import org.rapport.cli.api.CliException;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.CustomerImport.Options;
import org.rapport.customers.api.CustomerImport.Result;
import org.rapport.customers.api.ImportException;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.ImportKind;
import org.rapport.persistence.api.StoreException;
import org.rapport.security.api.AccessDeniedException;
import org.rapport.security.api.Authenticator;
import org.rapport.security.api.CurrentUser;

/**
 * {@code rapport-ctl import customers|purchases FILE [--mapping FILE] [--rejects FILE]
 * [--duplicates FILE] [--resume ID] [--create-customers] [--batch-size N]}. Prints the import id
 * first, then one {@code label: value} line each for the import id, rows imported, rows rejected,
 * duplicates and the report files. Exit 0 when every row was imported, 1 when a row was rejected or
 * the import failed, 2 for a wrong call.
 */
@Component(service = CliCommand.class)
public class ImportCommand implements CliCommand {

    @Reference
    private CustomerImport importer;
    @Reference
    private Authenticator authenticator;
    @Reference
    private CurrentUser current;

    /** For DS. */
    public ImportCommand() {
    }

    /** For tests. */
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

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        if (arguments.size() < 2) {
            context.err().println(usage());
            return USAGE;
        }
        ImportKind kind = switch (arguments.get(0)) {
        case "customers" -> ImportKind.CUSTOMERS;
        case "purchases" -> ImportKind.PURCHASES;
        default -> null;
        };
        Path file = null;
        Options options = Options.defaults();
        for (int i = 1; i < arguments.size(); i++) {
            String word = arguments.get(i);
            boolean hasValue = i + 1 < arguments.size();
            switch (word) {
            case "--mapping" -> options = hasValue ? options.withMapping(mapping(Path.of(arguments.get(++i)))) : null;
            case "--ignore" -> options = hasValue ? options.withIgnored(ignored(options, arguments.get(++i))) : null;
            case "--rejects" -> options = hasValue ? options.withRejects(Path.of(arguments.get(++i))) : null;
            case "--duplicates" -> options = hasValue && kind == ImportKind.CUSTOMERS ? options.withDuplicates(Path.of(arguments.get(++i))) : null;
            case "--resume" -> options = hasValue ? options.withResume(arguments.get(++i)) : null;
            case "--create-customers" -> options = kind == ImportKind.PURCHASES ? options.withCreateCustomers(true) : null;
            case "--batch-size" -> {
                Integer size = hasValue ? CliSupport.positive(arguments.get(++i)) : null;
                options = size == null ? null : options.withBatchSize(size);
            }
            default -> {
                if (word.startsWith("-") || file != null) {
                    options = null;
                } else {
                    file = Path.of(word);
                }
            }
            }
            if (options == null) {
                break;
            }
        }
        if (kind == null || file == null || options == null) {
            context.err().println(usage());
            return USAGE;
        }
        if (!Files.isRegularFile(file)) {
            throw new CliException(NLS.bind(Messages.import_no_file, file), FAILED);
        }
        Path input = file;
        try {
            CliSupport.signIn(context, authenticator);
            Progress progress = new Progress() {
                @Override
                public void started(String id) {
                    context.out().println("import: " + id);
                    context.out().flush();
                    context.err().println(NLS.bind(Messages.import_started, new Object[] { id, input, arguments.get(0) }));
                }

                @Override
                public void rows(long rows) {
                    context.err().println(NLS.bind(Messages.cli_progress_rows, arguments.get(0), rows));
                }
            };
            Result result = importer.importFile(kind, file, options, progress);
            if (result.importId() == null) {
                context.out().println("import: -");
                context.err().println(NLS.bind(Messages.import_refused_file, result.rejectsFile()));
            }
            context.out().println("imported: " + result.imported());
            context.out().println("rejected: " + result.rejected());
            if (kind == ImportKind.CUSTOMERS) {
                context.out().println("duplicates: " + result.duplicates());
            }
            context.out().println("rejects file: " + result.rejectsFile());
            if (result.duplicatesFile() != null) {
                context.out().println("duplicates file: " + result.duplicatesFile());
            }
            context.err().println(NLS.bind(Messages.import_done, new Object[] { result.importId() == null ? "-" : result.importId(), result.imported(),
                    result.rejected(), result.duplicates() }));
            return result.rejected() == 0 && !result.cancelled() ? OK : FAILED;
        } catch (ImportException | AccessDeniedException | StoreException e) {
            throw new CliException(e.getMessage(), FAILED, e);
        } catch (UncheckedIOException e) {
            throw new CliException(NLS.bind(Messages.cli_io_error, e.getCause().getMessage()), FAILED, e);
        } finally {
            current.signOut();
        }
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
