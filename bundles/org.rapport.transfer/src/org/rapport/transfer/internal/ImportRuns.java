package org.rapport.transfer.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.api.ClockService;
import org.rapport.persistence.api.Store;
import org.rapport.persistence.api.UnitOfWork;
import org.rapport.security.api.SessionUser;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.ImportException;
import org.rapport.transfer.api.ImportOptions;
import org.rapport.transfer.api.UnfinishedImport;
import org.rapport.transfer.model.TransferFactory;
import org.rapport.transfer.model.TransferRun;
import org.rapport.transfer.model.TransferStatus;

/** The stored runs: started, resumed, read, finished. */
final class ImportRuns {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Store store;
    private final ClockService clock;

    ImportRuns(Store store, ClockService clock) {
        this.store = store;
        this.clock = clock;
    }

    TransferRun start(String kind, Path input, FileScan scan, SessionUser user, ImportOptions read) {
        try (UnitOfWork work = store.begin()) {
            List<TransferRun> same = work.query("SELECT r FROM TransferRun r WHERE r.sha256 = ?1", scan.sha256());
            for (TransferRun earlier : same) {
                if (earlier.getKind().equals(kind) && earlier.getStatus() != TransferStatus.DONE) {
                    throw new ImportException(NLS.bind(Messages.import_unfinished, new Object[] { earlier.getImportId(), earlier.getStatus(),
                            earlier.getLastCommittedLine() }));
                }
            }
            Instant now = clock.now();
            TransferRun run = TransferFactory.eINSTANCE.createTransferRun();
            run.setImportId("imp-" + ID_TIME.format(now) + "-" + HexFormat.of().formatHex(RANDOM.generateSeed(3)));
            run.setKind(kind);
            run.setFileName(input.toString());
            run.setFileSize(scan.size());
            run.setSha256(scan.sha256());
            run.setStartedBy(user.login());
            run.setStartedAt(now);
            run.setLastCommittedLine(1);
            run.setFileEncoding(read.encoding().name());
            run.setFieldSeparator(read.delimiter().word());
            run.setStatus(TransferStatus.RUNNING);
            work.add(run);
            work.commit();
            return run;
        }
    }

    /** The run a resume names, as stored. */
    TransferRun named(String id) {
        try (UnitOfWork work = store.begin()) {
            List<TransferRun> found = work.query("SELECT r FROM TransferRun r WHERE r.importId = ?1", id);
            if (found.isEmpty()) {
                throw new ImportException(NLS.bind(Messages.import_no_such_run, id));
            }
            return found.get(0);
        }
    }

    /**
     * The options a run reads its file with: a new run's as named (UTF-8 and {@code ,} when not);
     * a resume's as its first run read it, refusing a resume that names another encoding or
     * separator. A run recorded before they were stored reads what the resume names.
     */
    static ImportOptions readWith(ImportOptions options, TransferRun earlier) {
        Charset encoding = options.encodingOrDefault();
        Delimiter delimiter = options.delimiterOrDefault();
        if (earlier != null && earlier.getFileEncoding() != null) {
            Charset first = Charset.forName(earlier.getFileEncoding());
            if (options.encoding() != null && !options.encoding().equals(first)) {
                throw new ImportException(NLS.bind(Messages.import_resume_other_encoding, new Object[] { earlier.getImportId(), first.name(), options.encoding().name() }));
            }
            encoding = first;
        }
        if (earlier != null && earlier.getFieldSeparator() != null) {
            Delimiter first = Delimiter.named(earlier.getFieldSeparator()).orElseThrow();
            if (options.delimiter() != null && options.delimiter() != first) {
                throw new ImportException(NLS.bind(Messages.import_resume_other_delimiter, new Object[] { earlier.getImportId(), first.word(), options.delimiter().word() }));
            }
            delimiter = first;
        }
        return options.withEncoding(encoding).withDelimiter(delimiter);
    }

    TransferRun resume(String kind, Path input, FileScan scan, String id) {
        try (UnitOfWork work = store.begin()) {
            List<TransferRun> found = work.query("SELECT r FROM TransferRun r WHERE r.importId = ?1", id);
            if (found.isEmpty()) {
                throw new ImportException(NLS.bind(Messages.import_no_such_run, id));
            }
            TransferRun run = found.get(0);
            if (!run.getKind().equals(kind) || !scan.sha256().equals(run.getSha256())) {
                throw new ImportException(NLS.bind(Messages.import_resume_other_file, new Object[] { id, run.getFileName(), input }));
            }
            if (run.getStatus() == TransferStatus.DONE) {
                throw new ImportException(NLS.bind(Messages.import_resume_done, id));
            }
            run.setStatus(TransferStatus.RUNNING);
            run.setFinishedAt(null);
            work.commit();
            return run;
        }
    }

    Optional<UnfinishedImport> unfinished(String kind, Path input) {
        try (UnitOfWork work = store.begin()) {
            List<TransferRun> runs = work.query("SELECT r FROM TransferRun r WHERE r.fileName = ?1 ORDER BY r.startedAt DESC", input.toString());
            return runs.stream().filter(r -> r.getKind().equals(kind) && r.getStatus() != TransferStatus.DONE).findFirst()
                    .map(r -> new UnfinishedImport(r.getImportId(), r.getStatus(), r.getLastCommittedLine(), r.getRowsImported(),
                            r.getFileEncoding() == null ? null : Charset.forName(r.getFileEncoding()),
                            r.getFieldSeparator() == null ? null : Delimiter.named(r.getFieldSeparator()).orElse(null)));
        }
    }

    static TransferRun in(UnitOfWork work, String id) {
        List<TransferRun> found = work.query("SELECT r FROM TransferRun r WHERE r.importId = ?1", id);
        return found.get(0);
    }

    TransferRun read(String id) {
        try (UnitOfWork work = store.begin()) {
            return in(work, id);
        }
    }

    void finish(String id, TransferStatus status) {
        try (UnitOfWork work = store.begin()) {
            TransferRun run = in(work, id);
            run.setStatus(status);
            run.setFinishedAt(clock.now());
            work.commit();
        }
    }

    /** After an error: FAILED if the database still answers; else it stays RUNNING, which a resume accepts as well. */
    void failQuietly(String id) {
        try {
            finish(id, TransferStatus.FAILED);
        } catch (RuntimeException e) {
            // the run stays RUNNING
        }
    }
}
