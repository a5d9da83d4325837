package org.rapport.customers.internal;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.rapport.core.api.ClockService;
import org.rapport.customers.api.Channels;
import org.rapport.customers.api.Contacts;
import org.rapport.customers.api.CustomerImport;
import org.rapport.customers.api.ImportException;
import org.rapport.customers.api.Progress;
import org.rapport.customers.model.Customer;
import org.rapport.customers.model.CustomerStatus;
import org.rapport.customers.model.CustomersFactory;
import org.rapport.customers.model.CustomersPackage;
import org.rapport.customers.model.EmailAddress;
import org.rapport.customers.model.ImportKind;
import org.rapport.customers.model.ImportRun;
import org.rapport.customers.model.ImportStatus;
import org.rapport.customers.model.Phone;
import org.rapport.customers.model.Purchase;
import org.rapport.customers.model.PurchaseKind;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;

/**
 * {@link CustomerImport} over the store. A first pass reads the whole file: its SHA-256, whether it
 * is UTF-8 and whether its quoting is sound (a file that fails either is refused whole, with the
 * line, in the rejects file). The second pass validates the rows and commits them in batches, each
 * in one unit of work that also moves the {@link ImportRun}'s last committed line.
 */
@Component(service = CustomerImport.class)
public class CustomerImportService implements CustomerImport {

    /** RFC 4180, lines starting with {@code #} are comments (an export's watermark), empty lines kept to skip them ourselves. */
    static final CSVFormat INPUT = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(false).get();
    /** The rejects and duplicates reports. */
    static final CSVFormat REPORT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
    static final List<String> REJECTS_HEADER = List.of("line", "field", "value", "reason");
    static final List<String> DUPLICATES_HEADER = List.of("line", "ref", "matching_ref", "matched_on");

    private static final CustomersFactory F = CustomersFactory.eINSTANCE;
    private static final CustomersPackage P = CustomersPackage.eINSTANCE;
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^([0-9]{4}-[0-9]{2}-[0-9]{2}) +([0-9]{2}:[0-9]{2})");
    private static final Set<String> SALE_WORDS = Set.of("sale", "purchase", "order", "buy", "sold");
    private static final Set<String> RETURN_WORDS = Set.of("return", "refund", "cancellation", "cancelled", "canceled", "cancel", "credit");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000"); // DECIMAL(14,2)
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Reference
    private Store store;
    @Reference
    private CurrentUser currentUser;
    @Reference
    private ClockService clock;
    @Reference
    private Channels channels;

    /** For DS. */
    public CustomerImportService() {
    }

    /** For tests and benchmarks: with the channels of the store. */
    public CustomerImportService(Store store, CurrentUser currentUser, ClockService clock) {
        this(store, currentUser, clock, new ChannelsService(store, currentUser, clock));
    }

