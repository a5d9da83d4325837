package org.rapport.transfer.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.ImportException;
import org.rapport.transfer.api.TextFileReader;
import org.rapport.transfer.api.TextFileReader.UndecodableException;

/**
 * The import's first pass over the whole file: its SHA-256 (a resume refuses a changed file), its
 * header, and whether it is text of its encoding with sound quoting (else the problem, and nothing
 * is imported).
 */
record FileScan(String sha256, long size, List<String> header, Problem fileProblem) {

    static FileScan of(Path input, Charset encoding, Delimiter delimiter) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        List<String> header = null;
        long nextLine = 1;
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(input), 64 * 1024), digest);
                TextFileReader reader = new TextFileReader(in, encoding); CSVParser parser = delimiter.inputFormat().parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (header == null && !blank(record)) {
                        header = record.toList();
                        if (header.stream().anyMatch(column -> column.indexOf('\0') >= 0)) {
                            // UTF-16 without a byte-order mark decodes as UTF-8 with a NUL after every ASCII letter
                            return refused(null, parser.getCurrentLineNumber(), NLS.bind(Messages.import_reason_utf16, reader.encoding().name()));
                        }
                    }
                    nextLine = parser.getCurrentLineNumber() + 1;
                }
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof UndecodableException undecodable) {
                    return undecodable(header, undecodable);
                }
                return refused(header, nextLine, Messages.import_reason_broken_quotes);
            } catch (IllegalStateException e) {
                // Commons CSV reports a quoting problem this way in some versions
                return refused(header, nextLine, Messages.import_reason_broken_quotes);
            }
            // the rest of the file, which the parser may not have read after its last record
            in.transferTo(OutputStream.nullOutputStream());
        } catch (UndecodableException e) {
            return undecodable(header, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw new ImportException(NLS.bind(Messages.import_empty_file, input));
        }
        try {
            return new FileScan(HexFormat.of().formatHex(digest.digest()), Files.size(input), header, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileScan undecodable(List<String> header, UndecodableException e) {
        return refused(header, e.line(), NLS.bind(Messages.import_reason_not_utf8, e.encoding().name()));
    }

    private static FileScan refused(List<String> header, long line, String reason) {
        return new FileScan(null, 0, header, new Problem(line, "", "", reason));
    }

    static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }
}
