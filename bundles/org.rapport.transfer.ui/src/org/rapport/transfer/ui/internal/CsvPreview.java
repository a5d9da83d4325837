package org.rapport.transfer.ui.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;
import org.rapport.transfer.api.Delimiter;
import org.rapport.transfer.api.TextFileReader;
import org.rapport.transfer.api.TextFileReader.UndecodableException;

/**
 * The header and the first rows of a CSV file, read as the import reads it (strictly in its
 * encoding, a byte-order mark deciding, RFC 4180 with its separator, {@code #} comments), for the wizard's preview and
 * its column mapping.
 * Only the beginning is read: the import itself reports problems further down.
 *
 * @param header the first row, or empty when the file could not be read
 * @param rows up to the number of rows asked for
 * @param problem why the file could not be read, or null
 */
record CsvPreview(List<String> header, List<List<String>> rows, String problem) {

    /** How much of a file's beginning decides {@link #guessEncoding}. */
    private static final int GUESS_CHARS = 64 * 1024;
    static CsvPreview read(Path file, Charset encoding, Delimiter delimiter, int maxRows) {
        List<String> header = List.of();
        List<List<String>> rows = new ArrayList<>();
        // strict decoding: a file that is not text of its encoding is named so here, not shown garbled
        try (Reader reader = new TextFileReader(Files.newInputStream(file), encoding); CSVParser parser = format(delimiter).parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new CsvPreview(List.of(), List.of(), NLS.bind(Messages.import_preview_empty, file));
            }
            header = records.next().toList().stream().map(String::strip).toList();
            while (rows.size() < maxRows && records.hasNext()) {
                rows.add(records.next().toList());
            }
            return new CsvPreview(header, rows, null);
        } catch (UndecodableException e) {
            return new CsvPreview(header, rows, notText(e));
        } catch (UncheckedIOException e) {
            String reason = e.getCause() instanceof UndecodableException undecodable ? notText(undecodable) : Messages.import_preview_quotes;
            return new CsvPreview(header, rows, reason);
        } catch (IllegalStateException e) {
            // Commons CSV reports broken quoting this way in some versions
            return new CsvPreview(header, rows, Messages.import_preview_quotes);
        } catch (IOException e) {
            return new CsvPreview(header, rows, NLS.bind(Messages.import_preview_unreadable, e.getMessage()));
        }
    }

    /** As the import reads it with this separator, but skipping empty lines: the preview shows rows. */
    private static CSVFormat format(Delimiter delimiter) {
        return delimiter.inputFormat().builder().setIgnoreEmptyLines(true).get();
    }

    /**
     * The separator the file's header line (its first line that is no {@code #} comment) is written
     * with, as the wizard's first guess ({@link Delimiter#guess}); {@code ,} when it cannot be read.
     */
    static Delimiter guessDelimiter(Path file, Charset encoding) {
        try (BufferedReader lines = new BufferedReader(new TextFileReader(Files.newInputStream(file), encoding))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    return Delimiter.guess(line);
                }
            }
            return Delimiter.COMMA;
        } catch (IOException | UncheckedIOException e) {
            // not text of this encoding: the preview says so
            return Delimiter.COMMA;
        }
    }

    private static String notText(UndecodableException e) {
        return NLS.bind(Messages.import_preview_not_utf8, e.encoding().name(), e.line());
    }

    /**
     * The encoding a file's beginning reads in, as the wizard's first guess: a byte-order mark's,
     * else UTF-8 when the beginning is UTF-8, else {@code otherwise} (the reader's usual legacy
     * encoding, which the preview then shows to be checked).
     */
    static Charset guessEncoding(Path file, Charset otherwise) {
        char[] buffer = new char[8192];
        try (TextFileReader reader = new TextFileReader(Files.newInputStream(file), TextFileReader.DEFAULT)) {
            long read = 0;
            for (int n = 0; n >= 0 && read < GUESS_CHARS; n = reader.read(buffer)) {
                read += n;
            }
            return reader.encoding();
        } catch (UndecodableException e) {
            return otherwise;
        } catch (IOException e) {
            return TextFileReader.DEFAULT;
        }
    }
}
