package org.rapport.transfer.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.CurrentUser;
import org.rapport.security.api.SessionUser;
import org.rapport.transfer.api.CsvFormats;
import org.rapport.transfer.api.Findings;
import org.rapport.transfer.api.ImportContext;
import org.rapport.transfer.api.ImportException;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.ImportResult;
import org.rapport.transfer.api.MappedRun;
import org.rapport.transfer.api.MappedRun.Validated;
import org.rapport.transfer.api.Progress;
import org.rapport.transfer.api.RowMapper;
import org.rapport.transfer.api.TextFileReader;
import org.rapport.transfer.api.TransferImport;
import org.rapport.transfer.api.UnfinishedImport;
import org.rapport.transfer.model.TransferRun;
import org.rapport.transfer.model.TransferStatus;

/**
 * {@link TransferImport} over the store, for the row mappers registered as they come and go. The
 * file's checks, the batches with the run's progress and the reports are here; what a row means
 * and how it is stored is the mapper's.
 */
@Component(service = TransferImport.class)
public class ImportRunner implements TransferImport {

    @Reference
    private Store store;
    @Reference
    private CurrentUser currentUser;
    @Reference
    private ClockService clock;
    private final List<RowMapper> mappers = new CopyOnWriteArrayList<>();

    /** For DS. */
    public ImportRunner() {
    }

    /** For tests and benchmarks: with these mappers. */
    public ImportRunner(Store store, CurrentUser currentUser, ClockService clock, List<RowMapper> mappers) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
        this.mappers.addAll(mappers);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addMapper(RowMapper mapper) {
        mappers.add(mapper);
    }

    void removeMapper(RowMapper mapper) {
        mappers.remove(mapper);
    }

    @Override
    public List<RowMapper> kinds() {
        return mappers.stream().sorted(Comparator.comparing(RowMapper::id)).toList();
    }

    @Override
    public Optional<RowMapper> kind(String id) {
        return mappers.stream().filter(mapper -> mapper.id().equals(id)).findFirst();
    }

    @Override
    public Optional<UnfinishedImport> unfinished(String kind, Path file) {
        try {
            return new ImportRuns(store, clock).unfinished(kind, file.toAbsolutePath().normalize());
        } catch (RuntimeException e) {
            // not allowed to read import runs, or the database is gone: the import itself will say so
            return Optional.empty();
        }
    }

    /** The state of one run while it goes. */
    private record Run(String id, ColumnMatch columns, MappedRun<?> mapped, ReportFile rejects, ReportFile duplicates, ReportFile warnings,
            long[] counts) {
    }

