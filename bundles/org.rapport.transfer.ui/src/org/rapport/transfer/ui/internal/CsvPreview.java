package org.rapport.transfer.ui.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

/**
 * The header and the first rows of a CSV file, read as the import reads it (UTF-8, a byte-order
 * mark allowed, RFC 4180, {@code #} comments), for the wizard's preview and its column mapping.
 * Only the beginning is read: the import itself reports problems further down.
 *
 * @param header the first row, or empty when the file could not be read
 * @param rows up to the number of rows asked for
 * @param problem why the file could not be read, or null
 */
record CsvPreview(List<String> header, List<List<String>> rows, String problem) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get();

    static CsvPreview read(Path file, int maxRows) {
        List<String> header = List.of();
        List<List<String>> rows = new ArrayList<>();
        // strict decoding: a file that is not UTF-8 is named so here, not shown garbled
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder)); CSVParser parser = FORMAT.parse(skipMark(reader))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new CsvPreview(List.of(), List.of(), NLS.bind(Messages.import_preview_empty, file));
            }
            header = records.next().toList().stream().map(String::strip).toList();
            while (rows.size() < maxRows && records.hasNext()) {
                rows.add(records.next().toList());
            }
            return new CsvPreview(header, rows, null);
        } catch (CharacterCodingException e) {
            return new CsvPreview(header, rows, Messages.import_preview_not_utf8);
        } catch (UncheckedIOException e) {
            String reason = e.getCause() instanceof CharacterCodingException ? Messages.import_preview_not_utf8 : Messages.import_preview_quotes;
            return new CsvPreview(header, rows, reason);
        } catch (IllegalStateException e) {
            // Commons CSV reports broken quoting this way in some versions
            return new CsvPreview(header, rows, Messages.import_preview_quotes);
        } catch (IOException e) {
            return new CsvPreview(header, rows, NLS.bind(Messages.import_preview_unreadable, e.getMessage()));
        }
    }

    /** Skips a UTF-8 byte-order mark, which spreadsheet programs write and the import accepts. */
    private static Reader skipMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