    /** For tests. */
    public CustomerImportService(Store store, CurrentUser currentUser, ClockService clock, Channels channels) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
        this.channels = channels;
    }

    /** One problem of one row: a line of the rejects file. */
    record Problem(long line, String field, String value, String reason) {
    }

    /** One match of a new customer with another: a line of the duplicates report. */
    record Duplicate(long line, String reference, String matching, String matchedOn) {
    }

    /** What the first pass learnt. */
    private record Scan(String sha256, long size, List<String> header, Problem fileProblem) {
    }

    /** Where each of our columns is in the file. */
    private record Columns(Map<String, Integer> index, int count) {

        String get(CSVRecord record, String column) {
            Integer at = index.get(column);
            return at == null ? "" : record.get(at);
        }

        boolean has(String column) {
            return index.containsKey(column);
        }
    }

    /** A contact value as it is stored: valid or kept and marked invalid. */
    private record Contact(String value, boolean valid) {
    }

    private record CustomerRow(long line, String reference, String name, Contact email, Contact phone, LocalDate birthday, String region,
            String channel, List<String> tags, String accountManager) {
    }

    private record PurchaseRow(long line, String reference, Instant at, BigDecimal amount, int quantity, String product, String channel, PurchaseKind kind,
            String orderRef, String orderLine) {
    }

    /** What makes two purchase records of a customer the same record of the selling system. */
    private record OrderKey(String customer, String orderRef, PurchaseKind kind, String orderLine) {
    }

    /** The state of one run while it goes. */
    private final class Run {
        final ImportKind kind;
        final String id;
        final Columns columns;
        final SessionUser user;
        final boolean createCustomers;
        final CSVPrinter rejects;
        final CSVPrinter duplicates;
        final CSVPrinter warnings;
        /** Each spelling of a channel (Channels.spelling) to its code, the mapping file's included. */
        final Map<String, String> channelCodes;
        long duplicateCount;
        long warningCount;

        Run(ImportKind kind, String id, Columns columns, SessionUser user, boolean createCustomers, Reports reports, Map<String, String> channelCodes) {
            this.kind = kind;
            this.id = id;
            this.columns = columns;
            this.user = user;
            this.createCustomers = createCustomers;
            this.rejects = reports.rejects().printer();
            this.duplicates = reports.duplicates().printer();
            this.warnings = reports.warnings().printer();
            this.channelCodes = channelCodes;
        }
    }

    @Override
    public Result importFile(ImportKind kind, Path file, Options options, Progress progress) {
        SessionUser user = currentUser.require();
        Path input = file.toAbsolutePath().normalize();
        Path rejectsFile = options.rejects() != null ? options.rejects() : sibling(input, ".rejects.csv");
        Path duplicatesFile = options.duplicates() != null ? options.duplicates() : sibling(input, ".duplicates.csv");
        Path warningsFile = options.warnings() != null ? options.warnings() : sibling(input, ".warnings.csv");
        Scan scan = scan(input);
        if (scan.fileProblem() != null) {
            writeReport(rejectsFile, REJECTS_HEADER, List.of(row(scan.fileProblem())));
            writeReport(duplicatesFile, DUPLICATES_HEADER, List.of());
            writeReport(warningsFile, REJECTS_HEADER, List.of());
            return new Result(null, 0, 1, 0, rejectsFile, duplicatesFile, false, 0, warningsFile);
        }
        Columns columns = columns(kind, scan.header(), options.mapping(), options.ignored());
        Map<String, String> channelCodes = channelCodes(options.mapping());
        ImportRun run = options.resumeId() == null ? newRun(kind, input, scan, user) : resumeRun(kind, input, scan, options.resumeId());
        String id = run.getImportId();
        long skipUpTo = run.getLastCommittedLine();
        progress.started(id);
        boolean cancelled = false;
        try (Report rejects = openReport(rejectsFile, REJECTS_HEADER, skipUpTo);
                Report duplicates = openReport(duplicatesFile, DUPLICATES_HEADER, skipUpTo);
                Report warnings = openReport(warningsFile, REJECTS_HEADER, skipUpTo);
                Utf8Reader reader = new Utf8Reader(new BufferedInputStream(Files.newInputStream(input), 64 * 1024));
                CSVParser parser = INPUT.parse(reader)) {
            Run state = new Run(kind, id, columns, user, options.createCustomers(), new Reports(rejects, duplicates, warnings), channelCodes);
            Iterator<CSVRecord> records = parser.iterator();
            records.next(); // the header, checked by the scan
            Map<Long, CSVRecord> batch = new LinkedHashMap<>();
            long rows = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = reader.lineAt(record.getCharacterPosition());
                if (line <= skipUpTo || blank(record)) {
                    continue;
                }
                if (++rows % Progress.EVERY == 0) {
                    progress.rows(rows);
                }
                batch.put(line, record);
                if (batch.size() >= options.batchSize()) {
                    commit(state, batch, false);
                    batch.clear();
                    if (progress.isCancelled()) {
                        cancelled = true;
                        break;
                    }
                }
            }
            if (!cancelled) {
                commit(state, batch, true);
            }
            if (cancelled) {
                finish(id, ImportStatus.FAILED);
            }
            ImportRun done = run(id);
            return new Result(id, done.getRowsImported(), done.getRowsRejected(), state.duplicateCount + duplicates.kept(), rejectsFile, duplicatesFile,
                    cancelled, state.warningCount + warnings.kept(), warningsFile);
        } catch (IOException e) {
            finishQuietly(id);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            finishQuietly(id);
            throw e;
        }
    }

    private static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    // ---- the first pass

    private static Scan scan(Path input) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<String> header = null;
        long nextLine = 1;
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(input), 64 * 1024), digest);
                Utf8Reader reader = new Utf8Reader(in); CSVParser parser = INPUT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (header == null && !blank(record)) {
                        header = record.toList();
                    }
                    nextLine = parser.getCurrentLineNumber() + 1;
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof Utf8Reader.NotUtf8Exception notUtf8) {
                    return new Scan(null, 0, header, new Problem(notUtf8.line, "", "", Messages.import_reason_not_utf8));
                }
                return new Scan(null, 0, header, new Problem(nextLine, "", "", Messages.import_reason_broken_quotes));
            } catch (IllegalStateException e) {
                // Commons CSV reports a quoting problem this way in some versions
                return new Scan(null, 0, header, new Problem(nextLine, "", "", Messages.import_reason_broken_quotes));
            }
            // the rest of the file, which the parser may not have read after its last record
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (Utf8Reader.NotUtf8Exception e) {
            return new Scan(null, 0, header, new Problem(e.line, "", "", Messages.import_reason_not_utf8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw new ImportException(NLS.bind(Messages.import_empty_file, input));
        }
        try {
            return new Scan(HexFormat.of().formatHex(digest.digest()), Files.size(input), header, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file's header matched against our columns and the mapping; skips the ignored columns,
     * refuses other unknown, repeated and missing columns.
     */
    static Columns columns(ImportKind kind, List<String> header, Map<String, String> mapping, Set<String> ignored) {
        List<String> ours = new ArrayList<>(kind == ImportKind.CUSTOMERS ? CUSTOMER_COLUMNS : PURCHASE_COLUMNS);
        ours.addAll(kind == ImportKind.CUSTOMERS ? CUSTOMER_EXTRA_COLUMNS : PURCHASE_EXTRA_COLUMNS);
        List<String> required = kind == ImportKind.CUSTOMERS ? List.of("ref", "name") : List.of("customer_ref", "date", "amount");
        List<String> badKeys = mapping.keySet().stream().filter(key -> !ours.contains(key) && !key.startsWith(CHANNEL_MAPPING_PREFIX)).sorted().toList();
        if (!badKeys.isEmpty()) {
            throw new ImportException(NLS.bind(Messages.import_unknown_mapping, String.join(", ", badKeys), String.join(", ", ours)));
        }
        Map<String, String> theirToOurs = new HashMap<>();
        for (String our : ours) {
            theirToOurs.put(mapping.getOrDefault(our, our).strip().toLowerCase(Locale.ROOT), our);
        }
        Set<String> skipped = ignored.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Integer> index = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String our = theirToOurs.get(name.toLowerCase(Locale.ROOT));
            if (our == null && skipped.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (our == null) {
                unknown.add(name);
            } else if (index.putIfAbsent(our, i) != null) {
                throw new ImportException(NLS.bind(Messages.import_repeated_column, name));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ImportException(NLS.bind(Messages.import_unknown_columns, String.join(", ", unknown), String.join(", ", ours)));
        }
        List<String> missing = required.stream().filter(column -> !index.containsKey(column)).map(column -> mapping.getOrDefault(column, column))
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportException(NLS.bind(Messages.import_missing_columns, String.join(", ", missing)));
        }
        return new Columns(index, header.size());
    }

    /** The channels' spellings, then the mapping file's {@code channel.VALUE=CODE} lines over them. */
    private Map<String, String> channelCodes(Map<String, String> mapping) {
        Map<String, String> codes = new HashMap<>(channels.resolver());
        Set<String> known = Set.copyOf(codes.values());
        mapping.forEach((key, code) -> {
            if (key.startsWith(CHANNEL_MAPPING_PREFIX)) {
                if (!known.contains(code.strip())) {
                    throw new ImportException(NLS.bind(Messages.import_bad_channel_mapping, new Object[] { key.substring(CHANNEL_MAPPING_PREFIX.length()), code,
                            String.join(", ", known.stream().sorted().toList()) }));
                }
                codes.put(Channels.spelling(key.substring(CHANNEL_MAPPING_PREFIX.length())), code.strip());
            }
        });
        return codes;
    }

    // ---- runs

    private ImportRun newRun(ImportKind kind, Path input, Scan scan, SessionUser user) {
        try (UnitOfWork work = store.begin()) {
            List<ImportRun> same = work.query("SELECT r FROM ImportRun r WHERE r.sha256 = ?1", scan.sha256());
            for (ImportRun earlier : same) {
                if (earlier.getKind() == kind && earlier.getStatus() != ImportStatus.DONE) {
                    throw new ImportException(NLS.bind(Messages.import_unfinished, new Object[] { earlier.getImportId(), earlier.getStatus(),
                            earlier.getLastCommittedLine() }));
                }
            }
            Instant now = clock.now();
            ImportRun run = F.createImportRun();
            run.setImportId("imp-" + ID_TIME.format(now) + "-" + HexFormat.of().formatHex(RANDOM.generateSeed(3)));
            run.setKind(kind);
            run.setFileName(input.toString());
            run.setFileSize(scan.size());
            run.setSha256(scan.sha256());
            run.setStartedBy(user.login());
            run.setStartedAt(now);
            run.setLastCommittedLine(1);
            run.setStatus(ImportStatus.RUNNING);
            work.add(run);
            work.commit();
            return run;
        }
    }

    private ImportRun resumeRun(ImportKind kind, Path input, Scan scan, String id) {
        try (UnitOfWork work = store.begin()) {
            List<ImportRun> found = work.query("SELECT r FROM ImportRun r WHERE r.importId = ?1", id);
            if (found.isEmpty()) {
                throw new ImportException(NLS.bind(Messages.import_no_such_run, id));
            }
            ImportRun run = found.get(0);
            if (run.getKind() != kind || !scan.sha256().equals(run.getSha256())) {
                throw new ImportException(NLS.bind(Messages.import_resume_other_file, new Object[] { id, run.getFileName(), input }));
            }
            if (run.getStatus() == ImportStatus.DONE) {
                throw new ImportException(NLS.bind(Messages.import_resume_done, id));
            }
            run.setStatus(ImportStatus.RUNNING);
            run.setFinishedAt(null);
            work.commit();
            return run;
        }
    }

    private ImportRun run(String id) {
        try (UnitOfWork work = store.begin()) {
            List<ImportRun> found = work.query("SELECT r FROM ImportRun r WHERE r.importId = ?1", id);
            return found.get(0);
        }
    }

    private void finish(String id, ImportStatus status) {
        try (UnitOfWork work = store.begin()) {
            List<ImportRun> found = work.query("SELECT r FROM ImportRun r WHERE r.importId = ?1", id);
            ImportRun run = found.get(0);
            run.setStatus(status);
            run.setFinishedAt(clock.now());
            work.commit();
        }
    }

    private void finishQuietly(String id) {
        try {
            finish(id, ImportStatus.FAILED);
        } catch (RuntimeException e) {
            // the run stays RUNNING, which a resume accepts as well
        }
    }

    // ---- batches

    /** Validates, checks against the database and stores one batch with the run's progress, in one transaction. */
    private void commit(Run run, Map<Long, CSVRecord> batch, boolean last) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<Duplicate> duplicates = new ArrayList<>();
        long imported = 0;
        try (UnitOfWork work = store.begin()) {
            if (run.kind == ImportKind.CUSTOMERS) {
                List<CustomerRow> rows = new ArrayList<>();
                for (Map.Entry<Long, CSVRecord> entry : batch.entrySet()) {
                    CustomerRow row = customerRow(run, entry.getKey(), entry.getValue(), problems, warnings);
                    if (row != null) {
                        rows.add(row);
                    }
                }
                imported = storeCustomers(work, run, rows, problems, duplicates);
            } else {
                List<PurchaseRow> rows = new ArrayList<>();
                for (Map.Entry<Long, CSVRecord> entry : batch.entrySet()) {
                    PurchaseRow row = purchaseRow(run, entry.getKey(), entry.getValue(), problems, warnings);
                    if (row != null) {
                        rows.add(row);
                    }
                }
                imported = storePurchases(work, run, rows, problems, warnings, duplicates);
            }
            Set<Long> rejectedLines = problems.stream().map(Problem::line).collect(Collectors.toSet());
            // a rejected row is not stored: what would have been kept of it is not
            warnings.removeIf(warning -> rejectedLines.contains(warning.line()));
            long rejected = rejectedLines.size();
            List<ImportRun> found = work.query("SELECT r FROM ImportRun r WHERE r.importId = ?1", run.id);
            ImportRun stored = found.get(0);
            if (!batch.isEmpty()) {
                stored.setLastCommittedLine(batch.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
            }
            stored.setRowsImported(stored.getRowsImported() + imported);
            stored.setRowsRejected(stored.getRowsRejected() + rejected);
            if (last) {
                stored.setStatus(ImportStatus.DONE);
                stored.setFinishedAt(clock.now());
            }
            // the reports first: lines after the last committed one are dropped again by a resume
            problems.sort(Comparator.comparingLong(Problem::line));
            for (Problem problem : problems) {
                run.rejects.printRecord(row(problem));
            }
            run.rejects.flush();
            for (Duplicate duplicate : duplicates) {
                run.duplicates.printRecord(duplicate.line(), duplicate.reference(), duplicate.matching(), duplicate.matchedOn());
            }
            run.duplicates.flush();
            warnings.sort(Comparator.comparingLong(Problem::line));
            for (Problem warning : warnings) {
                run.warnings.printRecord(row(warning));
            }
            run.warnings.flush();
            work.commit();
            run.duplicateCount += duplicates.size();
            run.warningCount += warnings.size();
        }
    }

    private static List<String> row(Problem problem) {
        return List.of(Long.toString(problem.line()), problem.field(), problem.value(), problem.reason());
    }

    private CustomerRow customerRow(Run run, long line, CSVRecord record, List<Problem> problems, List<Problem> warnings) {
        if (wrongColumnCount(run, line, record, problems)) {
            return null;
        }
        int before = problems.size();
        Columns c = run.columns;
        String reference = text(line, "ref", c.get(record, "ref"), 32, true, problems);
        String name = text(line, "name", c.get(record, "name"), 255, true, problems);
        String rawEmail = c.get(record, "email");
        String email = Contacts.normaliseEmail(rawEmail);
        Contact emailKept = email == null ? null
                : Contacts.isValidEmail(email) ? new Contact(email, true) : flawed(line, "email", rawEmail, email, 254, Messages.import_warning_email, warnings);
        String rawPhone = c.get(record, "phone");
        String phone = Contacts.normalisePhone(rawPhone);
        Contact phoneKept = phone == null ? null
                : Contacts.isValidPhone(phone) ? new Contact(phone, true) : flawed(line, "phone", rawPhone, rawPhone.strip(), 32, Messages.import_warning_phone, warnings);
        LocalDate birthday = null;
        String rawBirthday = c.get(record, "birthday");
        if (!rawBirthday.isBlank()) {
            try {
                birthday = LocalDate.parse(rawBirthday.strip());
                if (birthday.isAfter(clock.today())) {
                    warnings.add(new Problem(line, "birthday", rawBirthday, Messages.import_warning_future));
                }
            } catch (DateTimeParseException e) {
                problems.add(new Problem(line, "birthday", rawBirthday, Messages.import_reason_date));
            }
        }
        String region = text(line, "region", c.get(record, "region"), 64, false, problems);
        String channel = channel(run, line, c.get(record, "channel"), warnings);
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : c.get(record, "tags").split(";")) {
            String t = tag.strip();
            if (t.length() > 64) {
                problems.add(new Problem(line, "tags", t, NLS.bind(Messages.import_reason_too_long, 64)));
            } else if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        String manager = text(line, "account_manager", c.get(record, "account_manager"), 64, false, problems);
        if (problems.size() > before) {
            return null;
        }
        return new CustomerRow(line, reference, name, emailKept, phoneKept, birthday, region, channel, List.copyOf(tags),
                manager == null ? run.user.login() : manager);
    }

    /** Whether the record has another number of values than the header; if so, that is its problem. */
    private static boolean wrongColumnCount(Run run, long line, CSVRecord record, List<Problem> problems) {
        if (record.size() == run.columns.count()) {
            return false;
        }
        problems.add(new Problem(line, "", "", NLS.bind(Messages.import_reason_column_count, run.columns.count(), record.size())));
        return true;
    }

    /** A trimmed text, null when blank; a problem when required and blank or longer than max. */
    private static String text(long line, String field, String raw, int max, boolean required, List<Problem> problems) {
        String value = raw.strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(new Problem(line, field, raw, Messages.import_reason_required));
            }
            return null;
        }
        if (value.length() > max) {
            problems.add(new Problem(line, field, raw, NLS.bind(Messages.import_reason_too_long, max)));
        }
        return value;
    }

    /**
     * A contact value that fails its check, kept as it was written and marked invalid, so the
     * customer is not lost for it; left out only when it does not fit its column. Either way a warning.
     */
    private static Contact flawed(long line, String field, String raw, String kept, int max, String reason, List<Problem> warnings) {
        if (kept.length() > max) {
            warnings.add(new Problem(line, field, raw, NLS.bind(Messages.import_warning_too_long, max)));
            return null;
        }
        warnings.add(new Problem(line, field, raw, reason));
        return new Contact(kept, false);
    }

    /** A channel's code from any of its spellings; an unknown value is the other channel, with a warning. */
    private static String channel(Run run, long line, String raw, List<Problem> warnings) {
        if (raw.isBlank()) {
            return null;
        }
        String code = run.channelCodes.get(Channels.spelling(raw));
        if (code != null) {
            return code;
        }
        warnings.add(new Problem(line, "channel", raw,
                NLS.bind(Messages.import_warning_channel, String.join(", ", run.channelCodes.values().stream().distinct().sorted().toList()))));
        return Channels.OTHER;
    }

    private long storeCustomers(UnitOfWork work, Run run, List<CustomerRow> rows, List<Problem> problems, List<Duplicate> duplicates) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<String> references = rows.stream().map(CustomerRow::reference).distinct().toList();
        List<String> emails = rows.stream().map(CustomerRow::email).filter(e -> e != null).map(Contact::value).distinct().toList();
        List<String> phones = rows.stream().map(CustomerRow::phone).filter(p -> p != null).map(Contact::value).distinct().toList();
        Set<String> existing = new HashSet<>(UnitOfWorkLookups.<String> lookUp(work, "SELECT c.reference FROM Customer c WHERE c.reference IN ?1", references));
        Map<String, List<String>> emailOwners = owners(work, "SELECT e.address, c.reference FROM Customer c JOIN c.emails e WHERE e.address IN ?1 ORDER BY c.reference",
                emails);
        Map<String, List<String>> phoneOwners = owners(work, "SELECT p.number, c.reference FROM Customer c JOIN c.phones p WHERE p.number IN ?1 ORDER BY c.reference",
                phones);
        Instant now = clock.now();
        long imported = 0;
        for (CustomerRow row : rows) {
            if (existing.contains(row.reference())) {
                problems.add(new Problem(row.line(), "ref", row.reference(), Messages.import_reason_reference_exists));
                continue;
            }
            existing.add(row.reference());
            if (row.email() != null) {
                List<String> owners = emailOwners.computeIfAbsent(row.email().value(), k -> new ArrayList<>());
                owners.forEach(owner -> duplicates.add(new Duplicate(row.line(), row.reference(), owner, "email")));
                owners.add(row.reference());
            }
            if (row.phone() != null) {
                List<String> owners = phoneOwners.computeIfAbsent(row.phone().value(), k -> new ArrayList<>());
                owners.forEach(owner -> duplicates.add(new Duplicate(row.line(), row.reference(), owner, "phone")));
                owners.add(row.reference());
            }
            Customer customer = newCustomer(row.reference(), row.name(), row.accountManager(), now);
            if (row.email() != null) {
                EmailAddress email = F.createEmailAddress();
                email.setAddress(row.email().value());
                email.setValid(row.email().valid());
                customer.getEmails().add(email);
            }
            if (row.phone() != null) {
                Phone phone = F.createPhone();
                phone.setNumber(row.phone().value());
                phone.setValid(row.phone().valid());
                customer.getPhones().add(phone);
            }
            customer.setBirthday(row.birthday());
            customer.setRegion(row.region());
            if (row.channel() != null) {
                customer.setChannel(row.channel());
            }
            customer.getTags().addAll(row.tags());
            work.add(customer);
            imported++;
        }
        return imported;
    }

    private static Customer newCustomer(String reference, String name, String manager, Instant now) {
        Customer customer = F.createCustomer();
        customer.setReference(reference);
        customer.setName(name);
        customer.setAccountManager(manager);
        customer.setStatus(CustomerStatus.ACTIVE);
        customer.setCreatedAt(now);
        return customer;
    }

    /** Each value's owners (value, reference rows of the query), each owner once, by reference. */
    private static Map<String, List<String>> owners(UnitOfWork work, String jpql, List<String> values) {
        Map<String, List<String>> owners = new HashMap<>();
        for (Object[] found : UnitOfWorkLookups.<Object[]> lookUp(work, jpql, values)) {
            List<String> references = owners.computeIfAbsent((String) found[0], k -> new ArrayList<>());
            if (!references.contains(found[1])) {
                references.add((String) found[1]);
            }
        }
        return owners;
    }

    private PurchaseRow purchaseRow(Run run, long line, CSVRecord record, List<Problem> problems, List<Problem> warnings) {
        if (wrongColumnCount(run, line, record, problems)) {
            return null;
        }
        int before = problems.size();
        Columns c = run.columns;
        String reference = text(line, "customer_ref", c.get(record, "customer_ref"), 32, true, problems);
        String rawDate = c.get(record, "date");
        Instant at = null;
        if (rawDate.isBlank()) {
            problems.add(new Problem(line, "date", rawDate, Messages.import_reason_required));
        } else {
            at = instant(rawDate.strip());
            if (at == null) {
                problems.add(new Problem(line, "date", rawDate, Messages.import_reason_date_time));
            }
        }
        BigDecimal amount = amount(line, c.get(record, "amount"), problems);
        int quantity = 1;
        String rawQuantity = c.get(record, "quantity");
        if (!rawQuantity.isBlank()) {
            String q = rawQuantity.strip();
            if (!INTEGER.matcher(q).matches() || q.length() > 9) {
                problems.add(new Problem(line, "quantity", rawQuantity, Messages.import_reason_quantity));
            } else {
                quantity = Integer.parseInt(q);
            }
        }
        String rawKind = c.get(record, "kind");
        String kindWord = rawKind.strip().toLowerCase(Locale.ROOT);
        PurchaseKind kind = kindWord.isEmpty() ? null : RETURN_WORDS.contains(kindWord) ? PurchaseKind.RETURN : SALE_WORDS.contains(kindWord) ? PurchaseKind.SALE : null;
        if (!kindWord.isEmpty() && kind == null) {
            problems.add(new Problem(line, "kind", rawKind, Messages.import_reason_kind));
        }
        String product = text(line, "product", c.get(record, "product"), 255, false, problems);
        String orderRef = text(line, "order_ref", c.get(record, "order_ref"), 64, false, problems);
        String orderLine = text(line, "line", c.get(record, "line"), 32, false, problems);
        String channel = channel(run, line, c.get(record, "channel"), warnings);
        if (problems.size() > before) {
            return null;
        }
        // a return is a record of its own whose amount counts against the spend (DOMAIN.md section 1)
        boolean negative = amount.signum() < 0 || quantity < 0;
        if (negative && kind == PurchaseKind.SALE) {
            warnings.add(new Problem(line, "kind", rawKind, Messages.import_warning_sale_negative));
        }
        if (negative || kind == PurchaseKind.RETURN) {
            return new PurchaseRow(line, reference, at, amount.abs().negate(), Math.abs(quantity), product, channel, PurchaseKind.RETURN, orderRef, orderLine);
        }
        return new PurchaseRow(line, reference, at, amount, quantity, product, channel, PurchaseKind.SALE, orderRef, orderLine);
    }

    /** A required amount of money: any sign (0 is a gift, a sample, a full discount; less is a return), at most 2 decimals. */
    private static BigDecimal amount(long line, String raw, List<Problem> problems) {
        String text = raw.strip();
        if (text.isEmpty()) {
            problems.add(new Problem(line, "amount", raw, Messages.import_reason_required));
        } else if (!DECIMAL.matcher(text).matches()) {
            problems.add(new Problem(line, "amount", raw, Messages.import_reason_decimal));
        } else {
            BigDecimal amount = new BigDecimal(text);
            if (amount.scale() > 2) {
                problems.add(new Problem(line, "amount", raw, Messages.import_reason_decimals));
            } else if (amount.abs().compareTo(MAX_AMOUNT) >= 0) {
                problems.add(new Problem(line, "amount", raw, Messages.import_reason_too_large));
            } else {
                return amount.setScale(2);
            }
        }
        return null;
    }

    /**
     * An ISO date (the start of the day in the clock's zone), a date-time with an offset, or a local
     * date-time in the clock's zone; a space may stand for the {@code T}, as spreadsheets and SQL
     * dumps write it.
     */
    private Instant instant(String written) {
        String text = DATE_SPACE_TIME.matcher(written).replaceFirst("$1T$2");
        try {
            return LocalDate.parse(text).atStartOfDay(clock.zone()).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(text).atZone(clock.zone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private long storePurchases(UnitOfWork work, Run run, List<PurchaseRow> rows, List<Problem> problems, List<Problem> warnings, List<Duplicate> duplicates) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<String> references = rows.stream().map(PurchaseRow::reference).distinct().toList();
        Map<String, Customer> customers = new HashMap<>();
        for (Customer customer : UnitOfWorkLookups.<Customer> lookUp(work, "SELECT c FROM Customer c WHERE c.reference IN ?1", references)) {
            customers.put(customer.getReference(), customer);
        }
        StoredOrders stored = storedOrders(work, run, rows);
        Instant now = clock.now();
        long imported = 0;
        for (PurchaseRow row : rows) {
            Customer customer = customers.get(row.reference());
            if (customer == null) {
                if (!run.createCustomers) {
                    problems.add(new Problem(row.line(), "customer_ref", row.reference(), Messages.import_reason_unknown_customer));
                    continue;
                }
                customer = newCustomer(row.reference(), row.reference(), run.user.login(), now);
                work.add(customer);
                customers.put(row.reference(), customer);
            }
            if (row.orderRef() != null) {
                OrderKey key = new OrderKey(row.reference(), row.orderRef(), row.kind(), run.columns.has("line") ? row.orderLine() : null);
                if (stored.earlier().contains(key) || row.orderLine() != null && stored.thisRun().contains(key)) {
                    duplicates.add(new Duplicate(row.line(), row.reference(), row.orderLine() == null ? row.orderRef() : row.orderRef() + "/" + row.orderLine(),
                            "order"));
                    warnings.removeIf(warning -> warning.line() == row.line());
                    continue;
                }
                stored.thisRun().add(key);
                OrderKey sale = new OrderKey(row.reference(), row.orderRef(), PurchaseKind.SALE, null);
                if (row.kind() == PurchaseKind.RETURN && !stored.sales().contains(sale)) {
                    warnings.add(new Problem(row.line(), "order_ref", row.orderRef(), NLS.bind(Messages.import_warning_return_unknown_order, row.orderRef())));
                }
                if (row.kind() == PurchaseKind.SALE) {
                    stored.sales().add(sale);
                }
            }
            Purchase purchase = F.createPurchase();
            purchase.setAt(row.at());
            purchase.setAmount(row.amount());
            purchase.setQuantity(row.quantity());
            purchase.setProduct(row.product());
            purchase.setChannel(row.channel());
            purchase.setKind(row.kind());
            purchase.setOrderRef(row.orderRef());
            purchase.setOrderLine(row.orderLine());
            purchase.setImportId(run.id);
            // appended without reading the customer's purchases: the best customers have thousands
            work.append(customer, P.getCustomer_Purchases(), purchase);
            imported++;
        }
        return imported;
    }

    /**
     * The orders of a batch that are stored already: by earlier imports or by hand (a record of
     * theirs is a duplicate), by this run (without a line column, records of one order in one file
     * are its lines, not duplicates), and the orders with a sale (what a return may refer to).
     */
    private record StoredOrders(Set<OrderKey> earlier, Set<OrderKey> thisRun, Set<OrderKey> sales) {
    }

    private static StoredOrders storedOrders(UnitOfWork work, Run run, List<PurchaseRow> rows) {
        StoredOrders stored = new StoredOrders(new HashSet<>(), new HashSet<>(), new HashSet<>());
        List<String> orders = rows.stream().map(PurchaseRow::orderRef).filter(order -> order != null).distinct().toList();
        if (orders.isEmpty()) {
            return stored;
        }
        boolean byLine = run.columns.has("line");
        List<Object[]> found = UnitOfWorkLookups.lookUp(work,
                "SELECT c.reference, p.orderRef, p.kind, p.orderLine, p.importId FROM Customer c JOIN c.purchases p WHERE p.orderRef IN ?1", orders);
        for (Object[] record : found) {
            OrderKey key = new OrderKey((String) record[0], (String) record[1], (PurchaseKind) record[2], byLine ? (String) record[3] : null);
            (run.id.equals(record[4]) ? stored.thisRun() : stored.earlier()).add(key);
            if (key.kind() == PurchaseKind.SALE) {
                stored.sales().add(new OrderKey(key.customer(), key.orderRef(), PurchaseKind.SALE, null));
            }
        }
        return stored;
    }

    // ---- reports

    static Path sibling(Path input, String suffix) {
        return input.resolveSibling(input.getFileName() + suffix);
    }

    private static void writeReport(Path file, List<String> header, List<List<String>> rows) {
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), REPORT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A report to append to: a new one with its header, or for a resumed run the earlier report
     * with only the lines up to the last committed line (what came after is read again).
     */
    private static Report openReport(Path file, List<String> header, long keepUpTo) throws IOException {
        long kept = 0;
        if (keepUpTo > 1 && Files.exists(file)) {
            Path copy = file.resolveSibling(file.getFileName() + ".tmp");
            try (CSVParser earlier = REPORT.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                    CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(copy, StandardCharsets.UTF_8), REPORT)) {
                printer.printRecord(header);
                for (CSVRecord record : earlier) {
                    if (record.getRecordNumber() > 1 && Long.parseLong(record.get(0)) <= keepUpTo) {
                        printer.printRecord(record.toList());
                        kept++;
                    }
                }
            }
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return new Report(new CSVPrinter(writer, REPORT), kept);
        }
        CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), REPORT);
        printer.printRecord(header);
        printer.flush();
        return new Report(printer, 0);
    }

    /** The three reports of a run. */
    private record Reports(Report rejects, Report duplicates, Report warnings) {
    }

    /** A report being written, with how many lines of an earlier attempt it kept. */
    private record Report(CSVPrinter printer, long kept) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            printer.close();
        }
    }
}