    @Override
    public ImportResult importFile(String kind, Path file, ImportOptions options, Progress progress) {
        RowMapper mapper = kind(kind).orElseThrow(
                () -> new ImportException(NLS.bind(Messages.import_no_such_kind, kind, String.join(", ", kinds().stream().map(RowMapper::id).toList()))));
        SessionUser user = currentUser.require();
        Path input = file.toAbsolutePath().normalize();
        Path rejectsFile = options.rejects() != null ? options.rejects() : sibling(input, ".rejects.csv");
        Path duplicatesFile = options.duplicates() != null ? options.duplicates() : sibling(input, ".duplicates.csv");
        Path warningsFile = options.warnings() != null ? options.warnings() : sibling(input, ".warnings.csv");
        ImportRuns runs = new ImportRuns(store, clock);
        // a resume reads the file as its first run did
        ImportOptions read = ImportRuns.readWith(options, options.resumeId() == null ? null : runs.named(options.resumeId()));
        FileScan scan = FileScan.of(input, read.encoding(), read.delimiter());
        if (scan.fileProblem() != null) {
            ReportFile.write(rejectsFile, CsvFormats.PROBLEMS_HEADER, List.of(scan.fileProblem().columns()));
            ReportFile.write(duplicatesFile, CsvFormats.DUPLICATES_HEADER, List.of());
            ReportFile.write(warningsFile, CsvFormats.PROBLEMS_HEADER, List.of());
            return new ImportResult(null, 0, 1, 0, rejectsFile, duplicatesFile, false, 0, warningsFile);
        }
        ColumnMatch columns = ColumnMatch.of(mapper, scan.header(), options.mapping(), options.ignored(), read.delimiter());
        mapper.check(read);
        TransferRun run = options.resumeId() == null ? runs.start(kind, input, scan, user, read) : runs.resume(kind, input, scan, options.resumeId());
        String id = run.getImportId();
        long skipUpTo = run.getLastCommittedLine();
        boolean cancelled = false;
        try (ReportFile rejects = ReportFile.open(rejectsFile, CsvFormats.PROBLEMS_HEADER, skipUpTo);
                ReportFile duplicates = ReportFile.open(duplicatesFile, CsvFormats.DUPLICATES_HEADER, skipUpTo);
                ReportFile warnings = ReportFile.open(warningsFile, CsvFormats.PROBLEMS_HEADER, skipUpTo);
                TextFileReader reader = new TextFileReader(new BufferedInputStream(Files.newInputStream(input), 64 * 1024), read.encoding());
                CSVParser parser = read.delimiter().inputFormat().parse(reader)) {
            MappedRun<?> mapped = mapper.start(new ImportContext(id, user, read, Set.copyOf(columns.index().keySet())));
            progress.started(id);
            Run state = new Run(id, columns, mapped, rejects, duplicates, warnings, new long[2]);
            Iterator<CSVRecord> records = parser.iterator();
            records.next(); // the header, checked by the scan
            Map<Long, CSVRecord> batch = new LinkedHashMap<>();
            long rows = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = reader.lineAt(record.getCharacterPosition());
                if (line <= skipUpTo || FileScan.blank(record)) {
                    continue;
                }
                if (++rows % Progress.EVERY == 0) {
                    progress.rows(rows);
                }
                batch.put(line, record);
                if (batch.size() >= read.batchSize()) {
                    commit(state, batch, false);
                    batch.clear();
                    if (progress.isCancelled()) {
                        cancelled = true;
                        break;
                    }
                }
            }
            if (cancelled) {
                runs.finish(id, TransferStatus.FAILED);
            } else {
                commit(state, batch, true);
            }
            TransferRun done = runs.read(id);
            return new ImportResult(id, done.getRowsImported(), done.getRowsRejected(), state.counts()[0] + duplicates.kept(), rejectsFile, duplicatesFile,
                    cancelled, state.counts()[1] + warnings.kept(), warningsFile);
        } catch (IOException e) {
            runs.failQuietly(id);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            runs.failQuietly(id);
            throw e;
        }
    }

    /** Validates, stores and moves the run's last committed line for one batch, in one transaction; then its reports. */
    private void commit(Run run, Map<Long, CSVRecord> batch, boolean last) throws IOException {
        BatchFindings findings = new BatchFindings();
        try (UnitOfWork work = store.begin()) {
            long imported = storeBatch(work, run, run.mapped(), batch, findings);
            long rejected = findings.rejectedLines().size();
            TransferRun stored = ImportRuns.in(work, run.id());
            if (!batch.isEmpty()) {
                stored.setLastCommittedLine(batch.keySet().stream().mapToLong(Long::longValue).max().orElseThrow());
            }
            stored.setRowsImported(stored.getRowsImported() + imported);
            stored.setRowsRejected(stored.getRowsRejected() + rejected);
            if (last) {
                stored.setStatus(TransferStatus.DONE);
                stored.setFinishedAt(clock.now());
            }
            // the reports first: lines after the last committed one are dropped again by a resume
            findings.writeTo(run.rejects(), run.duplicates(), run.warnings());
            work.commit();
        }
        run.counts()[0] += findings.duplicateCount();
        run.counts()[1] += findings.warningCount();
    }

    private static <T> long storeBatch(UnitOfWork work, Run run, MappedRun<T> mapped, Map<Long, CSVRecord> batch, BatchFindings findings) {
        List<Validated<T>> values = new ArrayList<>();
        for (Map.Entry<Long, CSVRecord> entry : batch.entrySet()) {
            long line = entry.getKey();
            CSVRecord record = entry.getValue();
            if (record.size() != run.columns().count()) {
                findings.reject(line, "", "", NLS.bind(Messages.import_reason_column_count, run.columns().count(), record.size()));
                continue;
            }
            if (controlCharacters(line, record, run.columns(), findings)) {
                continue;
            }
            T value = mapped.validate(run.columns().row(line, record), findings);
            if (value != null) {
                values.add(new Validated<>(line, value));
            }
        }
        return values.isEmpty() ? 0 : mapped.store(work, values, findings);
    }

    /**
     * Rejects a row with a control character (a NUL byte, an escape) in one of the kind's columns,
     * naming line, field and character: stored, it would corrupt what shows or exports it. Tabs and
     * line breaks, which quoted CSV values may hold, are text.
     */
    private static boolean controlCharacters(long line, CSVRecord record, ColumnMatch columns, Findings findings) {
        boolean found = false;
        for (Map.Entry<String, Integer> column : columns.index().entrySet()) {
            String value = record.get(column.getValue());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (forbidden(c)) {
                    findings.reject(line, column.getKey(), visible(value), NLS.bind(Messages.import_reason_control, String.format("U+%04X", (int) c)));
                    found = true;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean forbidden(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    /** A value with its control characters written as {@code U+0000}, for the rejects report. */
    private static String visible(String value) {
        StringBuilder shown = new StringBuilder(value.length());
        value.chars().forEach(c -> {
            if (forbidden(c)) {
                shown.append(String.format("U+%04X", c));
            } else {
                shown.append((char) c);
            }
        });
        return shown.toString();
    }

    static Path sibling(Path input, String suffix) {
        return input.resolveSibling(input.getFileName() + suffix);
    }
}
