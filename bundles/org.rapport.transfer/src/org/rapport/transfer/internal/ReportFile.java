package org.rapport.transfer.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rapport.transfer.api.CsvFormats;

/** A report being written (rejects, warnings, duplicates), with how many lines of an earlier attempt it kept. */
record ReportFile(CSVPrinter printer, long kept) implements AutoCloseable {

    /** A whole report at once (a refused file's). */
    static void write(Path file, List<String> header, List<List<String>> rows) {
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CsvFormats.REPORT)) {
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
    static ReportFile open(Path file, List<String> header, long keepUpTo) throws IOException {
        long kept = 0;
        if (keepUpTo > 1 && Files.exists(file)) {
            Path copy = file.resolveSibling(file.getFileName() + ".tmp");
            try (CSVParser earlier = CsvFormats.REPORT.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                    CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(copy, StandardCharsets.UTF_8), CsvFormats.REPORT)) {
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
            return new ReportFile(new CSVPrinter(writer, CsvFormats.REPORT), kept);
        }
        CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CsvFormats.REPORT);
        printer.printRecord(header);
        printer.flush();
        return new ReportFile(printer, 0);
    }

    void print(List<?> row) throws IOException {
        printer.printRecord(row);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
